import { describe, expect, it } from "vitest";
import { parseJson } from "./json-parser.js";

describe("JSON parser", () => {
  it("keeps positions of values and keys", () => {
    const result = parseJson('{\n  "a": [1, "x"],\n  "b": null\n}');
    expect(result.node).toMatchObject({
      kind: "object",
      line: 1,
      column: 1,
      entries: [
        { key: "a", keyLine: 2, keyColumn: 3, value: { kind: "array", line: 2, column: 8 } },
        { key: "b", keyLine: 3, keyColumn: 3, value: { kind: "null", line: 3, column: 8 } },
      ],
    });
  });

  it.each<[string, string, unknown]>([
    ["numbers", "[0, -1.5, 2e3, 1E-2]", [0, -1.5, 2000, 0.01]],
    ["escapes", '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9"', '"\\/\b\f\n\r\té'],
    ["text between escapes", '"a\\nb \\"c\\" d\\u0041e"', 'a\nb "c" dAe'],
    ["literals", "[true, false, null]", [true, false, null]],
    ["empty containers", '{"a": {}, "b": []}', { a: {}, b: [] }],
  ])("parses %s", (_name, text, expected) => {
    const toPlain = (n: unknown): unknown => {
      const node = n as {
        kind: string;
        value?: unknown;
        items?: unknown[];
        entries?: { key: string; value: unknown }[];
      };
      if (node.kind === "array") return node.items?.map(toPlain);
      if (node.kind === "object")
        return Object.fromEntries(node.entries?.map((e) => [e.key, toPlain(e.value)]) ?? []);
      return node.value;
    };
    const result = parseJson(text);
    expect(result.error).toBeUndefined();
    expect(toPlain(result.node)).toEqual(expected);
  });

  it.each<[string, string, { line: number; column: number; message: string }]>([
    [
      "missing comma",
      '{"a": 1\n "b": 2}',
      { line: 2, column: 2, message: "Expected ',' or '}' but found character '\"'" },
    ],
    [
      "trailing comma",
      "[1,]",
      { line: 1, column: 4, message: "Expected a JSON value but found character ']'" },
    ],
    ["unterminated string", '{"a', { line: 1, column: 2, message: "Unterminated string" }],
    [
      "unterminated string after an escape",
      '{"a": "x\\"y',
      { line: 1, column: 7, message: "Unterminated string" },
    ],
    [
      "bad literal",
      "[tru]",
      { line: 1, column: 2, message: "Expected a JSON value but found character 't'" },
    ],
    ["leading zeros", "01", { line: 1, column: 1, message: "Invalid number: leading zeros are not allowed" }],
    ["duplicate key", '{"a": 1, "a": 2}', { line: 1, column: 10, message: "Duplicate key 'a'" }],
    [
      "duplicate key in a large object",
      '{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":0,"c":1}',
      { line: 1, column: 62, message: "Duplicate key 'c'" },
    ],
    [
      "duplicate key as the ninth key",
      '{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"a":9}',
      { line: 1, column: 50, message: "Duplicate key 'a'" },
    ],
    [
      "raw control character",
      '"a\tb"',
      { line: 1, column: 3, message: "Invalid control character in string" },
    ],
    ["empty input", "", { line: 1, column: 1, message: "Expected a JSON value but found end of input" }],
    [
      "text after the value",
      "{} x",
      { line: 1, column: 4, message: "Unexpected character 'x' after the JSON value" },
    ],
    ["too deep", "[".repeat(600), { line: 1, column: 514, message: "JSON nested deeper than 512 levels" }],
  ])("reports %s", (_name, text, error) => {
    expect(parseJson(text).error).toEqual(error);
  });
});
