import { describe, expect, it } from "vitest";
import { indexIdl, render } from "./test-model.js";
import { validateTraitValues } from "./trait-value-validator.js";

describe("TraitValue", () => {
  it.each<[string, string, string[]]>([
    [
      "error value must be client or server",
      '@error("oops")\nstructure E {}',
      [
        "[ERROR] ex#E: Error validating trait `error`: String value provided for `smithy.api#error` must be one of the following values: `client`, `server` | TraitValue",
      ],
    ],
    [
      "wrong node type in a nested member",
      '@length(min: "1")\nstring S',
      [
        "[ERROR] ex#S: Error validating trait `length`.min: Expected number value for long shape, `smithy.api#Long`; found string value, `1` | TraitValue",
      ],
    ],
    [
      "unknown structure member is a warning",
      "@length(minimum: 1)\nstring S",
      [
        "[WARNING] ex#S: Error validating trait `length`: Invalid structure member `minimum` found for `smithy.api#length` | TraitValue",
      ],
    ],
    [
      "member-less structure trait given keys (checked, though `{}` is not)",
      "@trait\nstructure marker {}\n@marker(a: 1)\nstring S\n@marker\nstring T",
      [
        "[WARNING] ex#S: Error validating trait `ex#marker`: Invalid structure member `a` found for `ex#marker` | TraitValue",
      ],
    ],
    [
      "constrained string trait (checked, though a plain string trait's strings are not)",
      '@trait\n@length(max: 2)\nstring short\n@trait\nstring plain\n@short("abc")\n@plain("abc")\nstring S',
      [
        "[ERROR] ex#S: Error validating trait `ex#short`: String value provided for `ex#short` must be <= 2 characters, but the provided value is 3 characters. | TraitValue",
      ],
    ],
    [
      "structure trait given a scalar",
      "@trait\nstructure struct {}\n@struct(true)\nstring S",
      [
        "[ERROR] ex#S: Error validating trait `ex#struct`: Expected object value for structure shape, `ex#struct`; found boolean value, `true` | TraitValue",
      ],
    ],
    [
      "string trait given null",
      "@trait\nstring foo\n@foo\nstring S",
      [
        "[ERROR] ex#S: Error validating trait `ex#foo`: Expected string value for string shape, `ex#foo`; found null value | TraitValue",
      ],
    ],
    [
      "missing required member",
      "@trait\nstructure t {\n    @required\n    x: String\n}\n@t\nstring S",
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: Missing required structure member `x` for `ex#t` | TraitValue",
      ],
    ],
    [
      "list element of the wrong type",
      '@trait\nstructure t {\n    x: L\n}\nlist L {\n    member: Integer\n}\n@t(x: [1, "a"])\nstring S',
      [
        "[ERROR] ex#S: Error validating trait `ex#t`.x.1: Expected number value for integer shape, `smithy.api#Integer`; found string value, `a` | TraitValue",
      ],
    ],
    [
      "enum trait value",
      '@trait\nenum t {\n    A = "a"\n}\n@t("b")\nstring S',
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: String value provided for `ex#t` must be one of the following values: `a` | TraitValue",
      ],
    ],
    [
      "intEnum trait value",
      "@trait\nintEnum t {\n    A = 1\n}\n@t(2)\nstring S",
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: Integer value provided for `ex#t` must be one of the following values: `1`, but found 2 | TraitValue",
      ],
    ],
    [
      "string length",
      '@trait\n@length(min: 2)\nstring t\n@t("b")\nstring S',
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: String value provided for `ex#t` must be >= 2 characters, but the provided value is only 1 characters. | TraitValue",
      ],
    ],
    [
      "pattern",
      '@trait\n@pattern("^[a-z]+$")\nstring t\n@t("B")\nstring S',
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: String value provided for `ex#t` must match regular expression: ^[a-z]+$ | TraitValue",
      ],
    ],
    [
      "range",
      "@trait\n@range(max: 5)\ninteger t\n@t(6)\nstring S",
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: Value provided for `ex#t` must be less than or equal to 5, but found 6 | TraitValue",
      ],
    ],
    [
      "range on a member",
      "@trait\nstructure t {\n    @range(min: 1)\n    n: Integer\n}\n@t(n: 0)\nstring S",
      [
        "[ERROR] ex#S: Error validating trait `ex#t`.n: Value provided for `ex#t$n` must be greater than or equal to 1, but found 0 | TraitValue",
      ],
    ],
    [
      "byte bounds",
      "@trait\nbyte t\n@t(300)\nstring S",
      ["[ERROR] ex#S: Error validating trait `ex#t`: byte value must be < 127, but found 300 | TraitValue"],
    ],
    [
      "integer rejects decimals",
      "@trait\ninteger t\n@t(1.5)\nstring S",
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: integer shapes must not have floating point values, but found `1.5` provided for `ex#t` | TraitValue",
      ],
    ],
    [
      "union with two members",
      '@trait\nunion t {\n    a: String\n    b: String\n}\n@t(a: "x", b: "y")\nstring S',
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: union values can contain a value for only a single member | TraitValue",
      ],
    ],
    [
      "timestamp string",
      '@trait\ntimestamp t\n@t("yesterday")\nstring S',
      [
        '[ERROR] ex#S: Error validating trait `ex#t`: Invalid string value, `yesterday`, provided for timestamp, `ex#t`. Expected an RFC 3339 formatted timestamp (e.g., "1985-04-12T23:20:50.52Z") | TraitValue',
      ],
    ],
    [
      "map length and values",
      '@trait\n@length(max: 1)\nmap t {\n    key: String\n    value: Integer\n}\n@t(a: 1, b: "x")\nstring S',
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: Value provided for `ex#t` must have no more than 1 entries, but the provided value has 2 entries | TraitValue",
        "[ERROR] ex#S: Error validating trait `ex#t`.b: Expected number value for integer shape, `smithy.api#Integer`; found string value, `x` | TraitValue",
      ],
    ],
    [
      "list length below the minimum",
      '@trait\n@length(min: 2)\nlist t {\n    member: String\n}\n@t(["a"])\nstring S',
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: Value provided for `ex#t` must have at least 2 elements, but the provided value only has 1 elements | TraitValue",
      ],
    ],
    [
      "blob length counts UTF-8 bytes",
      '@trait\n@length(max: 2)\nblob t\n@t("é1")\nstring S',
      [
        "[ERROR] ex#S: Error validating trait `ex#t`: Value provided for `ex#t` must have no more than 2 bytes, but the provided value has 3 bytes | TraitValue",
      ],
    ],
    [
      "float special values",
      '@trait\ndouble t\n@t("Inf")\nstring S',
      [
        '[ERROR] ex#S: Error validating trait `ex#t`: Value for `ex#t` must either be numeric or one of the following strings: ["NaN", "Infinity", "-Infinity"], but was "Inf" | TraitValue',
      ],
    ],
    [
      "idRef that fails when missing, and selector mismatch",
      '@trait\n@idRef(failWhenMissing: true, selector: "structure")\nstring ref\n@ref("ex#Nope")\nstring S\n@ref("ex#S")\nstring T',
      [
        "[ERROR] ex#S: Error validating trait `ex#ref`: Shape ID `ex#Nope` was not found in the model | TraitValue",
        "[ERROR] ex#T: Error validating trait `ex#ref`: Shape ID `ex#S` does not match selector `structure` | TraitValue",
      ],
    ],
    [
      "documents accept anything, annotation traits accept {}",
      '@trait\ndocument doc\n@doc({a: [1, {b: null}]})\n@sensitive\n@timestampFormat("date-time")\ntimestamp S\n@trait\ntimestamp when\n@when("1985-04-12T23:20:50.52Z")\nstring T',
      [],
    ],
  ])("%s", (_name, idl, expected) => {
    expect(validateTraitValues(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
