import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "./diagnostic.js";
import { loadJsonAst } from "./json-loader.js";

function diagnostics(text: string): string[] {
  return loadJsonAst(text, "m.json")?.diagnostics.map(formatDiagnostic) ?? ["<not a model>"];
}

describe("JSON AST loader", () => {
  it("reads every shape kind into definitions", () => {
    const parsed = loadJsonAst(
      JSON.stringify({
        smithy: "2.0",
        metadata: { k: [1] },
        shapes: {
          "ex#S": {
            type: "structure",
            members: { a: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
          },
          "ex#L": { type: "list", member: { target: "smithy.api#String" } },
          "ex#M": {
            type: "map",
            key: { target: "smithy.api#String" },
            value: { target: "smithy.api#String" },
          },
          "ex#O": { type: "operation", input: { target: "ex#S" }, errors: [{ target: "ex#E" }] },
          "ex#Svc": {
            type: "service",
            version: "1",
            operations: [{ target: "ex#O" }],
            rename: { "a#B": "C" },
          },
          "ex#R": {
            type: "resource",
            identifiers: { id: { target: "smithy.api#String" } },
            read: { target: "ex#O" },
          },
          "ex#S$a": { type: "apply", traits: { "smithy.api#documentation": "x" } },
        },
      }),
      "m.json",
    );
    expect(parsed?.diagnostics).toEqual([]);
    expect(parsed?.shapes.map((s) => [s.id, s.type, s.members.map((m) => m.name)])).toEqual([
      ["ex#S", "structure", ["a"]],
      ["ex#L", "list", ["member"]],
      ["ex#M", "map", ["key", "value"]],
      ["ex#O", "operation", []],
      ["ex#Svc", "service", []],
      ["ex#R", "resource", []],
    ]);
    expect(parsed?.applies.map((a) => a.target.id)).toEqual(["ex#S$a"]);
    expect(parsed?.metadata.map((m) => [m.key, m.value])).toEqual([["k", [1]]]);
    const svc = parsed?.shapes.find((s) => s.id === "ex#Svc");
    expect(svc?.rename).toEqual([["a#B", "C"]]);
  });

  it("ignores JSON that is not a Smithy model", () => {
    expect(loadJsonAst('{"name": "pkg"}', "package.json")).toBeUndefined();
  });

  it.each<[string, string, string[]]>([
    [
      "malformed JSON",
      '{"smithy": "2.0",\n  "shapes": {',
      ["m.json:2:14: Invalid JSON: Expected a string key but found end of input"],
    ],
    ["unsupported version", '{"smithy": "3.0"}', ["m.json:1:12: Unsupported Smithy version number: 3.0"]],
    [
      "missing type",
      '{"smithy": "2.0", "shapes": {"ex#A": {}}}',
      ["m.json:1:38: Missing expected member `type`."],
    ],
    [
      "invalid type",
      '{"smithy": "2.0", "shapes": {"ex#A": {"type": "foo"}}}',
      ["m.json:1:47: Invalid shape `type`: foo"],
    ],
    [
      "missing member target",
      '{"smithy": "2.0", "shapes": {"ex#A": {"type": "list", "member": {}}}}',
      ["m.json:1:65: Missing expected member `target`."],
    ],
    [
      "traits not an object",
      '{"smithy": "2.0", "shapes": {"ex#A": {"type": "string", "traits": []}}}',
      ["m.json:1:67: Expected `traits` to be an object, but found an array"],
    ],
    [
      "relative shape ID",
      '{"smithy": "2.0", "shapes": {"A": {"type": "string"}}}',
      ["m.json:1:30: Invalid shape ID in JSON AST: `A`. Shape IDs must be absolute"],
    ],
    [
      "unknown keys are warnings",
      '{"smithy": "2.0", "shapes": {"ex#A": {"type": "string", "invalid": 1}}}',
      [
        "m.json:1:57: warning: Expected an object with possible properties of `mixins`, `traits`, `type`, but found additional properties: `invalid`",
      ],
    ],
  ])("reports %s", (_name, text, expected) => {
    expect(diagnostics(text)).toEqual(expected);
  });
});
