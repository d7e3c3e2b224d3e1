import { describe, expect, it } from "vitest";
import { validateOperations } from "./operation-validator.js";
import { indexIdl, render } from "./test-model.js";

describe("Operation", () => {
  it.each<[string, string, string[]]>([
    [
      "@input structure used by two operations, as output and by a member",
      "operation A {\n    input: AInput\n}\noperation AB {\n    input: AInput\n}\n@input\nstructure AInput {}\nstructure X {\n    a: AInput\n}\noperation AC {\n    output: AInput\n}",
      [
        "[WARNING] ex#AB: The input of this operation should target a shape that starts with the operation's name, 'AB', but the targeted shape is `ex#AInput` | OperationInputOutputName.input",
        "[ERROR] ex#X$a: Members cannot target structures marked with the @input trait: ex#AInput | OperationInputOutputMisuse",
        "[ERROR] ex#AC: Operation `output` cannot target structures marked with the `@input` trait: `ex#AInput` | OperationInputOutputMisuse",
        "[ERROR] ex#AInput: Shapes marked with the @input trait cannot be used as input by multiple operations: `ex#A`, `ex#AB` | OperationInputOutputMisuse",
      ],
    ],
    [
      "@output structure named after another operation",
      "operation Get {\n    output: ListOutput\n}\n@output\nstructure ListOutput {}",
      [
        "[WARNING] ex#Get: The output of this operation should target a shape that starts with the operation's name, 'Get', but the targeted shape is `ex#ListOutput` | OperationInputOutputName.output",
      ],
    ],
    ["inline input and output", "operation Get {\n    input := {}\n    output := {}\n}", []],
  ])("%s", (_name, idl, expected) => {
    expect(validateOperations(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
