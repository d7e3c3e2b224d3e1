import { describe, expect, it } from "vitest";
import {
  validateIdentifierBindings,
  validateResourceCycles,
  validateResourceIdentifiers,
  validateResourceLifecycles,
  validateSingleBindings,
} from "./resource-validators.js";
import type { ShapeIndex } from "./shape-index.js";
import { indexIdl, render } from "./test-model.js";

const READ = "@readonly\noperation Get {\n    input := {\n        @required\n        id: String\n    }\n}";

describe("resource validators", () => {
  it.each<[string, (index: ShapeIndex) => ReturnType<typeof validateResourceCycles>, string, string[]]>([
    [
      "resource cycle",
      validateResourceCycles,
      "resource A {\n    resources: [B]\n}\nresource B {\n    resources: [A]\n}",
      ["[ERROR] ex#A: Found resource within cycle: `ex#A` -> `ex#B` -> `ex#A` | ResourceCycle"],
    ],
    [
      "operation bound twice in a service closure",
      validateSingleBindings,
      'service S {\n    version: "1"\n    operations: [Op]\n    resources: [R]\n}\nresource R {\n    operations: [Op]\n}\noperation Op {}',
      [
        "[ERROR] ex#Op: An operation can appear only once in an entire service closure. This operation is illegally bound in the closure of `ex#S` by: [`ex#R`, `ex#S`] | SingleOperationBinding",
      ],
    ],
    [
      "resource bound twice, and an operation bound by two resources only",
      validateSingleBindings,
      'service S {\n    version: "1"\n    resources: [P, C, Q]\n}\nresource P {\n    resources: [C]\n    operations: [Op]\n}\nresource C {}\nresource Q {\n    operations: [Op]\n}\noperation Op {}',
      [
        "[ERROR] ex#C: A resource can appear only once in an entire service closure. This resource is illegally bound in the closure of `ex#S` by: [`ex#P`, `ex#S`] | SingleResourceBinding",
        "[ERROR] ex#Op: An operation can appear only once in an entire service closure. This operation is illegally bound in the closure of `ex#S` by: [`ex#P`, `ex#Q`] | SingleOperationBinding",
      ],
    ],
    [
      "lifecycle operations without readonly / idempotent",
      validateResourceLifecycles,
      "resource R {\n    identifiers: { id: String }\n    read: Get\n    delete: Del\n}\noperation Get {}\noperation Del {}",
      [
        "[ERROR] ex#R: The `read` lifecycle operation of this resource targets an invalid operation, `ex#Get`. The targeted operation must be marked with the `readonly` trait. | ResourceLifecycle",
        "[ERROR] ex#R: The `delete` lifecycle operation of this resource targets an invalid operation, `ex#Del`. The targeted operation must be marked with the `idempotent` trait. | ResourceLifecycle",
      ],
    ],
    [
      "child resource missing its parent's identifiers",
      validateResourceIdentifiers,
      "resource P {\n    identifiers: { a: String }\n    resources: [C]\n}\nresource C {\n    identifiers: { b: String }\n}",
      [
        "[ERROR] ex#C: This resource is bound as a child of `ex#P`, but it does not define the following identifiers of its parent with the same targets: [`a`] | ResourceIdentifier",
      ],
    ],
    [
      "instance operation without a required identifier member",
      validateIdentifierBindings,
      "resource R {\n    identifiers: { id: String }\n    read: Get\n}\n@readonly\noperation Get {\n    input := {\n        id: String\n    }\n}",
      [
        "[ERROR] ex#Get: This operation is bound to the `ex#R` resource as an instance operation, but its input does not bind the following identifiers with required members: [`id`] | ResourceIdentifierBinding",
      ],
    ],
    [
      "valid resource",
      validateIdentifierBindings,
      `resource R {\n    identifiers: { id: String }\n    read: Get\n}\n${READ}`,
      [],
    ],
    [
      "valid lifecycle",
      validateResourceLifecycles,
      `resource R {\n    identifiers: { id: String }\n    read: Get\n}\n${READ}`,
      [],
    ],
  ])("%s", (_name, validate, idl, expected) => {
    expect(validate(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
