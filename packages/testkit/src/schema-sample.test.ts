import { describe, expect, it } from "vitest";
import { SAMPLE_TIME, type SampleOptions, sampleOf } from "./schema-sample.js";

const REQUIRED: SampleOptions = { members: "required", timestamps: "wire" };
const ALL: SampleOptions = { members: "all", timestamps: "typed" };

describe("sampleOf", () => {
  it.each([
    ["a const", { type: "string", const: "x" }, "x"],
    ["the first enum value", { type: "string", enum: ["B", "A"] }, "B"],
    ["a string within its lengths", { type: "string", minLength: 8, maxLength: 9 }, "sampless"],
    ["a wire timestamp", { type: "string", format: "date-time" }, SAMPLE_TIME],
    ["an integer at its minimum", { type: "integer", minimum: 5, maximum: 10 }, 5],
    ["a number under its maximum", { type: "number", maximum: 0.5 }, 0.5],
    ["true", { type: "boolean" }, true],
    ["one item, or minItems", { type: "array", minItems: 2, items: { type: "boolean" } }, [true, true]],
    [
      "the required members only",
      { type: "object", properties: { a: { type: "boolean" }, b: { type: "boolean" } }, required: ["b"] },
      { b: true },
    ],
    [
      "the first union member",
      {
        type: "object",
        oneOf: [{ type: "object", properties: { A: { type: "integer" } }, required: ["A"] }],
      },
      { A: 1 },
    ],
  ])("gives %s", (_what, schema, expected) => {
    expect(sampleOf(schema, REQUIRED)).toEqual(expected);
  });

  it("reads a $ref with the keywords beside it", () => {
    expect(sampleOf({ $ref: "#/components/schemas/Programs", maxItems: 0 }, REQUIRED)).toEqual([]);
    expect(sampleOf({ $ref: "#/components/schemas/Tag" }, REQUIRED)).toEqual({ Key: "a", Value: "a" });
  });

  it("gives every member, map entries and Date timestamps with members: all", () => {
    const value = sampleOf(
      {
        type: "object",
        properties: {
          At: { type: "string", format: "date-time" },
          Doc: {},
          Labels: { $ref: "#/components/schemas/Attributes" },
        },
      },
      ALL,
    ) as Record<string, unknown>;
    expect(value.At).toEqual(new Date(SAMPLE_TIME));
    expect(value.Doc).toMatchObject({ Text: "value" });
    expect(value.Labels).toEqual({ key: "sample" });
  });

  it.each([
    ["an unknown type", { type: "null" }, 'value: unsupported schema type "null"'],
    ["an empty enum", { enum: [] }, "value: an enum without values"],
    ["a missing $ref", { $ref: "#/components/schemas/Nope" }, 'the OpenAPI document has no schema "Nope"'],
  ])("refuses %s", (_what, schema, message) => {
    expect(() => sampleOf(schema, REQUIRED)).toThrow(message);
  });
});
