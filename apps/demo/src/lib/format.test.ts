import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, humanize } from "./format.js";

describe("formatMoney", () => {
  it.each([
    [{ Amount: "12500.00", CurrencyCode: "USD" as const }, "$12,500.00"],
    [{ Amount: "99.5", CurrencyCode: "EUR" as const }, "€99.50"],
    [{ Amount: "abc", CurrencyCode: "USD" as const }, "abc USD"],
    [undefined, "—"],
  ])("%o → %s", (value, expected) => {
    expect(formatMoney(value)).toBe(expected);
  });
});

describe("formatDate", () => {
  it("prints UTC to the minute", () => {
    expect(formatDate(new Date("2026-03-04T05:06:07.890Z"))).toBe("2026-03-04 05:06 UTC");
  });
  it("prints a dash for a missing or invalid date", () => {
    expect(formatDate(undefined)).toBe("—");
    expect(formatDate(new Date("nope"))).toBe("—");
  });
});

describe("humanize", () => {
  it.each([
    ["PENDING_SUBMISSION", "Pending submission"],
    ["CREDITS", "Credits"],
    [undefined, "—"],
  ])("%s", (value, expected) => {
    expect(humanize(value)).toBe(expected);
  });
});
