import { describe, expect, it } from "vitest";
import { validateShapeIdConflicts } from "./shape-id-conflict-validator.js";
import { indexIdl, render } from "./test-model.js";

describe("ShapeIdConflict", () => {
  it.each<[string, string, string[]]>([
    [
      "member names differing in case",
      "structure A { foo: String, Foo: String }",
      [
        "[ERROR] ex#A$foo: Shape ID `ex#A$foo` conflicts with other shape IDs in the model: [`ex#A$Foo`] | ShapeIdConflict",
        "[ERROR] ex#A$Foo: Shape ID `ex#A$Foo` conflicts with other shape IDs in the model: [`ex#A$foo`] | ShapeIdConflict",
      ],
    ],
    [
      "shape names differing in case",
      "string abc\nstring ABC",
      [
        "[ERROR] ex#abc: Shape ID `ex#abc` conflicts with other shape IDs in the model: [`ex#ABC`] | ShapeIdConflict",
        "[ERROR] ex#ABC: Shape ID `ex#ABC` conflicts with other shape IDs in the model: [`ex#abc`] | ShapeIdConflict",
      ],
    ],
    ["distinct names", "string Abc\nstring Abd\nstructure A { foo: String, bar: String }", []],
  ])("%s", (_name, idl, expected) => {
    expect(validateShapeIdConflicts(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
