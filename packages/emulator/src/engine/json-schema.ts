/**
 * JSON Schema (draft 2020-12) checks of the emulator's own schemas: the benefits' request schemas
 * (src/catalog/programs.ts) and the fixtures format (src/seeding/fixture-format.ts). `@cfworker/json-schema`
 * validates; this file keeps the error shape and words of Ajv's (`instancePath`, `keyword`, `params`,
 * `message`) that our FieldLists and fixture issues are written in, all errors (not only the first). A keyword
 * outside the list below is refused when the schema is first used (`checkSupported`), so a schema is never
 * checked with words this mapping does not know.
 */

import { type OutputUnit, type Schema, Validator } from "@cfworker/json-schema";

export type JsonSchema = Readonly<Record<string, unknown>>;

export interface SchemaError {
  /** JSON Pointer of the failing value (`/applications/0/status`; "" for the root). */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

const KNOWN = new Set([
  "$schema",
  "$id",
  "title",
  "description",
  "examples",
  "default",
  "type",
  "enum",
  "const",
  "not",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minItems",
  "maxItems",
  "uniqueItems",
  "items",
  "maxProperties",
  "required",
  "propertyNames",
  "additionalProperties",
  "properties",
]);

/** The formats our schemas use; the library checks them (`date-time` needs a zone, as RFC 3339 says). */
const FORMATS = new Set(["date", "date-time", "uri", "email"]);

/** Refuses a schema with a keyword this validator does not implement (at any depth). */
export function checkSupported(schema: JsonSchema, at = "#"): void {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`JSON Schema keyword "${key}" at ${at} is not supported`);
  }
  const sub = (s: unknown, path: string) => {
    if (typeof s === "object" && s !== null) checkSupported(s as JsonSchema, path);
    // The error mapping reads a `false` subschema as `additionalProperties: false`, the only one allowed.
    else if (typeof s === "boolean" && !path.endsWith("/additionalProperties")) {
      throw new Error(`JSON Schema boolean subschema at ${path} is not supported`);
    }
  };
  for (const key of ["not", "items", "propertyNames", "additionalProperties"])
    sub(schema[key], `${at}/${key}`);
  const properties = schema.properties as Record<string, unknown> | undefined;
  for (const [name, s] of Object.entries(properties ?? {})) sub(s, `${at}/properties/${name}`);
  if (typeof schema.format === "string" && !FORMATS.has(schema.format)) {
    throw new Error(`JSON Schema format "${schema.format}" at ${at} is not supported`);
  }
}

const validators = new WeakMap<JsonSchema, Validator>();

function validatorFor(schema: JsonSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    // The library writes its bookkeeping into the schema it gets; ours are frozen and shared, so it gets a copy.
    validator = new Validator(structuredClone(schema) as Schema, "2020-12", false);
    validators.set(schema, validator);
  }
  return validator;
}

/** `#/a/0` (the library's instance location) -> `/a/0` (a JSON Pointer, Ajv's `instancePath`). */
const instancePath = (location: string) => location.slice(1);

/** The subschema a keyword of the library's output sits in: `#/properties/a/minLength` -> `{ minLength }`. */
function schemaAt(root: JsonSchema, keywordLocation: string): JsonSchema {
  let at: unknown = root;
  for (const segment of keywordLocation.split("/").slice(1, -1)) {
    const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
    at = (at as Record<string, unknown>)[key];
  }
  return at as JsonSchema;
}

/** Units that only say a subschema failed; the failures themselves follow them in the output. */
const WRAPPERS = new Set(["properties", "items", "prefixItems", "additionalProperties", "propertyNames"]);

/** Every failure of `value` against `schema`, in Ajv's words; [] when it is valid. */
export function validateSchema(schema: JsonSchema, value: unknown): SchemaError[] {
  const result = validatorFor(schema).validate(value);
  if (result.valid) return [];
  const errors: SchemaError[] = [];
  const units = result.errors;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as OutputUnit;
    if (unit.keyword === "propertyNames") {
      // One error per bad key, as Ajv's; the key's own failures (which follow) are not the document's.
      const key = /^Property name "(.*)" does not match schema\.$/s.exec(unit.error)?.[1] ?? "";
      errors.push({
        instancePath: instancePath(unit.instanceLocation),
        keyword: "propertyNames",
        params: { propertyName: key },
        message: "property name must be valid",
      });
      const prefix = `${unit.instanceLocation}/`;
      while (
        units[i + 1]?.keywordLocation.startsWith(`${unit.keywordLocation}/`) ||
        (units[i + 1]?.instanceLocation.startsWith(prefix) &&
          units[i + 1]?.keywordLocation === unit.keywordLocation)
      )
        i++;
      continue;
    }
    if (unit.keyword === "false") {
      // `additionalProperties: false` (checkSupported allows no other boolean schema): Ajv names the parent.
      const at = unit.instanceLocation;
      const slash = at.lastIndexOf("/");
      const key = at
        .slice(slash + 1)
        .replace(/~1/g, "/")
        .replace(/~0/g, "~");
      errors.push({
        instancePath: instancePath(at.slice(0, slash)),
        keyword: "additionalProperties",
        params: { additionalProperty: key },
        message: "must NOT have additional properties",
      });
      continue;
    }
    if (WRAPPERS.has(unit.keyword)) continue;
    const error = ajvError(unit, schemaAt(schema, unit.keywordLocation));
    if (error) errors.push(error);
  }
  return errors;
}

function ajvError(unit: OutputUnit, at: JsonSchema): SchemaError {
  const path = instancePath(unit.instanceLocation);
  const error = (keyword: string, params: Record<string, unknown>, message: string): SchemaError => ({
    instancePath: path,
    keyword,
    params,
    message,
  });
  switch (unit.keyword) {
    case "type":
      return error("type", { type: at.type }, `must be ${String(at.type)}`);
    case "const":
      return error("const", { allowedValue: at.const }, "must be equal to constant");
    case "enum":
      return error("enum", { allowedValues: at.enum }, "must be equal to one of the allowed values");
    case "not":
      return error("not", {}, "must NOT be valid");
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const comparison = { minimum: ">=", maximum: "<=", exclusiveMinimum: ">", exclusiveMaximum: "<" }[
        unit.keyword
      ];
      const limit = at[unit.keyword];
      return error(unit.keyword, { comparison, limit }, `must be ${comparison} ${String(limit)}`);
    }
    case "maxLength":
      return error(
        "maxLength",
        { limit: at.maxLength },
        `must NOT have more than ${String(at.maxLength)} characters`,
      );
    case "minLength":
      return error(
        "minLength",
        { limit: at.minLength },
        `must NOT have fewer than ${String(at.minLength)} characters`,
      );
    case "pattern":
      return error("pattern", { pattern: at.pattern }, `must match pattern "${String(at.pattern)}"`);
    case "format":
      return error("format", { format: at.format }, `must match format "${String(at.format)}"`);
    case "maxItems":
      return error(
        "maxItems",
        { limit: at.maxItems },
        `must NOT have more than ${String(at.maxItems)} items`,
      );
    case "minItems":
      return error(
        "minItems",
        { limit: at.minItems },
        `must NOT have fewer than ${String(at.minItems)} items`,
      );
    case "uniqueItems": {
      const [j, k] = (/indexes (\d+) and (\d+)/.exec(unit.error) ?? []).slice(1).map(Number);
      const [first, second] = [Math.min(j ?? 0, k ?? 0), Math.max(j ?? 0, k ?? 0)];
      return error(
        "uniqueItems",
        { i: second, j: first },
        `must NOT have duplicate items (items ## ${first} and ${second} are identical)`,
      );
    }
    case "maxProperties":
      return error(
        "maxProperties",
        { limit: at.maxProperties },
        `must NOT have more than ${String(at.maxProperties)} properties`,
      );
    case "required": {
      const missingProperty = /required property "(.*)"\.$/s.exec(unit.error)?.[1] ?? "";
      return error("required", { missingProperty }, `must have required property '${missingProperty}'`);
    }
    default:
      return error(unit.keyword, {}, unit.error);
  }
}
