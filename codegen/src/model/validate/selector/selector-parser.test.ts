import { describe, expect, it } from "vitest";
import { parseSelector, SelectorSyntaxError } from "./selector-parser.js";

describe("parseSelector", () => {
  it.each<[string, string, unknown]>([
    ["shape type", "string", [{ kind: "type", name: "string" }]],
    ["wildcard is the identity", "*", []],
    [
      "neighbors",
      "structure > member -[input, output]-> <-[read]- <",
      [
        { kind: "type", name: "structure" },
        { kind: "neighbor", reverse: false, rels: [] },
        { kind: "type", name: "member" },
        { kind: "neighbor", reverse: false, rels: ["input", "output"] },
        { kind: "neighbor", reverse: true, rels: ["read"] },
        { kind: "neighbor", reverse: true, rels: [] },
      ],
    ],
    [
      "attribute with values and case-insensitivity",
      "[trait|error = 'client', server i]",
      [
        {
          kind: "attribute",
          path: ["trait", "error"],
          comparator: "=",
          values: ["client", "server"],
          insensitive: true,
        },
      ],
    ],
    [
      "attribute with shape id value and function property",
      "[trait|(keys)|namespace^=aws.api]",
      [
        {
          kind: "attribute",
          path: ["trait", "(keys)", "namespace"],
          comparator: "^=",
          values: ["aws.api"],
          insensitive: false,
        },
      ],
    ],
    [
      "absolute trait id in path",
      "[trait|aws.protocols#awsJson1_0]",
      [{ kind: "attribute", path: ["trait", "aws.protocols#awsJson1_0"], insensitive: false }],
    ],
    [
      "projection comparator",
      "[trait|tags|(values) {!=} a]",
      [
        {
          kind: "attribute",
          path: ["trait", "tags", "(values)"],
          comparator: "{!=}",
          values: ["a"],
          insensitive: false,
        },
      ],
    ],
    [
      "functions",
      "resource:test(-[put]->)",
      [
        { kind: "type", name: "resource" },
        { kind: "function", name: "test", args: [[{ kind: "neighbor", reverse: false, rels: ["put"] }]] },
      ],
    ],
    [
      "variables",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: `${a}` is selector syntax
      "$a(> member) ${a}",
      [
        {
          kind: "setVariable",
          name: "a",
          selector: [
            { kind: "neighbor", reverse: false, rels: [] },
            { kind: "type", name: "member" },
          ],
        },
        { kind: "getVariable", name: "a" },
      ],
    ],
    [
      "scoped attribute",
      "[@trait|range: @{min} > 1 && @{max} < 10]",
      [
        {
          kind: "scoped",
          path: ["trait", "range"],
          assertions: [
            {
              lhs: { kind: "path", path: ["min"] },
              comparator: ">",
              rhs: [{ kind: "literal", value: "1" }],
              insensitive: false,
            },
            {
              lhs: { kind: "path", path: ["max"] },
              comparator: "<",
              rhs: [{ kind: "literal", value: "10" }],
              insensitive: false,
            },
          ],
        },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(parseSelector(text)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ["unknown shape type", "strin", "Unknown shape type: strin"],
    ["unclosed attribute", "[trait|error", "Expected one of ']'"],
    ["unknown character", "string %", "Unexpected selector character: %"],
    ["empty", "", "Unexpected selector EOF"],
    ["unterminated quote", "[id='a]", "Expected ' to close a]"],
    [
      ":not takes one selector",
      ":not(string, integer)",
      "The :not function requires a single selector argument",
    ],
    ["bad directed neighbor", "-[input->", "Expected one of ']', ','"],
  ])("rejects %s", (_name, text, detail) => {
    expect(() => parseSelector(text)).toThrow(SelectorSyntaxError);
    try {
      parseSelector(text);
    } catch (e) {
      expect((e as SelectorSyntaxError).detail).toContain(detail);
    }
  });
});
