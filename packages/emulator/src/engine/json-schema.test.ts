import { describe, expect, it } from "vitest";
import { checkSupported, type JsonSchema, validateSchema } from "./json-schema.js";

const errorsOf = (schema: JsonSchema, value: unknown) =>
  validateSchema(schema, value).map((e) => [e.instancePath, e.keyword, e.message]);

describe("validateSchema", () => {
  it.each<[string, JsonSchema, unknown, string[][]]>([
    ["type", { type: "string" }, 1, [["", "type", "must be string"]]],
    ["integer", { type: "integer" }, 1.5, [["", "type", "must be integer"]]],
    [
      "a typed keyword skips other types",
      { type: "string", maxLength: 1 },
      12,
      [["", "type", "must be string"]],
    ],
    ["enum", { enum: ["A", "B"] }, "C", [["", "enum", "must be equal to one of the allowed values"]]],
    ["const", { const: 1 }, 2, [["", "const", "must be equal to constant"]]],
    ["not", { not: { pattern: "^aws:" } }, "aws:x", [["", "not", "must NOT be valid"]]],
    ["minimum", { minimum: 0 }, -1, [["", "minimum", "must be >= 0"]]],
    ["maximum", { maximum: 10 }, 11, [["", "maximum", "must be <= 10"]]],
    ["exclusiveMinimum", { exclusiveMinimum: 0 }, 0, [["", "exclusiveMinimum", "must be > 0"]]],
    ["exclusiveMaximum", { exclusiveMaximum: 5 }, 5, [["", "exclusiveMaximum", "must be < 5"]]],
    ["maxLength in code points", { maxLength: 2 }, "😀😀", []],
    ["maxLength", { maxLength: 2 }, "abc", [["", "maxLength", "must NOT have more than 2 characters"]]],
    ["minLength", { minLength: 1 }, "", [["", "minLength", "must NOT have fewer than 1 characters"]]],
    ["pattern", { pattern: "^[0-9]{12}$" }, "12", [["", "pattern", 'must match pattern "^[0-9]{12}$"']]],
    ["format date", { format: "date" }, "tomorrow", [["", "format", 'must match format "date"']]],
    ["format date-time", { format: "date-time" }, "2026-03-01T09:30:00Z", []],
    [
      "format date-time without zone",
      { format: "date-time" },
      "2026-03-01T09:30:00",
      [["", "format", 'must match format "date-time"']],
    ],
    ["format uri", { format: "uri" }, "https://example.com/x", []],
    ["format email", { format: "email" }, "not an email", [["", "format", 'must match format "email"']]],
    ["maxItems", { maxItems: 1 }, [1, 2], [["", "maxItems", "must NOT have more than 1 items"]]],
    ["minItems", { minItems: 1 }, [], [["", "minItems", "must NOT have fewer than 1 items"]]],
    [
      "uniqueItems",
      { uniqueItems: true },
      [{ a: 1 }, { a: 1 }],
      [["", "uniqueItems", "must NOT have duplicate items (items ## 0 and 1 are identical)"]],
    ],
    ["items", { items: { type: "number" } }, [1, "x"], [["/1", "type", "must be number"]]],
    [
      "maxProperties",
      { maxProperties: 1 },
      { a: 1, b: 2 },
      [["", "maxProperties", "must NOT have more than 1 properties"]],
    ],
    [
      "required, own members only",
      { required: ["constructor"] },
      {},
      [["", "required", "must have required property 'constructor'"]],
    ],
    [
      "propertyNames",
      { propertyNames: { maxLength: 1 } },
      { ab: 1 },
      [["", "propertyNames", "property name must be valid"]],
    ],
    [
      "additionalProperties false, even for a prototype name",
      { properties: { a: {} }, additionalProperties: false },
      { a: 1, toString: 2 },
      [["", "additionalProperties", "must NOT have additional properties"]],
    ],
    [
      "additionalProperties schema",
      { additionalProperties: { type: "string" } },
      { "a/b": 1 },
      [["/a~1b", "type", "must be string"]],
    ],
    [
      "all errors, nested",
      {
        type: "object",
        required: ["x"],
        properties: { y: { type: "object", properties: { z: { enum: [1] } } } },
      },
      { y: { z: 2 } },
      [
        ["", "required", "must have required property 'x'"],
        ["/y/z", "enum", "must be equal to one of the allowed values"],
      ],
    ],
  ])("%s", (_name, schema, value, expected) => {
    expect(errorsOf(schema, value)).toEqual(expected);
  });
});

describe("validateSchema params", () => {
  it.each<[JsonSchema, unknown, Record<string, unknown>]>([
    [{ type: "string" }, 1, { type: "string" }],
    [{ const: 1 }, 2, { allowedValue: 1 }],
    [{ enum: ["A", "B"] }, "C", { allowedValues: ["A", "B"] }],
    [{ not: { type: "string" } }, "x", {}],
    [{ exclusiveMinimum: 0 }, 0, { comparison: ">", limit: 0 }],
    [{ maxLength: 2 }, "abc", { limit: 2 }],
    [{ pattern: "^a$" }, "b", { pattern: "^a$" }],
    [{ format: "date" }, "x", { format: "date" }],
    [{ minItems: 2 }, [1], { limit: 2 }],
    [{ uniqueItems: true }, [1, 2, 1], { i: 2, j: 0 }],
    [{ maxProperties: 1 }, { a: 1, b: 2 }, { limit: 1 }],
    [{ required: ["a"] }, {}, { missingProperty: "a" }],
  ])("%j against %j: %j", (schema, value, params) => {
    expect(validateSchema(schema, value).map((e) => e.params)).toEqual([params]);
  });
});

describe("validateSchema on shared schemas", () => {
  it("checks a frozen schema, and again with the same answer", () => {
    const schema = Object.freeze({
      type: "object",
      required: ["a"],
      properties: Object.freeze({ a: Object.freeze({ type: "string" }) }),
      additionalProperties: false,
    });
    const first = errorsOf(schema, { b: 1 });
    expect(first).toEqual([
      ["", "required", "must have required property 'a'"],
      ["", "additionalProperties", "must NOT have additional properties"],
    ]);
    expect(errorsOf(schema, { b: 1 })).toEqual(first);
    expect(errorsOf(schema, { a: "x" })).toEqual([]);
  });
});

describe("checkSupported", () => {
  it.each<[JsonSchema, string]>([
    [{ oneOf: [] }, 'JSON Schema keyword "oneOf" at # is not supported'],
    [{ properties: { a: { $ref: "#/x" } } }, 'JSON Schema keyword "$ref" at #/properties/a is not supported'],
    [{ items: { format: "ipv4" } }, 'JSON Schema format "ipv4" at #/items is not supported'],
    [{ properties: { a: false } }, "JSON Schema boolean subschema at #/properties/a is not supported"],
  ])("refuses %j", (schema, message) => {
    expect(() => checkSupported(schema)).toThrow(message);
  });

  it("accepts the keywords it implements", () => {
    expect(() =>
      checkSupported({ type: "object", properties: { a: { type: "string", format: "date" } } }),
    ).not.toThrow();
  });
});
