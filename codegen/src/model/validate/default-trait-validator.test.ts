import { describe, expect, it } from "vitest";
import { validateDefaults } from "./default-trait-validator.js";
import { indexIdl, render } from "./test-model.js";

describe("DefaultTrait", () => {
  it.each<[string, string, string[]]>([
    [
      "default of the wrong type",
      "structure A {\n    b: String = 1\n}",
      [
        "[ERROR] ex#A$b: Error validating @default trait: Expected string value for string shape, `smithy.api#String`; found number value, `1` | DefaultTrait",
      ],
    ],
    [
      "non-empty list default",
      'list L {\n    member: String\n}\nstructure A {\n    b: L = ["x"]\n}',
      ["[ERROR] ex#A$b: The @default value of a list must be an empty list | DefaultTrait"],
    ],
    [
      "non-empty map default",
      'map M {\n    key: String\n    value: String\n}\nstructure A {\n    b: M = {a: "x"}\n}',
      ["[ERROR] ex#A$b: The @default value of a map must be an empty map | DefaultTrait"],
    ],
    [
      "non-empty document default",
      "structure A {\n    b: Document = {a: 1}\n}",
      ["[ERROR] ex#A$b: The @default value of a document cannot be a non-empty object | DefaultTrait"],
    ],
    [
      "blob default that is not base64",
      'structure A {\n    b: Blob = "!!"\n}',
      ["[WARNING] ex#A$b: The @default value of a blob should be a valid base64 string. | DefaultTrait"],
    ],
    [
      "enum default not among the values",
      'enum E {\n    A = "a"\n}\nstructure S {\n    e: E = "b"\n}',
      [
        "[ERROR] ex#S$e: Error validating @default trait: String value provided for `ex#E` must be one of the following values: `a` | DefaultTrait",
      ],
    ],
    [
      "a zero default outside the target's range is only a warning (IDL 1.0 conversions)",
      "@range(min: 1)\ninteger I\nstructure S {\n    i: I = 0\n}",
      [
        "[WARNING] ex#S$i: Error validating @default trait: Value provided for `ex#I` must be greater than or equal to 1, but found 0 | DefaultTrait",
      ],
    ],
    [
      "a zero default above the range's maximum is a warning too",
      "@range(min: -5, max: -1)\n@default(0)\ninteger I",
      [
        "[WARNING] ex#I: Error validating @default trait: Value provided for `ex#I` must be less than or equal to -1, but found 0 | DefaultTrait",
      ],
    ],
    [
      "any other default outside the range is an error",
      "@range(min: 1, max: 3)\ninteger I\nstructure S {\n    i: I = 5\n}",
      [
        "[ERROR] ex#S$i: Error validating @default trait: Value provided for `ex#I` must be less than or equal to 3, but found 5 | DefaultTrait",
      ],
    ],
    [
      "null default on a root shape",
      "@default(null)\nstring S",
      ["[ERROR] ex#S: The @default trait can be set to null only on members | DefaultTrait"],
    ],
    [
      "member must repeat the target's default",
      "@default(1)\ninteger I\nstructure A {\n    b: I\n}",
      [
        "[ERROR] ex#A$b: Member targets ex#I, which requires that the member defines the same default of `1` or `null` | DefaultTrait",
      ],
    ],
    [
      "member default differing from the target's",
      "@default(1)\ninteger I\nstructure A {\n    b: I = 2\n}",
      [
        "[ERROR] ex#A$b: Member defines a default value that differs from the default value of the target shape, ex#I. The member has a default of `2`, but the target has a default of `1`. | DefaultTrait",
      ],
    ],
    [
      "valid defaults, including null on a member",
      '@default(1)\ninteger I\nlist L {\n    member: String\n}\nstructure A {\n    a: I = null\n    b: I = 1\n    c: L = []\n    d: String = "x"\n    @required\n    e: PrimitiveInteger = 0\n}',
      [],
    ],
  ])("%s", (_name, idl, expected) => {
    expect(validateDefaults(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
