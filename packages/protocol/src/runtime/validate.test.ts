import { describe, expect, it } from "vitest";
import { toySchema } from "../../test/fixtures/toy-schema.js";
import { type Violation, validate, validateInput } from "./validate.js";

const valid = { Catalog: "AWS" };

function check(input: unknown): Pick<Violation, "path" | "kind">[] {
  return validateInput(toySchema, "PutThingInput", input).map(({ path, kind }) => ({ path, kind }));
}

describe("validateInput", () => {
  it.each<[string, Record<string, unknown>]>([
    ["the minimal input", valid],
    [
      "every member set",
      {
        ...valid,
        Name: "abcde",
        Count: 10,
        Ratio: "NaN",
        Enabled: true,
        At: "2026-01-02T03:04:05.123+01:00",
        Epoch: 1700000000.5,
        Data: "aGVsbG8=",
        Doc: { any: ["json", 1, null] },
        Color: "GREEN",
        Filters: [{ Status: "RED", Value: "x" }],
        Tags: { a: "1", bcd: "2" },
        Choice: { When: "2026-01-01T00:00:00Z" },
        Ids: ["a", "b"],
        Level: 2,
      },
    ],
    ["unknown members, ignored", { ...valid, Surprise: 1, Filters: [{ Status: "RED", Extra: true }] }],
    ["null members, treated as absent", { ...valid, Name: null, Filters: null }],
    [
      "a union with __type and nulls beside its member",
      { ...valid, Choice: { __type: "x", Text: "t", When: null } },
    ],
    ["a name of 5 code points made of astral characters", { ...valid, Name: "😀😀😀😀😀" }],
  ])("accepts %s", (_name, input) => {
    expect(check(input)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, Pick<Violation, "path" | "kind">[]]>([
    ["a missing required member", {}, [{ path: "Catalog", kind: "required" }]],
    ["a pattern mismatch", { Catalog: "A B" }, [{ path: "Catalog", kind: "pattern" }]],
    ["a string too long", { ...valid, Name: "abcdef" }, [{ path: "Name", kind: "length" }]],
    ["a string too short", { ...valid, Name: "" }, [{ path: "Name", kind: "length" }]],
    ["an integer out of range", { ...valid, Count: 11 }, [{ path: "Count", kind: "range" }]],
    ["a fractional integer", { ...valid, Count: 1.5 }, [{ path: "Count", kind: "type" }]],
    ["a string for an integer", { ...valid, Count: "1" }, [{ path: "Count", kind: "type" }]],
    ["a number for a string", { ...valid, Name: 5 }, [{ path: "Name", kind: "type" }]],
    ["a string for a boolean", { ...valid, Enabled: "true" }, [{ path: "Enabled", kind: "type" }]],
    ["a bad date-time", { ...valid, At: "2026-01-02" }, [{ path: "At", kind: "type" }]],
    ["a string for epoch seconds", { ...valid, Epoch: "1700000000" }, [{ path: "Epoch", kind: "type" }]],
    ["a non-base64 blob", { ...valid, Data: "not base64!" }, [{ path: "Data", kind: "type" }]],
    ["an unknown enum value", { ...valid, Color: "BLUE" }, [{ path: "Color", kind: "enum" }]],
    ["an unknown intEnum value", { ...valid, Level: 3 }, [{ path: "Level", kind: "enum" }]],
    ["an empty list below its minimum", { ...valid, Filters: [] }, [{ path: "Filters", kind: "tooFew" }]],
    [
      "a list above its maximum",
      { ...valid, Filters: [{ Status: "RED" }, { Status: "RED" }, { Status: "RED" }] },
      [{ path: "Filters", kind: "tooMany" }],
    ],
    [
      "nested members with list indexes",
      { ...valid, Filters: [{ Status: "RED" }, { Status: "PINK", Value: 1 }] },
      [
        { path: "Filters[1].Status", kind: "enum" },
        { path: "Filters[1].Value", kind: "type" },
      ],
    ],
    [
      "a missing nested required member",
      { ...valid, Filters: [{}] },
      [{ path: "Filters[0].Status", kind: "required" }],
    ],
    ["a null in a dense list", { ...valid, Ids: ["a", null] }, [{ path: "Ids[1]", kind: "null" }]],
    ["duplicate items in a unique list", { ...valid, Ids: ["a", "a"] }, [{ path: "Ids", kind: "unique" }]],
    ["a list given as an object", { ...valid, Filters: {} }, [{ path: "Filters", kind: "type" }]],
    [
      "a map with too many entries",
      { ...valid, Tags: { a: "1", b: "2", c: "3" } },
      [{ path: "Tags", kind: "tooMany" }],
    ],
    ["a map key too long", { ...valid, Tags: { abcd: "1" } }, [{ path: "Tags.abcd", kind: "length" }]],
    ["a map value of the wrong type", { ...valid, Tags: { a: 1 } }, [{ path: "Tags.a", kind: "type" }]],
    [
      "a union with two members",
      { ...valid, Choice: { Text: "a", When: "2026-01-01T00:00:00Z" } },
      [{ path: "Choice", kind: "union" }],
    ],
    ["an empty union", { ...valid, Choice: {} }, [{ path: "Choice", kind: "union" }]],
    [
      "a union with an unknown member",
      { ...valid, Choice: { Other: 1 } },
      [{ path: "Choice", kind: "union" }],
    ],
    [
      "a bad value inside a union",
      { ...valid, Choice: { When: 5 } },
      [{ path: "Choice.When", kind: "type" }],
    ],
    [
      "several violations at once",
      { Name: "toolong", Count: 0 },
      [
        { path: "Catalog", kind: "required" },
        { path: "Name", kind: "length" },
        { path: "Count", kind: "range" },
      ],
    ],
  ])("reports %s", (_name, input, expected) => {
    expect(check(input)).toEqual(expected);
  });

  it.each<[string, unknown, string]>([
    ["required", {}, "Value at 'Catalog' failed to satisfy constraint: Member must not be null"],
    [
      "length",
      { ...valid, Name: "abcdef" },
      "Value with length 6 at 'Name' failed to satisfy constraint: Member must have length between 1 and 5, inclusive",
    ],
    [
      "pattern",
      { Catalog: "?" },
      "Value at 'Catalog' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[A-Za-z0-9_-]+$",
    ],
    [
      "enum",
      { ...valid, Color: "BLUE" },
      "Value at 'Color' failed to satisfy constraint: Member must satisfy enum value set: [RED, GREEN]",
    ],
    [
      "intEnum",
      { ...valid, Level: 3 },
      "Value at 'Level' failed to satisfy constraint: Member must satisfy enum value set: [1, 2]",
    ],
    [
      "range",
      { ...valid, Count: 0 },
      "Value at 'Count' failed to satisfy constraint: Member must be between 1 and 10, inclusive",
    ],
    [
      "type",
      { ...valid, Count: "x" },
      "Value at 'Count' failed to satisfy constraint: Member must be an integer",
    ],
  ])("words a %s violation the way Smithy servers do", (_name, input, message) => {
    expect(validateInput(toySchema, "PutThingInput", input)[0]?.message).toBe(message);
  });

  it("never echoes the offending value", () => {
    const [violation] = validateInput(toySchema, "PutThingInput", { Catalog: "secret value!" });
    expect(violation?.message).not.toContain("secret");
  });

  it("rejects a body that is not an object", () => {
    expect(check([])).toEqual([{ path: "", kind: "type" }]);
  });
});

describe("validate: bounded reports", () => {
  // `Filters` allows 2 items, and `{}` lacks the required `Status`: n items are 1 + n violations.
  const filters = (n: number) => ({ Catalog: "AWS", Filters: Array.from({ length: n }, () => ({})) });

  it.each<[string, number, number, number, boolean]>([
    ["a few: all listed", 3, 4, 0, false],
    ["150: the first 100 listed, the others counted", 150, 100, 51, false],
    ["20,000: stops once 10,000 more are counted", 20_000, 100, 10_000, true],
  ])("%s", (_name, items, listed, omitted, stoppedEarly) => {
    const report = validate(toySchema, "PutThingInput", filters(items));
    expect(report.violations).toHaveLength(listed);
    expect(report.violations[0]).toMatchObject({ path: "Filters", kind: "tooMany" });
    expect(report.violations[1]).toMatchObject({ path: "Filters[0].Status", kind: "required" });
    expect(report.omitted).toBe(omitted);
    expect(report.stoppedEarly).toBe(stoppedEarly);
    expect(validateInput(toySchema, "PutThingInput", filters(items))).toEqual(report.violations);
  });

  it("cuts a long map key in paths", () => {
    const key = "k".repeat(1000);
    const [violation] = validateInput(toySchema, "PutThingInput", { Catalog: "AWS", Tags: { [key]: "v" } });
    expect(violation?.path).toBe(`Tags.${"k".repeat(64)}…`);
  });

  it("lists violations within a text budget, and always the first one", () => {
    const key = "\u0000".repeat(64);
    const tags = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`${key}${i}`, "v"]));
    const report = validate(toySchema, "PutThingInput", { Catalog: "AWS", Tags: tags });
    const listed = report.violations.length;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(100);
    expect(report.omitted).toBe(151 - listed);
  });
});
