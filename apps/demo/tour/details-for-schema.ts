/**
 * Builds `BenefitApplicationDetails` that satisfy a benefit's request schema (the JSON Schema 2020-12
 * document `GetBenefit` returns as `BenefitRequestSchema`): every property filled with a plausible
 * value that honours its type, enum, format, pattern, length and range. Covers the schema features the
 * benefit catalogs use; `checkDetails` tells whether the result really validates.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type Schema = Record<string, unknown>;

/** Values for the string patterns the catalogs use (account IDs, opportunity IDs). */
const BY_PATTERN: Record<string, string> = {
  "^[0-9]{12}$": "111122223333",
  "^O[0-9]{7,10}$": "O1234567",
};

const BY_FORMAT: Record<string, string> = {
  date: "2026-07-01",
  "date-time": "2026-07-01T09:00:00Z",
  email: "alliance-lead@example.com",
  uri: "https://example.com/plan",
};

function text(name: string, schema: Schema): string {
  if (typeof schema.pattern === "string" && BY_PATTERN[schema.pattern])
    return BY_PATTERN[schema.pattern] ?? "";
  if (typeof schema.format === "string" && BY_FORMAT[schema.format]) {
    const value = BY_FORMAT[schema.format] ?? "";
    // An end date after the start date reads better (and satisfies cross-field checks, if any).
    return /end|until/i.test(name) ? value.replace("2026-07-01", "2026-09-30") : value;
  }
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2");
  const value = `Demo ${words}`.trim();
  const max = typeof schema.maxLength === "number" ? schema.maxLength : value.length;
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  return value.padEnd(min, ".").slice(0, Math.max(max, min));
}

function number(schema: Schema, integer: boolean): number {
  const min = typeof schema.minimum === "number" ? schema.minimum : 1;
  const max = typeof schema.maximum === "number" ? schema.maximum : Math.max(min, 10);
  const middle = min + (max - min) / 10;
  return integer ? Math.ceil(middle) : middle;
}

/** A value valid for `schema`; `name` is the property name, used to make strings readable. */
export function valueFor(schema: Schema, name = ""): JsonValue {
  if (Array.isArray(schema.enum)) return schema.enum[0] as JsonValue;
  if ("const" in schema) return schema.const as JsonValue;
  switch (schema.type) {
    case "object": {
      const out: { [key: string]: JsonValue } = {};
      for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
        out[key] = valueFor(child, key);
      }
      return out;
    }
    case "array": {
      const count = typeof schema.minItems === "number" ? Math.max(schema.minItems, 1) : 1;
      return Array.from({ length: count }, () => valueFor((schema.items ?? {}) as Schema, name));
    }
    case "boolean":
      return true;
    case "integer":
      return number(schema, true);
    case "number":
      return number(schema, false);
    case "string":
      return text(name, schema);
    default:
      return null;
  }
}

/** Details for a benefit's request schema (an object schema). */
export function detailsForSchema(schema: Schema): { [key: string]: JsonValue } {
  const value = valueFor(schema);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error("a benefit request schema must describe an object");
  }
  return value;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));

/** The schema violations of `details` (empty when valid), as `path message` strings. */
export function checkDetails(schema: Schema, details: unknown): string[] {
  const { $schema: _draft, ...body } = schema;
  const validate = ajv.compile(body);
  return validate(details) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}
