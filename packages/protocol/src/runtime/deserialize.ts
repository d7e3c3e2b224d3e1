import { type SchemaVisitor, walkStructure } from "../codec/walk.js";
import { decodeBase64 } from "../wire/base64.js";
import type { ServiceSchema } from "./schema.js";
import { parseTimestamp } from "./timestamp.js";

/** Wire to typed: the scalars of a validated AWS JSON body as handlers receive them. */
const fromWire: SchemaVisitor = {
  fillDefaults: true,
  scalar(value, kind, member) {
    switch (kind) {
      case "timestamp":
        return parseTimestamp(value, member.timestampFormat ?? "epoch-seconds") ?? value;
      case "blob":
        return typeof value === "string" ? decodeBase64(value) : value;
      case "float":
      case "double":
        if (value === "NaN") return Number.NaN;
        if (value === "Infinity") return Number.POSITIVE_INFINITY;
        if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
        return value;
      default:
        return value;
    }
  },
};

/**
 * Turns a validated AWS JSON request body into the typed input handlers receive: timestamps become `Date`,
 * blobs `Uint8Array`, non-numeric float strings numbers; absent `@default` members are filled in;
 * unknown members are dropped.
 */
export function deserializeInput(
  schema: ServiceSchema,
  shapeName: string,
  body: Record<string, unknown>,
): unknown {
  return walkStructure(schema, shapeName, body, fromWire);
}
