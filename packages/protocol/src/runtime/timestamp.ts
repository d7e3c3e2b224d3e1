import { RFC3339_DATE_TIME as DATE_TIME, formatDateTime } from "../wire/timestamps.js";
import type { TimestampFormat } from "./schema.js";

/** IMF-fixdate, as `@timestampFormat("http-date")`. */
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Parses a wire timestamp in the given format; `undefined` when it is not one. */
export function parseTimestamp(value: unknown, format: TimestampFormat): Date | undefined {
  if (format === "epoch-seconds") {
    if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
    return new Date(Math.round(value * 1000));
  }
  if (typeof value !== "string") return undefined;
  const shape = format === "date-time" ? DATE_TIME : HTTP_DATE;
  if (!shape.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Recently formatted date-times by epoch ms: stored records repeat their timestamps on every read. */
const dateTimes = new Map<number, string>();
const DATE_TIME_CACHE_SIZE = 4096;

/** Formats a timestamp for the wire. */
export function formatTimestamp(date: Date, format: TimestampFormat): string | number {
  if (format === "epoch-seconds") return date.getTime() / 1000;
  if (format === "http-date") return date.toUTCString();
  const ms = date.getTime();
  const cached = dateTimes.get(ms);
  if (cached !== undefined) return cached;
  const text = formatDateTime(date);
  if (dateTimes.size >= DATE_TIME_CACHE_SIZE) dateTimes.clear();
  dateTimes.set(ms, text);
  return text;
}

export function describeTimestampFormat(format: TimestampFormat): string {
  if (format === "epoch-seconds") return "a timestamp in epoch seconds";
  if (format === "http-date") return "an HTTP-date timestamp";
  return "an RFC 3339 date-time timestamp";
}
