import { describe, expect, it } from "vitest";
import { validateEnumShapes } from "./enum-shape-validator.js";
import { indexIdl, render } from "./test-model.js";

describe("EnumShape", () => {
  it.each<[string, string, string[]]>([
    [
      "duplicate enum values",
      'enum E {\n    A = "x"\n    B = "x"\n}',
      ["[ERROR] ex#E$B: Multiple enum members found with duplicate value `x` | EnumShape"],
    ],
    [
      "empty enum value",
      'enum E {\n    A = ""\n}',
      ["[ERROR] ex#E$A: enum values may not be empty. | EnumShape"],
    ],
    [
      "numeric enum value",
      "enum E {\n    A = 1\n}",
      ["[ERROR] ex#E$A: enum members can only be assigned string values, but found: 1 | EnumShape"],
    ],
    [
      "string intEnum value",
      'intEnum E {\n    A = "x"\n}',
      ['[ERROR] ex#E$A: intEnum members require integer values, but found: "x" | EnumShape'],
    ],
    [
      "floating point intEnum value",
      "intEnum E {\n    A = 1.5\n}",
      ["[ERROR] ex#E$A: intEnum members do not support floating point values: 1.5 | EnumShape"],
    ],
    [
      "intEnum value out of range",
      "intEnum E {\n    A = 2147483648\n}",
      ["[ERROR] ex#E$A: intEnum members must fit within an integer, but found: 2147483648 | EnumShape"],
    ],
    [
      "duplicate intEnum values",
      "intEnum E {\n    A = 1\n    B = 1\n}",
      ["[ERROR] ex#E$B: Multiple intEnum members found with duplicate value `1` | EnumShape"],
    ],
    [
      "member name not upper case",
      "enum E {\n    lower\n}",
      [
        "[WARNING] ex#E$lower: The name `lower` does not match the recommended enum name format of beginning with an uppercase letter, followed by any number of uppercase letters, numbers, or underscores. | EnumShape",
      ],
    ],
    ["valid enums", 'enum E {\n    A\n    B = "b"\n}\nintEnum I {\n    ONE = 1\n    TWO = 2\n}', []],
  ])("%s", (_name, idl, expected) => {
    expect(validateEnumShapes(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
