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

describe("toJsonAst writes the forms Smithy's serializer writes", () => {
  const json = (shapes: string) => `{"smithy": "2.0", "shapes": {${shapes}}}`;
  const printed = (sources: { path: string; text: string }[]) =>
    JSON.parse(printJsonAst(toJsonAst(assembleSources(sources).model))).shapes;

  it.each<[string, { path: string; text: string }[], Record<string, unknown>]>([
    [
      "a set is written as a list",
      [{ path: "s.json", text: json('"ex#S": {"type": "set", "member": {"target": "smithy.api#String"}}') }],
      { "ex#S": { type: "list", member: { target: "smithy.api#String" } } },
    ],
    [
      "an IDL 1.0 set too",
      [{ path: "s.smithy", text: '$version: "1.0"\nnamespace ex\nset S {\n    member: String\n}\n' }],
      { "ex#S": { type: "list", member: { target: "smithy.api#String" } } },
    ],
    [
      "a map value redefined over a mixin: the map omits it, an apply carries its traits",
      [
        {
          path: "m.smithy",
          text: '$version: "2"\nnamespace ex\n@mixin\nmap M {\n    key: String\n    value: String\n}\nmap N with [M] {\n    @length(min: 1)\n    value: String\n}\n',
        },
      ],
      {
        "ex#M": {
          type: "map",
          key: { target: "smithy.api#String" },
          value: { target: "smithy.api#String" },
          traits: { "smithy.api#mixin": {} },
        },
        "ex#N": { type: "map", mixins: [{ target: "ex#M" }] },
        "ex#N$value": { type: "apply", traits: { "smithy.api#length": { min: 1 } } },
      },
    ],
    [
      "a structure member redefined over a mixin: empty members, an apply",
      [
        {
          path: "s.smithy",
          text: '$version: "2"\nnamespace ex\n@mixin\nstructure M {\n    a: String\n}\nstructure S with [M] {\n    @required\n    a: String\n}\n',
        },
      ],
      {
        "ex#M": {
          type: "structure",
          members: { a: { target: "smithy.api#String" } },
          traits: { "smithy.api#mixin": {} },
        },
        "ex#S": { type: "structure", mixins: [{ target: "ex#M" }], members: {} },
        "ex#S$a": { type: "apply", traits: { "smithy.api#required": {} } },
      },
    ],
    [
      "an inherited member without new traits is not written at all",
      [
        {
          path: "l.smithy",
          text: '$version: "2"\nnamespace ex\n@mixin\nlist L {\n    member: String\n}\nlist K with [L] {}\n',
        },
      ],
      {
        "ex#L": { type: "list", member: { target: "smithy.api#String" }, traits: { "smithy.api#mixin": {} } },
        "ex#K": { type: "list", mixins: [{ target: "ex#L" }] },
      },
    ],
  ])("%s", (_name, sources, expected) => {
    expect(printed(sources)).toEqual(expected);
  });
});
