import { describe, expect, it } from "vitest";
import { indexIdl, render } from "./test-model.js";
import { validateUnitType } from "./unit-type-validator.js";

describe("UnitType", () => {
  it.each<[string, string, string[]]>([
    [
      "structure members cannot target Unit",
      "structure A { b: Unit }",
      ["[ERROR] ex#A$b: Only members of a union, enum, or intEnum can reference smithy.api#Unit | UnitType"],
    ],
    [
      "list members cannot target Unit",
      "list L { member: Unit }",
      [
        "[ERROR] ex#L$member: Only members of a union, enum, or intEnum can reference smithy.api#Unit | UnitType",
      ],
    ],
    ["union members may target Unit", "union U { a: Unit, b: String }", []],
    ["operation input and output may be Unit", "operation Op { input: Unit, output: Unit }", []],
  ])("%s", (_name, idl, expected) => {
    expect(validateUnitType(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
