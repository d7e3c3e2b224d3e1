import { encodeBase64 } from "../wire/base64.js";
import type { MemberSchema, ServiceSchema } from "./schema.js";
import { formatTimestamp } from "./timestamp.js";
import { isPlainObject } from "./validate.js";

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
  const shape = schema.shapes[shapeName];
  if (shape?.type !== "structure" && shape?.type !== "union")
    throw new Error(`${shapeName} is not a structure`);
  const out: Record<string, unknown> = {};
  let written = 0;
  for (const member of shape.members) {
    const item = value[member.name];
    if (item === undefined || item === null) continue;
    out[member.name] = writeValue(schema, member, item);
    written++;
  }
  if (shape.type === "union" && written === 0) {
    const unknown = value.$unknown;
    if (Array.isArray(unknown) && typeof unknown[0] === "string") {
      return Object.fromEntries([[unknown[0], unknown[1]]]);
    }
  }
  return out;
}

function writeValue(schema: ServiceSchema, member: MemberSchema, value: unknown): unknown {
  const target = member.target;
  if (typeof target === "string") {
    switch (target) {
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
  }
  const shape = schema.shapes[target.shape];
  if (!shape) throw new Error(`unknown shape ${target.shape}`);
  switch (shape.type) {
    case "structure":
    case "union":
      return isPlainObject(value) ? serializeStructure(schema, target.shape, value) : value;
    case "list":
      return Array.isArray(value)
        ? value
            .filter((item) => shape.sparse || (item !== null && item !== undefined))
            .map((item) =>
              item === null || item === undefined ? null : writeValue(schema, shape.member, item),
            )
        : value;
    case "map":
      return isPlainObject(value)
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => shape.sparse || (v !== null && v !== undefined))
              .map(([k, v]) => [
                k,
                v === null || v === undefined ? null : writeValue(schema, shape.value, v),
              ]),
          )
        : value;
    default:
      return value;
  }
}
