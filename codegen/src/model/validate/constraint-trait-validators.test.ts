import { describe, expect, it } from "vitest";
import { validateConstraintTraits } from "./constraint-trait-validators.js";
import { indexIdl, render } from "./test-model.js";

describe("constraint trait definitions", () => {
  it.each<[string, string, string[]]>([
    [
      "length min greater than max",
      "@length(min: 5, max: 1)\nstring S",
      [
        "[ERROR] ex#S: A length trait is applied with a `min` value greater than its `max` value. | LengthTrait",
      ],
    ],
    [
      "negative length",
      "@length(min: -1)\nstring S",
      ["[ERROR] ex#S: A length trait is applied with a negative `min` value. | LengthTrait"],
    ],
    [
      "range min greater than max",
      "@range(min: 5, max: 1)\ninteger S",
      [
        "[ERROR] ex#S: A range trait is applied with a `min` value greater than its `max` value. | RangeTrait",
      ],
    ],
    [
      "decimal range on an integer",
      "@range(min: 1.5)\ninteger S",
      [
        "[ERROR] ex#S: Shape `ex#S` is marked with the `range` trait, but its `min` property is a decimal (1.5) when its shape (`integer`) does not support decimals. | RangeTrait",
      ],
    ],
    [
      "decimal range on a member targeting an integer",
      "structure A {\n    @range(max: 2.5)\n    n: Integer\n}",
      [
        "[ERROR] ex#A$n: Member `ex#A$n` is marked with the `range` trait, but its `max` property is a decimal (2.5) when its target (`smithy.api#Integer`) does not support decimals. | RangeTrait",
      ],
    ],
    [
      "pattern that does not compile",
      '@pattern("^[a-$")\nstring S',
      ["[ERROR] ex#S: Invalid pattern `^[a-$`: Illegal character range near index 5 | PatternTrait"],
    ],
    ["Java-only syntax Smithy accepts (inline flag, possessive)", '@pattern("^(?i)[a-z]++$")\nstring S', []],
    [
      "Java syntax with no ECMAScript equivalent: a warning, not enforced",
      '@pattern("^\\\\p{InGreek}+$")\nstring S',
      [
        "[WARNING] ex#S: Pattern `^\\p{InGreek}+$` has no ECMAScript equivalent (the Unicode block `\\p{InGreek}` has no ECMAScript equivalent); generated code does not enforce it | PatternTrait",
      ],
    ],
    [
      "unanchored pattern",
      '@pattern("[a-z]+$")\nstring S',
      [
        "[WARNING] ex#S: A pattern trait is applied without a leading '^', meaning only part of the string must match the regular expression. Explicitly anchoring regular expressions is preferable because it is more restrictive by default and does not require modelers to understand that Smithy patterns are not automatically anchored. | PatternTrait",
      ],
    ],
    [
      "valid constraints",
      '@length(min: 1, max: 3)\n@pattern("^[a-z]+$")\nstring S\n@range(min: 0.5)\ndouble D',
      [],
    ],
  ])("%s", (_name, idl, expected) => {
    expect(validateConstraintTraits(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
