/**
 * A small JSON Schema (draft 2020-12) validator for the keywords the emulator's own schemas use: the
 * benefits' request schemas (src/catalog/programs.ts) and the fixtures format (src/seeding/fixture-format.ts).
 * Errors have the shape and messages of Ajv's (`instancePath`, `keyword`, `params`, `message`), all of them
 * (not only the first). A keyword it does not know is refused when the schema is first used, so a schema
 * can never be checked only in part.
 */

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

/** The linear-time ("fast") format checks Ajv's formats use, so a hostile document cannot stall a check. */
const FORMATS: Readonly<Record<string, RegExp>> = {
  date: /^\d\d\d\d-[0-1]\d-[0-3]\d$/,
  "date-time":
    /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
  uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
  email:
    /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};

const patterns = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(pattern, "u");
    patterns.set(pattern, re);
  }
  return re;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === "integer") return typeof value === "number" && Number.isInteger(value);
  if (type === "number") return typeof value === "number" && Number.isFinite(value);
  return typeOf(value) === type;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const pointer = (segment: string | number) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`;

/** Refuses a schema with a keyword this validator does not implement (at any depth). */
export function checkSupported(schema: JsonSchema, at = "#"): void {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`JSON Schema keyword "${key}" at ${at} is not supported`);
  }
  const sub = (s: unknown, path: string) => {
    if (typeof s === "object" && s !== null) checkSupported(s as JsonSchema, path);
  };
  for (const key of ["not", "items", "propertyNames", "additionalProperties"])
    sub(schema[key], `${at}/${key}`);
  const properties = schema.properties as Record<string, unknown> | undefined;
  for (const [name, s] of Object.entries(properties ?? {})) sub(s, `${at}/properties/${name}`);
  if (typeof schema.format === "string" && !Object.hasOwn(FORMATS, schema.format)) {
    throw new Error(`JSON Schema format "${schema.format}" at ${at} is not supported`);
  }
}

/** Every failure of `value` against `schema`, in Ajv's order and words; [] when it is valid. */
export function validateSchema(schema: JsonSchema, value: unknown, path = ""): SchemaError[] {
  const errors: SchemaError[] = [];
  const fail = (keyword: string, params: Record<string, unknown>, message: string, at = path) =>
    errors.push({ instancePath: at, keyword, params, message });

  const type = schema.type as string | undefined;
  if (type !== undefined && !hasType(value, type)) fail("type", { type }, `must be ${type}`);
  if ("const" in schema && !equal(value, schema.const)) {
    fail("const", { allowedValue: schema.const }, "must be equal to constant");
  }
  const allowed = schema.enum as unknown[] | undefined;
  if (allowed && !allowed.some((v) => equal(v, value))) {
    fail("enum", { allowedValues: allowed }, "must be equal to one of the allowed values");
  }
  if (schema.not !== undefined && validateSchema(schema.not as JsonSchema, value, path).length === 0) {
    fail("not", {}, "must NOT be valid");
  }

  if (typeof value === "number") {
    const limits: [string, string, (n: number) => boolean][] = [
      ["maximum", "<=", (n) => value <= n],
      ["minimum", ">=", (n) => value >= n],
      ["exclusiveMaximum", "<", (n) => value < n],
      ["exclusiveMinimum", ">", (n) => value > n],
    ];
    for (const [keyword, comparison, ok] of limits) {
      const limit = schema[keyword];
      if (typeof limit === "number" && !ok(limit)) {
        fail(keyword, { comparison, limit }, `must be ${comparison} ${limit}`);
      }
    }
  }

  if (typeof value === "string") {
    const length = [...value].length;
    if (typeof schema.maxLength === "number" && length > schema.maxLength) {
      fail(
        "maxLength",
        { limit: schema.maxLength },
        `must NOT have more than ${schema.maxLength} characters`,
      );
    }
    if (typeof schema.minLength === "number" && length < schema.minLength) {
      fail(
        "minLength",
        { limit: schema.minLength },
        `must NOT have fewer than ${schema.minLength} characters`,
      );
    }
    if (typeof schema.pattern === "string" && !regex(schema.pattern).test(value)) {
      fail("pattern", { pattern: schema.pattern }, `must match pattern "${schema.pattern}"`);
    }
    if (typeof schema.format === "string" && FORMATS[schema.format]?.test(value) === false) {
      fail("format", { format: schema.format }, `must match format "${schema.format}"`);
    }
  }

  if (Array.isArray(value)) {
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
      fail("maxItems", { limit: schema.maxItems }, `must NOT have more than ${schema.maxItems} items`);
    }
    if (typeof schema.minItems === "number" && value.length < schema.minItems) {
      fail("minItems", { limit: schema.minItems }, `must NOT have fewer than ${schema.minItems} items`);
    }
    if (schema.uniqueItems === true) {
      duplicates: for (let i = value.length - 1; i > 0; i--) {
        for (let j = i - 1; j >= 0; j--) {
          if (equal(value[i], value[j])) {
            fail(
              "uniqueItems",
              { i, j },
              `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
            );
            break duplicates;
          }
        }
      }
    }
    if (typeof schema.items === "object" && schema.items !== null) {
      value.forEach((item, index) => {
        errors.push(...validateSchema(schema.items as JsonSchema, item, path + pointer(index)));
      });
    }
  }

  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    if (typeof schema.maxProperties === "number" && keys.length > schema.maxProperties) {
      fail(
        "maxProperties",
        { limit: schema.maxProperties },
        `must NOT have more than ${schema.maxProperties} properties`,
      );
    }
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!Object.hasOwn(object, name)) {
        fail("required", { missingProperty: name }, `must have required property '${name}'`);
      }
    }
    if (typeof schema.propertyNames === "object" && schema.propertyNames !== null) {
      for (const key of keys) {
        if (validateSchema(schema.propertyNames as JsonSchema, key).length > 0) {
          fail("propertyNames", { propertyName: key }, "property name must be valid");
        }
      }
    }
    const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    const additional = schema.additionalProperties;
    for (const key of keys) {
      if (Object.hasOwn(properties, key)) continue;
      if (additional === false) {
        fail("additionalProperties", { additionalProperty: key }, "must NOT have additional properties");
      } else if (typeof additional === "object" && additional !== null) {
        errors.push(...validateSchema(additional as JsonSchema, object[key], path + pointer(key)));
      }
    }
    for (const [key, propertySchema] of Object.entries(properties)) {
      if (Object.hasOwn(object, key))
        errors.push(...validateSchema(propertySchema, object[key], path + pointer(key)));
    }
  }
  return errors;
}
