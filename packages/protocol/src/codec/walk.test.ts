import { describe, expect, it } from "vitest";
import { toySchema } from "../../test/fixtures/toy-schema.js";
import { type SchemaVisitor, walkStructure } from "./walk.js";

/** Marks every scalar with its kind, so a test sees which scalars the walk visited and how it typed them. */
const tagging: SchemaVisitor = { scalar: (value, kind) => `${kind}:${String(value)}` };

describe("walkStructure", () => {
  it("visits each modelled member in model order with its scalar kind, through lists, maps and unions", () => {
    const out = walkStructure(
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

  it.each<[string, Partial<SchemaVisitor>, Record<string, unknown>]>([
    ["leaves null members out", {}, { Filters: [null] }],
    ["keeps null members", { keepNullMembers: true }, { Name: null, Filters: [null] }],
    ["drops null items of lists that are not sparse", { dropNullItems: true }, { Filters: [] }],
    ["fills defaults", { fillDefaults: true }, { Enabled: "boolean:false", Filters: [null] }],
  ])("%s", (_, options, expected) => {
    const value = { Name: null, Filters: [null] };
    expect(walkStructure(toySchema, "PutThingInput", value, { ...tagging, ...options })).toEqual(expected);
  });

  it("writes an empty union's $unknown entry only when asked", () => {
    const value = { Choice: { $unknown: ["Later", 1] } };
    expect(walkStructure(toySchema, "PutThingOutput", value, tagging)).toEqual({ Choice: {} });
    expect(walkStructure(toySchema, "PutThingOutput", value, { ...tagging, unknownUnion: true })).toEqual({
      Choice: { Later: 1 },
    });
  });

  it("keeps a mismatched value as it is, or answers what mismatch answers", () => {
    const value = { Filters: "no", Tags: [1], Choice: 3 };
    expect(walkStructure(toySchema, "PutThingOutput", value, tagging)).toEqual(value);
    const seen: string[] = [];
    const conversion: SchemaVisitor = {
      ...tagging,
      mismatch: (_, shape, expected) => seen.push(`${shape} ${expected}`),
    };
    walkStructure(toySchema, "PutThingOutput", value, conversion);
    expect(seen).toEqual(["Choice an object", "FilterList a list", "TagMap a map"]);
  });

  it("reports unknown members when asked", () => {
    const conversion: SchemaVisitor = {
      ...tagging,
      unknownMember: (shape, key) => {
        throw new Error(`${shape} has no member ${key}`);
      },
    };
    expect(() => walkStructure(toySchema, "PutThingOutput", { Filters: [{ Other: 1 }] }, conversion)).toThrow(
      "Filter has no member Other",
    );
  });

  it("keeps a __proto__ map key as an own entry", () => {
    const out = walkStructure(
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
    expect(() => walkStructure(toySchema, "TagMap", {}, tagging)).toThrow("TagMap is not a structure");
  });
});

describe("walkStructure, checking only", () => {
  /** Records every hook call with its path; stops after `limit` records. */
  function recorder(limit = Number.POSITIVE_INFINITY) {
    const seen: string[] = [];
    const visitor: SchemaVisitor & { stopped: boolean } = {
      checkOnly: true,
      paths: true,
      stopped: false,
      scalar: (_value, kind, _member, path) => {
        seen.push(`${path} ${kind}`);
        visitor.stopped = seen.length >= limit;
      },
      absent: (member, path) => seen.push(`${path} absent${member.required ? " required" : ""}`),
      collection: (_, size, __, path) => seen.push(`${path} size ${size}`),
      nullItem: (sparse, path) => seen.push(`${path} null${sparse ? " sparse" : ""}`),
      enumValue: (_, shape, value, path) => seen.push(`${path} ${shape.type} ${String(value)}`),
      mismatch: (_, shape, expected, path) => seen.push(`${path} ${shape} not ${expected}`),
      union: (members, value, path) => {
        seen.push(`${path} union`);
        return members.find((m) => m.name in value);
      },
    };
    return { seen, visitor };
  }

  it("visits with field paths, map keys and the one union member, and builds nothing", () => {
    const { seen, visitor } = recorder();
    const value = {
      Catalog: "AWS",
      Filters: [{ Status: "RED" }, null],
      Tags: { env: "x" },
      Choice: { Text: "t", When: 1 },
      Ids: "no",
    };
    expect(walkStructure(toySchema, "PutThingInput", value, visitor)).toBeUndefined();
    expect(seen).toEqual([
      "Catalog string",
      "Name absent",
      "Count absent",
      "Ratio absent",
      "Enabled absent",
      "At absent",
      "Epoch absent",
      "Data absent",
      "Doc absent",
      "Color absent",
      "Filters size 2",
      "Filters[0].Status enum RED",
      "Filters[0].Value absent",
      "Filters[1] null",
      "Tags size 1",
      "Tags.env string",
      "Tags.env string",
      "Choice union",
      "Choice.Text string",
      "Ids IdList not a list",
      "Level absent",
    ]);
  });

  it("stops at the next member, item or entry once the visitor is stopped", () => {
    const { seen, visitor } = recorder(2);
    walkStructure(toySchema, "PutThingInput", { Catalog: "AWS", Ids: ["a", "b", "c"], Level: 1 }, visitor);
    expect(seen).toEqual([
      "Catalog string",
      "Name absent",
      "Count absent",
      "Ratio absent",
      "Enabled absent",
      "At absent",
      "Epoch absent",
      "Data absent",
      "Doc absent",
      "Color absent",
      "Filters absent",
      "Tags absent",
      "Choice absent",
      "Ids size 3",
      "Ids[0] string",
    ]);
  });

  it("cuts a long map key in a path", () => {
    const { seen, visitor } = recorder();
    walkStructure(toySchema, "PutThingOutput", { Tags: { ["k".repeat(70)]: "v" } }, visitor);
    expect(seen).toContain(`Tags.${"k".repeat(64)}… string`);
  });
});
