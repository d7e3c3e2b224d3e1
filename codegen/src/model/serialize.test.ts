import { describe, expect, it } from "vitest";
import { formatNumber, printJsonAst, printNode, quote, toJsonAst } from "./serialize.js";
import { assembleSources } from "./sources.js";

function serialize(text: string): string {
  return printJsonAst(toJsonAst(assembleSources([{ path: "t.smithy", text }]).model));
}

describe("number and string printing", () => {
  it.each<[string, number, string]>([
    ["integer", 42, "42"],
    ["negative zero", -0, "0"],
    ["integer-valued double prints as integer", 1e2, "100"],
    ["plain fraction", 1.5, "1.5"],
    ["small plain fraction", 0.001, "0.001"],
    ["below 1e-3 uses E notation", 1e-10, "1.0E-10"],
    ["large fraction uses E notation", 12345678.9, "1.23456789E7"],
    ["huge integer", 1e21, "1000000000000000000000"],
  ])("%s", (_name, value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ["quotes and backslashes", 'a"b\\c', '"a\\"b\\\\c"'],
    ["short control escapes", "\n\r\t", '"\\n\\r\\t"'],
    ["other control characters as lowercase \\u00xx", "\b\f\u001f", '"\\u0008\\u000c\\u001f"'],
    ["line and paragraph separators", "\u2028\u2029", '"\\u2028\\u2029"'],
    ["slash and non-ASCII stay raw", "/é😀", '"/é😀"'],
  ])("quotes %s", (_name, value, expected) => {
    expect(quote(value)).toBe(expected);
  });

  it("pretty-prints with 4 spaces and inline empty containers", () => {
    expect(printNode({ a: [], b: {}, c: [1, { d: null }] })).toBe(
      '{\n    "a": [],\n    "b": {},\n    "c": [\n        1,\n        {\n            "d": null\n        }\n    ]\n}',
    );
  });
});

describe("toJsonAst", () => {
  it("omits prelude and bundled shapes, writes smithy 2.0 and a final newline", () => {
    const text = serialize('$version: "2"\nnamespace ex\n@aws.protocols#awsJson1_0\nservice S {}');
    expect(text).toBe(
      '{\n    "smithy": "2.0",\n    "shapes": {\n        "ex#S": {\n            "type": "service",\n            "traits": {\n                "aws.protocols#awsJson1_0": {}\n            }\n        }\n    }\n}\n',
    );
  });

  it("sorts shapes by code unit, traits by ID, reference lists case-insensitively", () => {
    const ast = JSON.parse(
      serialize(
        '$version: "2"\nnamespace ex\n@tags(["z"])\n@documentation("d")\nservice S { operations: [b, A, a, B] }\noperation a {}\noperation A {}\noperation b {}\noperation B {}',
      ),
    );
    expect(Object.keys(ast.shapes)).toEqual(["ex#A", "ex#B", "ex#S", "ex#a", "ex#b"]);
    expect(ast.shapes["ex#S"].operations.map((r: { target: string }) => r.target)).toEqual([
      "ex#A",
      "ex#a",
      "ex#B",
      "ex#b",
    ]);
    expect(Object.keys(ast.shapes["ex#S"].traits)).toEqual(["smithy.api#documentation", "smithy.api#tags"]);
  });

  it("sorts metadata keys recursively but keeps array order and trait value key order", () => {
    const ast = JSON.parse(
      serialize(
        '$version: "2"\nmetadata z = [{b: 1, a: 2}]\nmetadata a = {y: 1, x: 2}\nnamespace ex\n@tags(["b", "a"])\n@externalDocumentation(z: "1", a: "2")\nstring S',
      ),
    );
    expect(JSON.stringify(ast.metadata)).toBe('{"a":{"x":2,"y":1},"z":[{"a":2,"b":1}]}');
    expect(Object.keys(ast.shapes["ex#S"].traits["smithy.api#externalDocumentation"])).toEqual(["z", "a"]);
    expect(ast.shapes["ex#S"].traits["smithy.api#tags"]).toEqual(["b", "a"]);
  });

  it("writes shape keys in Smithy's order", () => {
    const ast = JSON.parse(
      serialize(
        '$version: "2"\nnamespace ex\n@mixin\nresource M {}\n@documentation("r")\nresource R with [M] { list: L, read: G, put: P, identifiers: {id: String} }\n@readonly operation L {}\n@readonly operation G { input := for R { @required $id } }\n@idempotent operation P { input := for R { @required $id } }',
      ),
    );
    expect(Object.keys(ast.shapes["ex#R"])).toEqual([
      "type",
      "mixins",
      "identifiers",
      "put",
      "read",
      "list",
      "traits",
    ]);
    expect(Object.keys(ast.shapes["ex#G"])).toEqual(["type", "input", "output", "traits"]);
  });
});
