/** Wire forms of times shared by the client, the server and SigV4: RFC 3339 date-times and `X-Amz-Date`. */

/** RFC 3339 date-time, as AWS JSON sends `@timestampFormat("date-time")` (offsets and fractions allowed). */
export const RFC3339_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** A date-time for the wire: RFC 3339 in UTC, milliseconds only when not zero. */
export function formatDateTime(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
}

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** `Date` to `20260101T120000Z`, the `X-Amz-Date` form. */
export function formatAmzDate(date: Date): string {
  return date.toISOString().replace(/[-:]|\.\d{3}/g, "");
}

/** `20260101T120000Z` to a Date, or undefined when it is not a valid ISO 8601 basic UTC time. */
export function parseAmzDate(value: string): Date | undefined {
  const m = AMZ_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Reject values that roll over, such as month 13 or 25:00.
  return formatAmzDate(date) === value ? date : undefined;
}
