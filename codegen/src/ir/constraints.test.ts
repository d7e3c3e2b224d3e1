import { describe, expect, it } from "vitest";
import type { NodeValue } from "../model/ast.js";
import { mergeConstraints, readConstraints } from "./constraints.js";
import type { Constraints } from "./types.js";

const t = (entries: Record<string, NodeValue>) => new Map(Object.entries(entries));

describe("readConstraints", () => {
  it.each<[string, Map<string, NodeValue>, Constraints]>([
    ["none", t({ "smithy.api#documentation": "x" }), {}],
    [
      "length with both bounds",
      t({ "smithy.api#length": { min: 1, max: 5 } }),
      { length: { min: 1, max: 5 } },
    ],
    ["length with max only", t({ "smithy.api#length": { max: 5 } }), { length: { max: 5 } }],
    ["range", t({ "smithy.api#range": { min: 0.5 } }), { range: { min: 0.5 } }],
    [
      "pattern",
      t({ "smithy.api#pattern": "^a+$" }),
      { pattern: "^a+$", ecmaPattern: { source: "^a+$", flags: "u" } },
    ],
    [
      "pattern in Java syntax, with its translation",
      t({ "smithy.api#pattern": "^(?i)a++$" }),
      { pattern: "^(?i)a++$", ecmaPattern: { source: "^(?=(a+))(?:\\1)$", flags: "iu" } },
    ],
    [
      "pattern without an ECMAScript equivalent",
      t({ "smithy.api#pattern": "^\\p{InGreek}$" }),
      { pattern: "^\\p{InGreek}$" },
    ],
    ["uniqueItems", t({ "smithy.api#uniqueItems": {} }), { uniqueItems: true }],
  ])("%s", (_name, traits, expected) => {
    expect(readConstraints(traits)).toEqual(expected);
  });
});

describe("mergeConstraints", () => {
  it.each<[string, Constraints, Constraints, Constraints]>([
    [
      "member adds to target",
      { pattern: "^a$" },
      { length: { max: 3 } },
      { pattern: "^a$", length: { max: 3 } },
    ],
    [
      "member replaces the whole trait",
      { length: { min: 1, max: 9 } },
      { length: { max: 3 } },
      { length: { max: 3 } },
    ],
    ["target only", { range: { min: 1 } }, {}, { range: { min: 1 } }],
    [
      "a member pattern without an equivalent drops the target's translation",
      { pattern: "^a$", ecmaPattern: { source: "^a$", flags: "u" } },
      { pattern: "^\\p{InGreek}$" },
      { pattern: "^\\p{InGreek}$" },
    ],
  ])("%s", (_name, target, member, expected) => {
    expect(mergeConstraints(target, member)).toEqual(expected);
  });
});
