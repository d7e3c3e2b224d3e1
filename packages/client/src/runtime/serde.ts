/**
 * Value conversions between TypeScript types and AWS JSON wire values, used by generated
 * (de)serializers. Wire readers are lenient about JSON types they cannot use (they return
 * undefined) so an unexpected response never crashes the caller.
 */
import type { DocumentType } from "@pc-benefits/protocol/models";
import { decodeBase64, encodeBase64, formatDateTime, RFC3339_DATE_TIME } from "@pc-benefits/protocol/wire";
import { DeserializationError } from "./json-body.js";

export type { DocumentType };

/** `date-time` timestamps: RFC 3339 in UTC, milliseconds only when non-zero. */
export function serializeDateTime(date: Date): string {
  return formatDateTime(date);
}

/** `epoch-seconds` timestamps: seconds since the epoch, milliseconds as the fraction. */
export function serializeEpochSeconds(date: Date): number {
  return Math.round(date.getTime()) / 1000;
}

/** `http-date` timestamps: IMF-fixdate (`Sun, 02 Jan 2000 20:34:56 GMT`). */
export function serializeHttpDate(date: Date): string {
  return date.toUTCString();
}

function invalid(kind: string, value: unknown): DeserializationError {
  return new DeserializationError(`invalid ${kind}: ${JSON.stringify(value) ?? String(value)}`);
}

/** Reads a `date-time` timestamp (offsets and fractional seconds accepted). */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== "string" || !RFC3339_DATE_TIME.test(value))
    throw invalid("date-time timestamp", value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid("date-time timestamp", value);
  return date;
}

/** Reads an `epoch-seconds` timestamp (a number, or a numeric string as some services send). */
export function parseEpochSeconds(value: unknown): Date {
  const seconds = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof seconds !== "number" || !Number.isFinite(seconds))
    throw invalid("epoch-seconds timestamp", value);
  return new Date(Math.round(seconds * 1000));
}

/** Reads an `http-date` timestamp. */
export function parseHttpDate(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) throw invalid("http-date timestamp", value);
  return date;
}

/** Floats and doubles: JSON numbers, with `"NaN"`, `"Infinity"`, `"-Infinity"` for the non-finite ones. */
export function serializeFloat(value: number): number | string {
  if (Number.isFinite(value)) return value;
  if (Number.isNaN(value)) return "NaN";
  return value > 0 ? "Infinity" : "-Infinity";
}

/** Reads a float or double, including the three special strings. */
export function parseFloatValue(value: unknown): number {
  if (typeof value === "number") return value;
  if (value === "NaN") return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  throw invalid("floating-point number", value);
}

/** Blobs: standard base64 with padding. Works without `Buffer`. */
export function serializeBlob(value: Uint8Array): string {
  return encodeBase64(value);
}

/** Reads a base64 blob. */
export function parseBlob(value: unknown): Uint8Array {
  if (typeof value !== "string") throw invalid("base64 blob", value);
  try {
    return decodeBase64(value);
  } catch (cause) {
    throw new DeserializationError("invalid base64 blob", { cause });
  }
}

/** A JSON object (not null, not an array), or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A JSON array, or an empty one for anything else (lenient reading of list members). */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Copies each of `names` whose value in `from` is neither null nor undefined to `to`, in that order, and
 * returns `to`: the members a generated (de)serializer passes on as they are, named once instead of one
 * statement each. Names are never ones `Object.prototype` has (the generator writes those one by one).
 */
export function copyMembers<T extends object>(from: object, names: readonly string[], to: T): T {
  for (const name of names) {
    const value = (from as Record<string, unknown>)[name];
    if (value != null) (to as Record<string, unknown>)[name] = value;
  }
  return to;
}
