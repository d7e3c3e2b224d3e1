import { describe, expect, it } from "vitest";
import { indexIdl, render } from "./test-model.js";
import { validateExclusiveMemberTraits, validateTraitConflicts } from "./trait-conflict-validator.js";

describe("TraitConflict", () => {
  it.each<[string, string, string[]]>([
    [
      "readonly and idempotent",
      "@readonly\n@idempotent\noperation Op {}",
      [
        "[ERROR] ex#Op: Found conflicting traits on operation shape: `idempotent` conflicts with `readonly`, `readonly` conflicts with `idempotent` | TraitConflict",
      ],
    ],
    [
      "custom trait conflicting with a relative name",
      '@trait(conflicts: ["b"])\nstructure a {}\n@trait\nstructure b {}\n@a\n@b\nstring S',
      [
        "[ERROR] ex#S: Found conflicting traits on string shape: `ex#a` conflicts with `ex#b` | TraitConflict",
      ],
    ],
    ["no conflict", "@readonly\noperation Op {}", []],
  ])("%s", (_name, idl, expected) => {
    expect(validateTraitConflicts(indexIdl(idl)).map(render)).toEqual(expected);
  });
});

describe("ExclusiveStructureMemberTrait", () => {
  it.each<[string, string, string[]]>([
    [
      "two idempotency tokens",
      "structure A {\n    @idempotencyToken\n    a: String\n    @idempotencyToken\n    b: String\n}",
      [
        "[ERROR] ex#A: The `idempotencyToken` trait can be applied to only a single member of a shape, but it was found on the following members: `a`, `b` | ExclusiveStructureMemberTrait",
      ],
    ],
    [
      "two members targeting streaming blobs",
      "@streaming\nblob Stream\nstructure A {\n    a: Stream\n    b: Stream\n}",
      [
        "[ERROR] ex#A: Only a single member of a structure can target a shape marked with the `streaming` trait, but it was found on the following members: `a`, `b` | ExclusiveStructureMemberTrait",
      ],
    ],
    ["one token", "structure A {\n    @idempotencyToken\n    a: String\n    b: String\n}", []],
  ])("%s", (_name, idl, expected) => {
    expect(validateExclusiveMemberTraits(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
