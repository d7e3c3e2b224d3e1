/**
 * A case's `params` (Smithy node values) as the TypeScript values the generated code uses, walked
 * together with the target shape as smithy-typescript's protocol test generator does: timestamps
 * (epoch seconds) become `Date`, blobs (text) `Uint8Array` of its UTF-8 bytes, the strings `NaN`,
 * `Infinity` and `-Infinity` of floats and doubles numbers; documents, enums and everything else
 * stay as they are. `null` stays `null` (sparse collections).
 */

import type { ServiceIR, TypeRef } from "../../src/ir/types.js";
import type { NodeValue } from "../../src/model/ast.js";

const encoder = new TextEncoder();

/** `params` of a structure named `shape`, converted member by member. */
export function typedStructure(
  ir: ServiceIR,
  shape: string,
  params: Record<string, NodeValue>,
): Record<string, unknown> {
  return typed(ir, { kind: "shape", name: shape }, params) as Record<string, unknown>;
}

export function typed(ir: ServiceIR, ref: TypeRef, value: NodeValue): unknown {
  if (value === null) return null;
  if (ref.kind === "scalar") {
    switch (ref.scalar) {
      case "timestamp":
        if (typeof value !== "number")
          throw new Error(`timestamp param is not a number: ${JSON.stringify(value)}`);
        return new Date(Math.round(value * 1000));
      case "blob":
        if (typeof value !== "string")
          throw new Error(`blob param is not a string: ${JSON.stringify(value)}`);
        return encoder.encode(value);
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
  const shape = ir.shapes.get(ref.name);
  if (!shape) throw new Error(`shape ${ref.name} is not in the IR`);
  switch (shape.kind) {
    case "structure":
    case "union": {
      if (typeof value !== "object" || Array.isArray(value)) {
        throw new Error(`${shape.name} param is not an object: ${JSON.stringify(value)}`);
      }
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const member = shape.members.find((m) => m.name === key);
        if (!member) throw new Error(`${shape.name} has no member ${key}`);
        out[key] = typed(ir, member.type, item);
      }
      return out;
    }
    case "list":
      if (!Array.isArray(value)) throw new Error(`${shape.name} param is not an array`);
      return value.map((item) => typed(ir, shape.member.type, item));
    case "map": {
      if (typeof value !== "object" || Array.isArray(value))
        throw new Error(`${shape.name} param is not an object`);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = typed(ir, shape.value.type, item);
      return out;
    }
    default:
      return value;
  }
}
