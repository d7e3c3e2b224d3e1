/**
 * A case's `params` (Smithy node values) as the TypeScript values the generated code uses, converted by the
 * protocol runtime's schema walker (`walkStructure`) over the service's generated schema table, with the
 * scalars of smithy-typescript's protocol test generator: timestamps (epoch seconds) become `Date`, blobs
 * (text) `Uint8Array` of its UTF-8 bytes, the strings `NaN`, `Infinity` and `-Infinity` of floats and
 * doubles numbers; documents, enums and everything else stay as they are. `null` stays `null` (sparse
 * collections). A member the model does not define, or a value of the wrong JSON type, is an error.
 */

import type { NodeValue } from "../../src/model/ast.js";
import type { GeneratedPackages } from "./generated-packages.js";

const encoder = new TextEncoder();

/** The part of the protocol runtime's `SchemaVisitor` (its public `@pc-benefits/protocol` export) used here. */
interface ParamsConversion {
  keepNullMembers: boolean;
  scalar(value: unknown, kind: string): unknown;
  mismatch(value: unknown, shapeName: string, expected: string): unknown;
  unknownMember(shapeName: string, key: string): void;
}

type WalkStructure = (
  schema: unknown,
  shapeName: string,
  value: Record<string, unknown>,
  conversion: ParamsConversion,
) => Record<string, unknown>;

const fromParams: ParamsConversion = {
  keepNullMembers: true,
  scalar(value, kind) {
    switch (kind) {
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
  },
  mismatch(value, shapeName, expected) {
    throw new Error(`${shapeName} param is not ${expected}: ${JSON.stringify(value)}`);
  },
  unknownMember(shapeName, key) {
    throw new Error(`${shapeName} has no member ${key}`);
  },
};

/** `params` of the structure named `shape` of the generated service, converted member by member. */
export async function typedStructure(
  packages: GeneratedPackages,
  shape: string,
  params: Record<string, NodeValue>,
): Promise<Record<string, unknown>> {
  const [{ serviceSchema }, { walkStructure }] = await Promise.all([
    packages.importProtocol("schema.ts"),
    packages.importProtocolPackage(),
  ]);
  return (walkStructure as WalkStructure)(serviceSchema, shape, params, fromParams);
}
