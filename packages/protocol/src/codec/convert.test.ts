import { describe, expect, it } from "vitest";
import { toySchema } from "../../test/fixtures/toy-schema.js";
import { type Conversion, convertStructure } from "./convert.js";

/** Marks every scalar with its kind, so a test sees which scalars the walk visited and how it typed them. */
const tagging: Conversion = { scalar: (value, kind) => `${kind}:${String(value)}` };

describe("convertStructure", () => {
  it("visits each modelled member in model order with its scalar kind, through lists, maps and unions", () => {
    const out = convertStructure(
      toySchema,
      "PutThingInput",
      {
        Tags: { a: "x" },
        Catalog: "AWS",
        Filters: [{ Status: "RED", Value: "v" }],
        Choice: { When: 5 },
        Doc: { any: [1] },
        Level: 2,
        Unknown: 1,
      },
      tagging,
    );
    expect(out).toEqual({
      Catalog: "string:AWS",
      Doc: "document:[object Object]",
      Filters: [{ Status: "RED", Value: "string:v" }],
      Tags: { a: "string:x" },
      Choice: { When: "timestamp:5" },
      Level: 2,
    });
    expect(Object.keys(out)).toEqual(["Catalog", "Doc", "Filters", "Tags", "Choice", "Level"]);
  });

  it.each<[string, Partial<Conversion>, Record<string, unknown>]>([
    ["leaves null members out", {}, { Filters: [null] }],
    ["keeps null members", { keepNullMembers: true }, { Name: null, Filters: [null] }],
    ["drops null items of lists that are not sparse", { dropNullItems: true }, { Filters: [] }],
    ["fills defaults", { fillDefaults: true }, { Enabled: "boolean:false", Filters: [null] }],
  ])("%s", (_, options, expected) => {
    const value = { Name: null, Filters: [null] };
    expect(convertStructure(toySchema, "PutThingInput", value, { ...tagging, ...options })).toEqual(expected);
  });

  it("writes an empty union's $unknown entry only when asked", () => {
    const value = { Choice: { $unknown: ["Later", 1] } };
    expect(convertStructure(toySchema, "PutThingOutput", value, tagging)).toEqual({ Choice: {} });
    expect(convertStructure(toySchema, "PutThingOutput", value, { ...tagging, unknownUnion: true })).toEqual({
      Choice: { Later: 1 },
    });
  });

  it("keeps a mismatched value as it is, or answers what mismatch answers", () => {
    const value = { Filters: "no", Tags: [1], Choice: 3 };
    expect(convertStructure(toySchema, "PutThingOutput", value, tagging)).toEqual(value);
    const seen: string[] = [];
    const conversion: Conversion = {
      ...tagging,
      mismatch: (_, shape, expected) => seen.push(`${shape} ${expected}`),
    };
    convertStructure(toySchema, "PutThingOutput", value, conversion);
    expect(seen).toEqual(["Choice an object", "FilterList a list", "TagMap a map"]);
  });

  it("reports unknown members when asked", () => {
    const conversion: Conversion = {
      ...tagging,
      unknownMember: (shape, key) => {
        throw new Error(`${shape} has no member ${key}`);
      },
    };
    expect(() =>
      convertStructure(toySchema, "PutThingOutput", { Filters: [{ Other: 1 }] }, conversion),
    ).toThrow("Filter has no member Other");
  });

  it("keeps a __proto__ map key as an own entry", () => {
    const out = convertStructure(
      toySchema,
      "PutThingOutput",
      { Tags: JSON.parse('{"__proto__":"x"}') },
      tagging,
    );
    const tags = out.Tags as Record<string, unknown>;
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(tags, "__proto__")?.value).toBe("string:x");
  });

  it("rejects a shape that is not a structure", () => {
    expect(() => convertStructure(toySchema, "TagMap", {}, tagging)).toThrow("TagMap is not a structure");
  });
});
