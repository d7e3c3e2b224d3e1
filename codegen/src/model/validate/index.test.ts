import { describe, expect, it } from "vitest";
import { validateIdl } from "./test-model.js";

describe("validateModel", () => {
  it.each<[string, string, string[]]>([
    [
      "stops after Target errors before checking traits",
      "structure A {\n    b: Missing\n}\n@readonly\nstring S",
      ["[ERROR] ex#A$b: member shape targets an unresolved shape `ex#Missing` | Target.UnresolvedShape"],
    ],
    [
      "stops after the critical phase before the other validators",
      '@readonly\nstring S\n@pattern("[a-z]")\nstring P',
      [
        "[ERROR] ex#S: Trait `readonly` cannot be applied to `ex#S`. This trait may only be applied to shapes that match the following selector: operation | TraitTarget",
      ],
    ],
    [
      "runs every phase when there is no error",
      '@pattern("^[a-z]+")\nstring P',
      [
        "[WARNING] ex#P: A pattern trait is applied without a trailing '$', meaning only part of the string must match the regular expression. Explicitly anchoring regular expressions is preferable because it is more restrictive by default and does not require modelers to understand that Smithy patterns are not automatically anchored. | PatternTrait",
      ],
    ],
    [
      "suppress drops warnings on the shape and its members",
      '@suppress(["EnumShape", "PatternTrait"])\nenum E {\n    lower\n}',
      [],
    ],
    [
      "suppress does not drop errors",
      '@suppress(["EnumShape"])\nenum E {\n    A = "x"\n    B = "x"\n}',
      ["[ERROR] ex#E$B: Multiple enum members found with duplicate value `x` | EnumShape"],
    ],
    [
      "a valid model has no events",
      'service Svc {\n    version: "1"\n    operations: [Get]\n}\n@readonly\noperation Get {\n    input := {\n        @required\n        id: String\n    }\n}',
      [],
    ],
  ])("%s", (_name, idl, expected) => {
    expect(validateIdl(idl, "NOTE")).toEqual(expected);
  });

  const PATTERN = '@pattern("^[a-z]+")\nstring P\n@readonly\nstring S';
  const header = (suppressions: string) =>
    `$version: "2"\nmetadata suppressions = ${suppressions}\nnamespace ex\n${PATTERN}`;
  it.each<[string, string, string[]]>([
    [
      "a metadata suppression for the namespace drops the warning, not the error",
      header('[{ id: "PatternTrait", namespace: "ex", reason: "AWS model" }]'),
      [
        "[ERROR] ex#S: Trait `readonly` cannot be applied to `ex#S`. This trait may only be applied to shapes that match the following selector: operation | TraitTarget",
      ],
    ],
    [
      "a metadata suppression for another namespace keeps the warning",
      `$version: "2"\nmetadata suppressions = [{ id: "PatternTrait", namespace: "other" }]\nnamespace ex\n@pattern("^[a-z]+")\nstring P`,
      [
        "[WARNING] ex#P: A pattern trait is applied without a trailing '$', meaning only part of the string must match the regular expression. Explicitly anchoring regular expressions is preferable because it is more restrictive by default and does not require modelers to understand that Smithy patterns are not automatically anchored. | PatternTrait",
      ],
    ],
    [
      "namespace * matches every shape",
      `$version: "2"\nmetadata suppressions = [{ id: "PatternTrait", namespace: "*" }]\nnamespace ex\n@pattern("^[a-z]+")\nstring P`,
      [],
    ],
  ])("%s", (_name, idl, expected) => {
    expect(validateIdl(idl, "NOTE")).toEqual(expected);
  });
});
