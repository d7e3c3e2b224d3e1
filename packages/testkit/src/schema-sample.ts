/**
 * A value that satisfies a schema of the OpenAPI document, derived from the schema alone: its `const` or
 * first `enum` value, its first `oneOf` alternative, its required members (or all of them), a list of
 * `minItems` values (at least one), a string from its `pattern` within its length bounds, a number within
 * its range. Timestamps (`format: date-time`) are ISO-8601 strings as on the wire, or `Date`s as the
 * clients and handlers type them.
 */
import { type JsonSchema, resolve } from "./document.js";
import { sampleForPattern } from "./pattern-sample.js";

export interface SampleOptions {
  /** `required`: the fewest members a valid value needs; `all`: every member, for the richest value. */
  members: "required" | "all";
  /** `wire`: timestamps as ISO-8601 strings (JSON bodies); `typed`: as `Date`s (client and handler types). */
  timestamps: "wire" | "typed";
}

/** The instant every sampled timestamp stands for. */
export const SAMPLE_TIME = "2026-01-02T03:04:05.000Z";

/** A JSON value for a document member (any JSON): an object with one member of each JSON kind. */
const DOCUMENT_SAMPLE = { Text: "value", Number: 1, Flag: true, List: ["item"], Nested: { Key: "value" } };

/** Deeper than this, a schema is taken to be recursive. */
const MAX_DEPTH = 12;

function stringSample(schema: JsonSchema, options: SampleOptions): unknown {
  if (schema.format === "date-time")
    return options.timestamps === "wire" ? SAMPLE_TIME : new Date(SAMPLE_TIME);
  const range = {
    ...(typeof schema.minLength === "number" ? { minLength: schema.minLength } : {}),
    ...(typeof schema.maxLength === "number" ? { maxLength: schema.maxLength } : {}),
  };
  if (typeof schema.pattern === "string") return sampleForPattern(schema.pattern, range);
  const text = "sample".padEnd(range.minLength ?? 0, "s");
  return text.slice(0, range.maxLength ?? text.length);
}

function numberSample(schema: JsonSchema): number {
  const minimum = typeof schema.minimum === "number" ? schema.minimum : undefined;
  const maximum = typeof schema.maximum === "number" ? schema.maximum : undefined;
  const value = minimum ?? Math.min(1, maximum ?? 1);
  return schema.type === "integer" ? Math.ceil(value) : value;
}

function objectSample(schema: JsonSchema, options: SampleOptions, path: string, depth: number) {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(properties)) {
    if (options.members === "all" || required.has(name))
      out[name] = sample(member, options, `${path}.${name}`, depth + 1);
  }
  const values = schema.additionalProperties;
  if (options.members === "all" && values && typeof values === "object" && !schema.properties) {
    const keys = (schema.propertyNames ?? {}) as JsonSchema;
    const key = typeof keys.pattern === "string" ? sampleForPattern(keys.pattern, { minLength: 1 }) : "key";
    out[key] = sample(values as JsonSchema, options, `${path}[${key}]`, depth + 1);
  }
  return out;
}

function sample(raw: JsonSchema, options: SampleOptions, path: string, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new Error(`${path}: the schema nests deeper than ${MAX_DEPTH} levels`);
  const schema = resolve(raw);
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) {
    if (schema.enum.length === 0) throw new Error(`${path}: an enum without values`);
    return schema.enum[0];
  }
  if (Array.isArray(schema.oneOf)) {
    const [first] = schema.oneOf as JsonSchema[];
    if (!first) throw new Error(`${path}: a oneOf without alternatives`);
    return sample(first, options, path, depth);
  }
  switch (schema.type) {
    case "object":
      return objectSample(schema, options, path, depth);
    case "array": {
      const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
      const maxItems = typeof schema.maxItems === "number" ? schema.maxItems : Number.POSITIVE_INFINITY;
      const count = Math.min(Math.max(minItems, 1), maxItems);
      const items = (schema.items ?? {}) as JsonSchema;
      return Array.from({ length: count }, (_, i) => sample(items, options, `${path}[${i}]`, depth + 1));
    }
    case "string":
      return stringSample(schema, options);
    case "integer":
    case "number":
      return numberSample(schema);
    case "boolean":
      return true;
    case undefined:
      return structuredClone(DOCUMENT_SAMPLE);
    default:
      throw new Error(`${path}: unsupported schema type ${JSON.stringify(schema.type)}`);
  }
}

/** A value satisfying `schema`; `path` names it in errors (`GetBenefitInput.Identifier`). */
export function sampleOf(schema: JsonSchema, options: SampleOptions, path = "value"): unknown {
  return sample(schema, options, path, 0);
}
