import type { MemberSchema, ScalarKind, ServiceSchema } from "../runtime/schema.js";

/**
 * One schema walker: visits a value against a shape of the schema table and rebuilds it, converting each scalar
 * with `scalar`. The rest of a conversion is what its direction needs, so the same walk turns wire JSON into
 * typed values (`deserializeInput`), typed values into wire JSON (`serializeStructure`), and a protocol test
 * case's parameters into typed values. Structures are written in model order with only their modelled
 * members; documents, enums and int enums are kept as they are.
 */
export interface Conversion {
  /** A scalar member's value (never `null` or `undefined`). */
  scalar(value: unknown, kind: ScalarKind, member: MemberSchema): unknown;
  /** An absent or `null` structure member takes its `@default` (a `null` default means none). */
  fillDefaults?: boolean;
  /** A `null` structure member stays `null` (else it is left out, like an absent one). */
  keepNullMembers?: boolean;
  /** `null` and `undefined` items of lists and maps that are not `@sparse` are dropped; the others become `null`. */
  dropNullItems?: boolean;
  /** A union with no modelled member set is written as its `$unknown: [name, value]` entry. */
  unknownUnion?: boolean;
  /** A value whose JSON type does not fit its shape: the value to use instead (default: the value as is). */
  mismatch?(value: unknown, shapeName: string, expected: "an object" | "a list" | "a map"): unknown;
  /** A key of a structure or union that the model does not define (default: left out). */
  unknownMember?(shapeName: string, key: string): void;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Converts a structure or union value, member by member. */
export function convertStructure(
  schema: ServiceSchema,
  shapeName: string,
  value: Record<string, unknown>,
  conversion: Conversion,
): Record<string, unknown> {
  const shape = schema.shapes[shapeName];
  if (shape?.type !== "structure" && shape?.type !== "union")
    throw new Error(`${shapeName} is not a structure`);
  if (conversion.unknownMember) {
    for (const key of Object.keys(value)) {
      if (!shape.members.some((m) => m.name === key)) conversion.unknownMember(shapeName, key);
    }
  }
  const out: Record<string, unknown> = {};
  let written = 0;
  for (const member of shape.members) {
    const item = value[member.name];
    if (item === undefined || item === null) {
      if (item === null && conversion.keepNullMembers) out[member.name] = null;
      else if (conversion.fillDefaults && member.default !== undefined && member.default !== null)
        out[member.name] = convertValue(schema, member, member.default, conversion);
      continue;
    }
    out[member.name] = convertValue(schema, member, item, conversion);
    written++;
  }
  if (shape.type === "union" && written === 0 && conversion.unknownUnion) {
    const unknown = value.$unknown;
    if (Array.isArray(unknown) && typeof unknown[0] === "string") {
      return Object.fromEntries([[unknown[0], unknown[1]]]);
    }
  }
  return out;
}

/** Converts the value of one member (a structure member, list item or map value), not `null`. */
export function convertValue(
  schema: ServiceSchema,
  member: MemberSchema,
  value: unknown,
  conversion: Conversion,
): unknown {
  const target = member.target;
  if (typeof target === "string") return conversion.scalar(value, target, member);
  const name = target.shape;
  const shape = schema.shapes[name];
  if (!shape) throw new Error(`unknown shape ${name}`);
  switch (shape.type) {
    case "structure":
    case "union":
      return isPlainObject(value)
        ? convertStructure(schema, name, value, conversion)
        : mismatched(conversion, value, name, "an object");
    case "list": {
      if (!Array.isArray(value)) return mismatched(conversion, value, name, "a list");
      const drop = conversion.dropNullItems === true && shape.sparse !== true;
      const out: unknown[] = [];
      // `forEach` skips holes, as the JSON of a list does not have them.
      value.forEach((item: unknown) => {
        if (item === null || item === undefined) {
          if (!drop) out.push(conversion.dropNullItems ? null : item);
          return;
        }
        out.push(convertValue(schema, shape.member, item, conversion));
      });
      return out;
    }
    case "map": {
      if (!isPlainObject(value)) return mismatched(conversion, value, name, "a map");
      const drop = conversion.dropNullItems === true && shape.sparse !== true;
      // Entries, not assignments: a key is a client's text and may be `__proto__`.
      const out: [string, unknown][] = [];
      for (const key of Object.keys(value)) {
        const item = value[key];
        if (item === null || item === undefined) {
          if (!drop) out.push([key, conversion.dropNullItems ? null : item]);
          continue;
        }
        out.push([key, convertValue(schema, shape.value, item, conversion)]);
      }
      return Object.fromEntries(out);
    }
    default:
      return value;
  }
}

function mismatched(
  conversion: Conversion,
  value: unknown,
  shapeName: string,
  expected: "an object" | "a list" | "a map",
): unknown {
  return conversion.mismatch ? conversion.mismatch(value, shapeName, expected) : value;
}
