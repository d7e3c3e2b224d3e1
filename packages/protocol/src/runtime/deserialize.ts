import { decodeBase64 } from "../wire/base64.js";
import type { MemberSchema, ServiceSchema } from "./schema.js";
import { parseTimestamp } from "./timestamp.js";
import { isPlainObject } from "./validate.js";

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
  return readStructure(schema, shapeName, body);
}

function readStructure(schema: ServiceSchema, shapeName: string, object: Record<string, unknown>): unknown {
  const shape = schema.shapes[shapeName];
  if (shape?.type !== "structure" && shape?.type !== "union")
    throw new Error(`${shapeName} is not a structure`);
  const entries: [string, unknown][] = [];
  for (const member of shape.members) {
    const value = object[member.name];
    if (value === undefined || value === null) {
      // A `null` default means the member has none.
      if (member.default !== undefined && member.default !== null)
        entries.push([member.name, readValue(schema, member, member.default)]);
      continue;
    }
    entries.push([member.name, readValue(schema, member, value)]);
  }
  return Object.fromEntries(entries);
}

function readValue(schema: ServiceSchema, member: MemberSchema, value: unknown): unknown {
  const target = member.target;
  if (typeof target === "string") {
    switch (target) {
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
  }
  const shape = schema.shapes[target.shape];
  if (!shape) throw new Error(`unknown shape ${target.shape}`);
  switch (shape.type) {
    case "structure":
    case "union":
      return isPlainObject(value) ? readStructure(schema, target.shape, value) : value;
    case "list":
      return Array.isArray(value)
        ? value.map((item) => (item === null ? null : readValue(schema, shape.member, item)))
        : value;
    case "map":
      return isPlainObject(value)
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, v === null ? null : readValue(schema, shape.value, v)]),
          )
        : value;
    default:
      return value;
  }
}
