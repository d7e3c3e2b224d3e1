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
    [
      "member names differing in case among more than 16 (lower-cased, not compared pairwise)",
      `structure A { ${Array.from({ length: 20 }, (_, i) => `m${i}: String`).join(", ")}, M7: String }`,
      [
        "[ERROR] ex#A$m7: Shape ID `ex#A$m7` conflicts with other shape IDs in the model: [`ex#A$M7`] | ShapeIdConflict",
        "[ERROR] ex#A$M7: Shape ID `ex#A$M7` conflicts with other shape IDs in the model: [`ex#A$m7`] | ShapeIdConflict",
      ],
    ],
    [
      "letters one bit apart that are not one letter",
      "structure A { a_: String, a: String, aX: String, a_x: String }",
      [],
    ],
    [
      "members of shapes whose names differ in case",
      "structure A { foo: String }\nstructure a { foo: String }",
      [
        "[ERROR] ex#A: Shape ID `ex#A` conflicts with other shape IDs in the model: [`ex#a`] | ShapeIdConflict",
        "[ERROR] ex#a: Shape ID `ex#a` conflicts with other shape IDs in the model: [`ex#A`] | ShapeIdConflict",
        "[ERROR] ex#A$foo: Shape ID `ex#A$foo` conflicts with other shape IDs in the model: [`ex#a$foo`] | ShapeIdConflict",
        "[ERROR] ex#a$foo: Shape ID `ex#a$foo` conflicts with other shape IDs in the model: [`ex#A$foo`] | ShapeIdConflict",
      ],
    ],
  ])("%s", (_name, idl, expected) => {
    expect(validateShapeIdConflicts(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
