/** Display helpers: amounts are strings on the wire (MonetaryValue), dates are Date objects from the client. */
import type { MonetaryValue } from "@pc-benefits/client";

const LOCALE = "en-US";

/** "12500.00" USD → "$12,500.00"; an unknown currency code falls back to "12,500.00 XYZ". */
export function formatMoney(value: MonetaryValue | undefined): string {
  if (!value?.Amount) return "—";
  const amount = Number(value.Amount);
  if (!Number.isFinite(amount)) return `${value.Amount} ${value.CurrencyCode ?? ""}`.trim();
  try {
    return new Intl.NumberFormat(LOCALE, { style: "currency", currency: value.CurrencyCode ?? "USD" }).format(
      amount,
    );
  } catch {
    return `${amount.toLocaleString(LOCALE, { minimumFractionDigits: 2 })} ${value.CurrencyCode}`;
  }
}

/** A date and time in UTC, unambiguous for partners in any time zone. */
export function formatDate(value: Date | undefined): string {
  if (!value || Number.isNaN(value.getTime())) return "—";
  return `${value.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** `CREDITS` → `Credits`, `PENDING_SUBMISSION` → `Pending submission`. */
export function humanize(value: string | undefined): string {
  if (!value) return "—";
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
