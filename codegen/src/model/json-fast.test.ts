import { describe, expect, it } from "vitest";
import type { ParsedFile } from "./definitions.js";
import { loadJsonAstFast } from "./json-fast.js";
import { isAbsoluteShapeId, loadJsonAstFully, SUPPORTED_VERSIONS } from "./json-loader.js";
import { exactNumberText } from "./number-text.js";
import { DeferredLocation } from "./source-location.js";

const fast = (text: string) => loadJsonAstFast(text, "m.json", SUPPORTED_VERSIONS, isAbsoluteShapeId);

/** The definitions with every location read (a deferred one worked out) as a plain object. */
function plain(value: unknown, seen = new Map<unknown, unknown>()): unknown {
  if (value instanceof DeferredLocation) return { file: value.file, line: value.line, column: value.column };
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(plain(item, seen));
    return out;
  }
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, plain(v, seen)]));
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = plain(v, seen);
  // a location worked out when read may be a getter (traits, references)
  if ("location" in value && !Object.hasOwn(value, "location")) out.location = plain(value.location, seen);
  return out;
}

const MODEL = `{
  "smithy": "2.0",
  "metadata": { "k": [1, {"a": "b"}], "other": "x" },
  "shapes": {
    "ex#S": {
      "type": "structure",
      "members": {
        "a": { "target": "smithy.api#String", "traits": { "smithy.api#required": {} } },
        "b": {"target": "ex#L"}
      },
      "traits": { "smithy.api#documentation": "Quoted \\"keys\\": and \\\\\\": and {\\"x\\": 1}" }
    },
    "ex#L": { "type": "list", "member": { "target": "smithy.api#String" } },
    "ex#M": { "type": "map", "key": { "target": "smithy.api#String" }, "value": { "target": "smithy.api#String" } },
    "ex#O": { "type": "operation", "input": { "target": "ex#S" }, "output": {"target": "smithy.api#Unit"}, "errors": [{ "target": "ex#E" }] },
    "ex#E": { "type": "structure", "members": {}, "traits": { "smithy.api#error": "client", "ex#n": [1.5, -3, 0] } },
    "ex#Svc": {
      "type": "service", "version": "1", "operations": [{ "target": "ex#O" }], "rename": { "ex#S": "T" },
      "resources": [{"target": "ex#R"}]
    },
    "ex#R": {
      "type": "resource", "identifiers": { "id": { "target": "smithy.api#String" } },
      "read": { "target": "ex#O" }, "collectionOperations": [{ "target": "ex#O" }]
    },
    "ex#En": { "type": "enum", "members": { "A": { "target": "smithy.api#Unit", "traits": { "smithy.api#enumValue": "a" } } } },
    "ex#S$a": { "type": "apply", "traits": { "smithy.api#sensitive": {} } },
    "ex#I": { "type": "integer", "mixins": [{ "target": "ex#Mx" }] }
  }
}`;

describe("the JSON AST fast reader", () => {
  it.each<[string, string]>([
    ["a model with every shape kind, metadata and escaped quotes before colons", MODEL],
    ["keys with whitespace before the colon", MODEL.replace(/": /g, '" : ').replace(/":\{/g, '"\n:{')],
    ["no metadata", MODEL.replace(/"metadata": \{[^\n]*\n/, "")],
    [
      "numbers a double may not hold",
      MODEL.replace("[1.5, -3, 0]", "[12345678901234567890, 1e400, -2.5E-3]"),
    ],
    [
      "number-like text in strings",
      MODEL.replace('"client"', '"client:12345678901234567890, [1e5 \\": 1e7"'),
    ],
  ])("makes the full reader's definitions, at the same positions: %s", (_name, text) => {
    const result = fast(text);
    expect(result).toBeDefined();
    const full = loadJsonAstFully(text, "m.json");
    expect(plain(result)).toEqual(plain(full));
    expect((result as ParsedFile).shapes.length).toBeGreaterThan(5);
  });

  it.each<[string, string]>([
    ["a duplicate key", MODEL.replace('"type": "list",', '"type": "list", "type": "list",')],
    [
      "a duplicate key written with whitespace before its colon",
      MODEL.replace('"type": "list",', '"type"\n\t : "list", "type": "list",'),
    ],
    ["a duplicate key at the top", MODEL.replace('"smithy": "2.0",', '"smithy": "2.0", "smithy": "2.0",')],
    ["a duplicate key in a metadata value", MODEL.replace('{"a": "b"}', '{"a": "b", "a": "b"}')],
    [
      "a duplicate trait",
      MODEL.replace(
        '"smithy.api#error": "client",',
        '"smithy.api#error": "client", "smithy.api#error": "client",',
      ),
    ],
    [
      "a duplicate key in a trait value",
      MODEL.replace('"smithy.api#required": {}', '"smithy.api#required": {"x": 1, "x": 1}'),
    ],
    [
      "a duplicate target",
      MODEL.replace('"input": { "target": "ex#S" }', '"input": { "target": "ex#S", "target": "ex#S" }'),
    ],
    [
      "a duplicate identifier",
      MODEL.replace(
        '"identifiers": { "id"',
        '"identifiers": { "id": { "target": "smithy.api#String" }, "id"',
      ),
    ],
    [
      "a duplicate key in an identifier",
      MODEL.replace(
        '"identifiers": { "id": { "target": "smithy.api#String" }',
        '"identifiers": { "id": { "target": "smithy.api#String", "target": "smithy.api#String" }',
      ),
    ],
    [
      "a duplicate rename",
      MODEL.replace('"rename": { "ex#S": "T" }', '"rename": { "ex#S": "T", "ex#S": "T" }'),
    ],
    [
      "a duplicate key in a list of targets",
      MODEL.replace('"errors": [{ "target": "ex#E" }]', '"errors": [{ "target": "ex#E", "target": "ex#E" }]'),
    ],
    [
      "a duplicate key in a member",
      MODEL.replace(
        '"member": { "target": "smithy.api#String" }',
        '"member": { "target": "smithy.api#String", "target": "smithy.api#String" }',
      ),
    ],
    ["a duplicate key beside an escaped quote", MODEL.replace('"b": {"target"', '"a": {"target"')],
    ["malformed JSON", MODEL.replace('"ex#L": {', '"ex#L" {')],
    ["an extra key", MODEL.replace('"type": "list",', '"type": "list", "x": 1,')],
    ["a relative target", MODEL.replace('"target": "ex#L"', '"target": "L"')],
    ["a member name that may be an array index", MODEL.replace('"b": {"target"', '"1": {"target"')],
    ["no smithy version", MODEL.replace('"smithy": "2.0",', "")],
    ["an unsupported version", MODEL.replace('"smithy": "2.0"', '"smithy": "3.0"')],
    ["a metadata value that is no object", MODEL.replace(/"metadata": \{[^\n]*\n/, '"metadata": 1,\n')],
  ])("leaves the file to the full reader: %s", (_name, text) => {
    expect(fast(text)).toBeUndefined();
  });

  it("records the text of the numbers a double may not hold, in the order written, and none in strings", () => {
    const text = MODEL.replace(
      "[1.5, -3, 0]",
      '[31415926535897932384, 2.00000000000000000001E2, 1.5e3, "x: 27182818284590452353", 0.12345678901234567]',
    );
    expect(fast(text)).toBeDefined();
    expect(exactNumberText(Number("31415926535897932384"))).toBe("31415926535897932384");
    expect(exactNumberText(Number("2.00000000000000000001E2"))).toBe("2.00000000000000000001E2");
    expect(exactNumberText(Number("0.12345678901234567"))).toBe("0.12345678901234567");
    // after whitespace and a line break, negative, with an exponent of seven digits
    const spaced = MODEL.replace("[1.5, -3, 0]", "[1.5,\n  -98765432109876543.25e-7, 2e-1234567, 0]");
    expect(fast(spaced)).toBeDefined();
    expect(exactNumberText(Number("-98765432109876543.25e-7"))).toBe("-98765432109876543.25e-7");
    // held exactly, or only in a string: no text
    expect(exactNumberText(1.5e3)).toBeUndefined();
    expect(exactNumberText(Number("27182818284590452353"))).toBeUndefined();
  });

  it("works positions out only when read, as the full reader has them", () => {
    const result = fast(MODEL) as ParsedFile;
    const location = result.shapes.find((s) => s.id === "ex#O")?.input?.location;
    expect(location).toBeInstanceOf(DeferredLocation);
    expect({ ...(location as DeferredLocation).visible() }).toEqual({ file: "m.json", line: 15, column: 57 });
    expect(result.metadata[1]?.location.line).toBe(3);
  });
});
