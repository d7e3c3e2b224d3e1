/** TypeScript type expressions for IR type references, as the AWS SDK spells them. */
import type { ScalarKind, ServiceIR, TypeRef } from "../../ir/types.js";
import { typeNameOf } from "../ts-names.js";

const SCALAR_TYPES: Record<ScalarKind, string> = {
  string: "string",
  boolean: "boolean",
  byte: "number",
  short: "number",
  integer: "number",
  long: "number",
  float: "number",
  double: "number",
  bigInteger: "number",
  bigDecimal: "number",
  timestamp: "Date",
  blob: "Uint8Array",
  document: "DocumentType",
};

/** Names a type expression refers to, so the caller can import them. */
export interface TypeUse {
  /** Named structure/union/enum shapes used (IR names; import them as `typeNameOf`). */
  shapes: Set<string>;
  /** Whether `DocumentType` is used. */
  document: boolean;
}

export const newTypeUse = (): TypeUse => ({ shapes: new Set(), document: false });

/** The TypeScript type of values of `ref` (lists and maps are inlined, as in the AWS SDK). */
export function tsTypeOf(ir: ServiceIR, ref: TypeRef, use: TypeUse): string {
  if (ref.kind === "scalar") {
    if (ref.scalar === "document") use.document = true;
    return SCALAR_TYPES[ref.scalar];
  }
  const shape = ir.shapes.get(ref.name);
  if (!shape) throw new Error(`unknown shape ${ref.name}`);
  switch (shape.kind) {
    case "list": {
      const element = tsTypeOf(ir, shape.member.type, use);
      return shape.sparse
        ? `(${element} | null)[]`
        : /[ |]/.test(element)
          ? `(${element})[]`
          : `${element}[]`;
    }
    case "map": {
      const value = tsTypeOf(ir, shape.value.type, use);
      return `Record<string, ${shape.sparse ? `${value} | null` : value}>`;
    }
    default:
      use.shapes.add(shape.name);
      return typeNameOf(ir, shape.name);
  }
}
