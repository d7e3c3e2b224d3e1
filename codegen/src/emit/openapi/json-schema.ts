/**
 * IR shapes and members as JSON Schema 2020-12 (the OpenAPI 3.1 dialect), following the AWS JSON
 * wire form (1.0 and 1.1 alike): every constraint the model states is kept.
 */
import type {
  Constraints,
  EnumIR,
  IntEnumIR,
  ListIR,
  MapIR,
  MemberIR,
  ScalarKind,
  ServiceIR,
  ShapeIR,
  StructureIR,
  UnionIR,
} from "../../ir/types.js";
import { docToMarkdown } from "./doc-text.js";

/** A JSON Schema object; key order is the order keys are printed in. */
export type Schema = { [key: string]: unknown };

export const SCHEMA_REF_PREFIX = "#/components/schemas/";

export function schemaRef(name: string): Schema {
  return { $ref: `${SCHEMA_REF_PREFIX}${name}` };
}

/** The non-numeric float values AWS JSON sends as strings. */
export const NON_NUMERIC_FLOATS = ["NaN", "Infinity", "-Infinity"] as const;

/** `components.schemas`: one schema per named shape, in the IR's (sorted) order. */
export function componentSchemas(ir: ServiceIR): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const [name, shape] of ir.shapes) out[name] = shapeSchema(shape, ir);
  return out;
}

export function shapeSchema(shape: ShapeIR, ir: ServiceIR): Schema {
  let schema: Schema;
  switch (shape.kind) {
    case "structure":
      schema = structureSchema(shape, ir);
      break;
    case "union":
      schema = unionSchema(shape, ir);
      break;
    case "list":
      schema = listSchema(shape, ir);
      break;
    case "map":
      schema = mapSchema(shape, ir);
      break;
    case "enum":
      schema = enumSchema(shape);
      break;
    case "intEnum":
      schema = intEnumSchema(shape);
      break;
  }
  return withShapeAnnotations(schema, shape);
}

function withShapeAnnotations(schema: Schema, shape: ShapeIR): Schema {
  const description = describe(shape.documentation, shape.deprecated);
  const head: Schema = {};
  if (description) head.description = description;
  const tail: Schema = {};
  if (shape.deprecated) tail.deprecated = true;
  if (shape.sensitive) tail["x-sensitive"] = true;
  return { ...head, ...schema, ...tail };
}

function structureSchema(shape: StructureIR, ir: ServiceIR): Schema {
  const properties: Record<string, Schema> = {};
  for (const m of shape.members) properties[m.name] = memberSchema(m, ir);
  const schema: Schema = { type: "object" };
  if (shape.error) {
    // AWS JSON error bodies carry the error's full shape ID in `__type`.
    properties.__type = {
      type: "string",
      const: shape.id,
      description: "The error discriminator: the full Smithy shape ID of the error.",
    };
  }
  schema.properties = properties;
  const required = shape.members.filter((m) => m.required).map((m) => m.name);
  if (shape.error) required.push("__type");
  if (required.length > 0) schema.required = required;
  if (shape.error) {
    schema["x-amz-error"] = {
      fault: shape.error.fault,
      httpStatus: shape.error.httpStatus,
      ...(shape.error.retryable ? { retryable: shape.error.retryable } : {}),
    };
  }
  return schema;
}

/** A union is exactly one member set: `oneOf` single-property objects. */
function unionSchema(shape: UnionIR, ir: ServiceIR): Schema {
  return {
    type: "object",
    oneOf: shape.members.map((m) => ({
      title: m.name,
      type: "object",
      properties: { [m.name]: memberSchema(m, ir) },
      required: [m.name],
    })),
  };
}

function listSchema(shape: ListIR, ir: ServiceIR): Schema {
  return {
    type: "array",
    items: nullableIf(shape.sparse, valueSchema(shape.member, ir)),
    ...collectionConstraints(shape.constraints),
  };
}

function mapSchema(shape: MapIR, ir: ServiceIR): Schema {
  const { minItems, maxItems } = collectionConstraints(shape.constraints);
  const schema: Schema = {
    type: "object",
    propertyNames: valueSchema(shape.key, ir),
    additionalProperties: nullableIf(shape.sparse, valueSchema(shape.value, ir)),
  };
  if (minItems !== undefined) schema.minProperties = minItems;
  if (maxItems !== undefined) schema.maxProperties = maxItems;
  return schema;
}

function enumSchema(shape: EnumIR): Schema {
  const schema: Schema = { type: "string", enum: shape.values.map((v) => v.value) };
  schema["x-enum-varnames"] = shape.values.map((v) => v.name);
  if (shape.values.some((v) => v.documentation)) {
    schema["x-enum-descriptions"] = shape.values.map((v) =>
      v.documentation ? docToMarkdown(v.documentation) : "",
    );
  }
  return schema;
}

function intEnumSchema(shape: IntEnumIR): Schema {
  return {
    type: "integer",
    enum: shape.values.map((v) => v.value),
    "x-enum-varnames": shape.values.map((v) => v.name),
  };
}

/** A structure/union member: its value schema plus documentation, default and deprecation. */
export function memberSchema(m: MemberIR, ir: ServiceIR): Schema {
  const schema = valueSchema(m, ir);
  const notes: string[] = [];
  if (m.idempotencyToken) {
    notes.push("Idempotency token: clients fill it with a random UUID when the caller leaves it out.");
  }
  if (m.sensitive) notes.push("Sensitive: never logged.");
  const description = describe(m.documentation, m.deprecated, [...notes, ...scalarNotes(m)]);
  const head: Schema = {};
  if (description) head.description = description;
  const tail: Schema = {};
  if (m.default !== undefined) tail.default = m.default;
  if (m.deprecated) tail.deprecated = true;
  if (m.sensitive) tail["x-sensitive"] = true;
  if (m.idempotencyToken) tail["x-idempotency-token"] = true;
  return { ...head, ...schema, ...tail };
}

/**
 * The schema of a member's value, without its documentation. Named shapes are `$ref`s, with the
 * member's own constraints beside the reference when they add to or override the target's.
 */
function valueSchema(m: MemberIR, ir: ServiceIR): Schema {
  if (m.type.kind === "shape") {
    const ref = schemaRef(m.type.name);
    const target = ir.shapes.get(m.type.name);
    if (target?.kind === "list")
      return { ...ref, ...collectionConstraints(diff(m.constraints, target.constraints)) };
    if (target?.kind === "map") {
      const { minItems, maxItems } = collectionConstraints(diff(m.constraints, target.constraints));
      return {
        ...ref,
        ...(minItems !== undefined ? { minProperties: minItems } : {}),
        ...(maxItems !== undefined ? { maxProperties: maxItems } : {}),
      };
    }
    return ref;
  }
  return scalarSchema(m.type.scalar, m);
}

/**
 * OpenAPI's `pattern` is an ECMA-262 regular expression without flags. A Smithy pattern written in Java's
 * dialect is written as its ECMAScript translation; one whose translation needs flags other than `u`
 * (`(?i)`, `(?s)`), or that has none, keeps the model's text in `x-smithy-pattern` only, so no validator
 * applies a pattern that means something else.
 */
function patternKeywords(c: MemberIR["constraints"]): Schema {
  if (c.pattern === undefined) return {};
  const ecma = c.ecmaPattern;
  if (ecma && (ecma.flags === "" || ecma.flags === "u")) {
    return ecma.source === c.pattern
      ? { pattern: c.pattern }
      : { pattern: ecma.source, "x-smithy-pattern": c.pattern };
  }
  return { "x-smithy-pattern": c.pattern };
}

function scalarSchema(scalar: ScalarKind, m: MemberIR): Schema {
  const c = m.constraints;
  switch (scalar) {
    case "string":
      return {
        type: "string",
        ...(c.length?.min !== undefined ? { minLength: c.length.min } : {}),
        ...(c.length?.max !== undefined ? { maxLength: c.length.max } : {}),
        ...patternKeywords(c),
      };
    case "boolean":
      return { type: "boolean" };
    case "byte":
    case "short":
      // No standard OpenAPI format for 8/16-bit integers: the type's bounds instead.
      return {
        type: "integer",
        minimum: Math.max(c.range?.min ?? -Infinity, INTEGER_BOUNDS[scalar][0]),
        maximum: Math.min(c.range?.max ?? Infinity, INTEGER_BOUNDS[scalar][1]),
      };
    case "integer":
    case "long":
      return { type: "integer", format: scalar === "integer" ? "int32" : "int64", ...range(c) };
    case "bigInteger":
      return { type: "integer", ...range(c) };
    case "bigDecimal":
      return { type: "number", ...range(c) };
    case "float":
    case "double":
      return {
        oneOf: [
          { type: "number", format: scalar, ...range(c) },
          { type: "string", enum: [...NON_NUMERIC_FLOATS] },
        ],
      };
    case "timestamp":
      if (m.timestampFormat === "date-time") return { type: "string", format: "date-time" };
      if (m.timestampFormat === "http-date") return { type: "string" };
      return { type: "number" };
    case "blob":
      // Base64 text: n bytes encode to 4 * ceil(n / 3) characters.
      return {
        type: "string",
        contentEncoding: "base64",
        ...(c.length?.min !== undefined ? { minLength: 4 * Math.ceil(c.length.min / 3) } : {}),
        ...(c.length?.max !== undefined ? { maxLength: 4 * Math.ceil(c.length.max / 3) } : {}),
      };
    case "document":
      return {};
  }
}

const INTEGER_BOUNDS = { byte: [-128, 127], short: [-32768, 32767] } as const;

/** Wire-form explanations that a schema alone cannot carry. */
function scalarNotes(m: MemberIR): string[] {
  if (m.type.kind !== "scalar") return [];
  switch (m.type.scalar) {
    case "timestamp":
      if (m.timestampFormat === "date-time") return ["Timestamp: an RFC 3339 date-time string."];
      if (m.timestampFormat === "http-date") return ["Timestamp: an IMF-fixdate (HTTP date) string."];
      return ["Timestamp: seconds since the Unix epoch; the fractional part carries milliseconds."];
    case "blob": {
      const { min, max } = m.constraints.length ?? {};
      const size =
        min !== undefined && max !== undefined
          ? ` of ${min} to ${max} bytes`
          : min !== undefined
            ? ` of at least ${min} bytes`
            : max !== undefined
              ? ` of at most ${max} bytes`
              : "";
      return [`Binary data${size}, base64-encoded.`];
    }
    case "document":
      return ["Document: any JSON value."];
    case "float":
    case "double":
      return ['Besides numbers, the strings "NaN", "Infinity" and "-Infinity" are allowed.'];
    default:
      return [];
  }
}

function range(c: Constraints): Schema {
  return {
    ...(c.range?.min !== undefined ? { minimum: c.range.min } : {}),
    ...(c.range?.max !== undefined ? { maximum: c.range.max } : {}),
  };
}

function collectionConstraints(c: Constraints): { minItems?: number; maxItems?: number; uniqueItems?: true } {
  return {
    ...(c.length?.min !== undefined ? { minItems: c.length.min } : {}),
    ...(c.length?.max !== undefined ? { maxItems: c.length.max } : {}),
    ...(c.uniqueItems ? { uniqueItems: true as const } : {}),
  };
}

/** The constraints of `member` that differ from the target's (so they need restating beside a `$ref`). */
function diff(member: Constraints, target: Constraints): Constraints {
  const out: Constraints = {};
  if (JSON.stringify(member.length) !== JSON.stringify(target.length) && member.length)
    out.length = member.length;
  if (member.uniqueItems && !target.uniqueItems) out.uniqueItems = true;
  return out;
}

function nullableIf(sparse: boolean, schema: Schema): Schema {
  return sparse ? { anyOf: [schema, { type: "null" }] } : schema;
}

/** Documentation as plain text, with deprecation and other notes appended as sentences. */
function describe(
  documentation: string | undefined,
  deprecated: { message?: string; since?: string } | undefined,
  notes: readonly string[] = [],
): string | undefined {
  const parts: string[] = [];
  if (documentation) parts.push(docToMarkdown(documentation));
  if (deprecated) {
    const since = deprecated.since ? ` since ${deprecated.since}` : "";
    parts.push(`Deprecated${since}.${deprecated.message ? ` ${deprecated.message}` : ""}`);
  }
  parts.push(...notes);
  return parts.length > 0 ? parts.join("\n\n") : undefined;
}
