import { type SchemaVisitor, walkStructure } from "../codec/walk.js";
import { encodeBase64 } from "../wire/base64.js";
import type { ServiceSchema } from "./schema.js";
import { formatTimestamp } from "./timestamp.js";

/** Typed to wire: the scalars of a handler's output or an error's members in their AWS JSON form. */
export const toWire: SchemaVisitor = {
  dropNullItems: true,
  unknownUnion: true,
  scalar(value, kind, member) {
    switch (kind) {
      case "timestamp": {
        const date =
          value instanceof Date ? value : typeof value === "number" ? new Date(value * 1000) : undefined;
        return date ? formatTimestamp(date, member.timestampFormat ?? "epoch-seconds") : value;
      }
      case "blob":
        if (value instanceof Uint8Array) return encodeBase64(value);
        return typeof value === "string" ? encodeBase64(new TextEncoder().encode(value)) : value;
      case "float":
      case "double":
        if (typeof value === "number" && !Number.isFinite(value)) {
          return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }
        return value;
      case "bigInteger":
      case "bigDecimal":
        return typeof value === "bigint" ? Number(value) : value;
      default:
        return value;
    }
  },
};

/**
 * Turns a handler's typed output (or an error's members) into the AWS JSON wire form: only modelled members,
 * in model order, `undefined`/`null` members omitted, `Date` as the member's timestamp format, `Uint8Array`
 * as base64, non-finite floats as strings. Union values write their one set member (`$unknown` is passed through).
 */
export function serializeStructure(
  schema: ServiceSchema,
  shapeName: string,
  value: Record<string, unknown>,
): Record<string, unknown> {
  return walkStructure(schema, shapeName, value, toWire);
}
