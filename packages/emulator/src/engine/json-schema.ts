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
    errors.push(ajvError(unit, schemaAt(schema, unit.keywordLocation)));
  }
  return errors;
}

/** Ajv's `params` and `message` for a failed keyword, from the keyword's value in the failing subschema. */
type Wording = (value: unknown, unit: OutputUnit) => { params: Record<string, unknown>; message: string };

/** `minimum` and its kin: the value compared with the limit. */
const compared =
  (comparison: string): Wording =>
  (limit) => ({ params: { comparison, limit }, message: `must be ${comparison} ${String(limit)}` });

/** `maxLength` and its kin: a count of characters, items or properties over or under the limit. */
const counted =
  (bound: "more" | "fewer", things: string): Wording =>
  (limit) => ({ params: { limit }, message: `must NOT have ${bound} than ${String(limit)} ${things}` });

/** Ajv's wording of each keyword the library reports; another keyword keeps the library's own message. */
const AJV_WORDING: Readonly<Record<string, Wording>> = {
  type: (type) => ({ params: { type }, message: `must be ${String(type)}` }),
  const: (allowedValue) => ({ params: { allowedValue }, message: "must be equal to constant" }),
  enum: (allowedValues) => ({
    params: { allowedValues },
    message: "must be equal to one of the allowed values",
  }),
  not: () => ({ params: {}, message: "must NOT be valid" }),
  minimum: compared(">="),
  maximum: compared("<="),
  exclusiveMinimum: compared(">"),
  exclusiveMaximum: compared("<"),
  maxLength: counted("more", "characters"),
  minLength: counted("fewer", "characters"),
  pattern: (pattern) => ({ params: { pattern }, message: `must match pattern "${String(pattern)}"` }),
  format: (format) => ({ params: { format }, message: `must match format "${String(format)}"` }),
  maxItems: counted("more", "items"),
  minItems: counted("fewer", "items"),
  maxProperties: counted("more", "properties"),
  uniqueItems: (_unique, unit) => {
    const [j, k] = (/indexes (\d+) and (\d+)/.exec(unit.error) ?? []).slice(1).map(Number);
    const [first, second] = [Math.min(j ?? 0, k ?? 0), Math.max(j ?? 0, k ?? 0)];
    return {
      params: { i: second, j: first },
      message: `must NOT have duplicate items (items ## ${first} and ${second} are identical)`,
    };
  },
  required: (_required, unit) => {
    const missingProperty = /required property "(.*)"\.$/s.exec(unit.error)?.[1] ?? "";
    return { params: { missingProperty }, message: `must have required property '${missingProperty}'` };
  },
};

function ajvError(unit: OutputUnit, at: JsonSchema): SchemaError {
  const wording = Object.hasOwn(AJV_WORDING, unit.keyword) ? AJV_WORDING[unit.keyword] : undefined;
  const { params, message } = wording?.(at[unit.keyword], unit) ?? { params: {}, message: unit.error };
  return { instancePath: instancePath(unit.instanceLocation), keyword: unit.keyword, params, message };
}
