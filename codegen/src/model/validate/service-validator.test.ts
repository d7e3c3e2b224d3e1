import { describe, expect, it } from "vitest";
import { validateServices } from "./service-validator.js";
import { indexIdl, render, validateFiles } from "./test-model.js";

describe("Service", () => {
  it.each<[string, string, string[]]>([
    [
      "rename rules",
      'service Svc {\n    version: "1"\n    operations: [Op]\n    rename: { "ex#Op": "Other", "ex#Nope": "X", "ex#In": "in-valid", "ex#Out": "Out" }\n}\noperation Op {\n    input: In\n    output: Out\n}\nstructure In {}\nstructure Out {}',
      [
        '[ERROR] ex#Svc: Service attempts to rename a operation shape from `ex#Op` to "Other"; operations cannot be renamed | Service',
        "[ERROR] ex#Svc: Service attempts to rename a shape not in the service: ex#Nope | Service",
        '[ERROR] ex#Svc: Service attempts to rename `ex#In` to an invalid identifier, "in-valid" | Service',
        "[ERROR] ex#Svc: Service rename for `ex#Out` does not actually change the name from `Out` | Service",
      ],
    ],
    [
      "a shape named Unit beside enums and Unit output: smithy.api#Unit is not in the closure",
      'service Svc {\n    version: "1"\n    operations: [Op]\n}\noperation Op {\n    input := {\n        u: Unit\n        e: E\n    }\n    output: smithy.api#Unit\n}\nenum Unit {\n    SECONDS\n}\nenum E {\n    A\n}',
      [],
    ],
    [
      "a union member targeting smithy.api#Unit does bring it into the closure",
      'service Svc {\n    version: "1"\n    operations: [Op]\n}\noperation Op {\n    input := {\n        u: Unit\n        v: V\n    }\n}\nenum Unit {\n    SECONDS\n}\nunion V {\n    none: smithy.api#Unit\n    some: String\n}',
      [
        "[ERROR] ex#Unit: Shape name `ex#Unit` conflicts with `smithy.api#Unit` in the `ex#Svc` service closure. Shapes in the closure of a service must have case-insensitively unique names regardless of their namespaces. Use the `rename` property of the service to disambiguate shape names. | Service",
        "[ERROR] smithy.api#Unit: Shape name `smithy.api#Unit` conflicts with `ex#Unit` in the `ex#Svc` service closure. Shapes in the closure of a service must have case-insensitively unique names regardless of their namespaces. Use the `rename` property of the service to disambiguate shape names. | Service",
      ],
    ],
    [
      "no conflicts",
      'service Svc {\n    version: "1"\n    operations: [Op]\n}\noperation Op {\n    input := { a: String }\n}',
      [],
    ],
  ])("%s", (_name, idl, expected) => {
    expect(validateServices(indexIdl(idl)).map(render)).toEqual(expected);
  });

  const service = 'namespace ex\nservice Svc {\n    version: "1"\n    operations: [Op]\n}\n';
  it.each<[string, string, string, string[]]>([
    [
      "structures with the same name in two namespaces",
      `${service}operation Op {\n    input: Thing\n    output: other#Thing\n}\nstructure Thing {}`,
      "structure Thing {}",
      [
        "[ERROR] ex#Thing: Shape name `ex#Thing` conflicts with `other#Thing` in the `ex#Svc` service closure. Shapes in the closure of a service must have case-insensitively unique names regardless of their namespaces. Use the `rename` property of the service to disambiguate shape names. | Service",
        "[ERROR] other#Thing: Shape name `other#Thing` conflicts with `ex#Thing` in the `ex#Svc` service closure. Shapes in the closure of a service must have case-insensitively unique names regardless of their namespaces. Use the `rename` property of the service to disambiguate shape names. | Service",
      ],
    ],
    [
      "identical simple shapes only get a note",
      `${service}operation Op {\n    input := {\n        a: Name\n        b: other#Name\n    }\n}\nstring Name`,
      "string Name",
      [
        "[NOTE] ex#Name: Shape name `ex#Name` conflicts with `other#Name` in the `ex#Svc` service closure. Shapes in the closure of a service should have case-insensitively unique names regardless of their namespaces. Use the `rename` property of the service to disambiguate shape names. | Service",
        "[NOTE] other#Name: Shape name `other#Name` conflicts with `ex#Name` in the `ex#Svc` service closure. Shapes in the closure of a service should have case-insensitively unique names regardless of their namespaces. Use the `rename` property of the service to disambiguate shape names. | Service",
      ],
    ],
    [
      "rename resolves a conflict",
      `${service.replace('version: "1"', 'version: "1"\n    rename: { "other#Thing": "OtherThing" }')}operation Op {\n    input: Thing\n    output: other#Thing\n}\nstructure Thing {}`,
      "structure Thing {}",
      [],
    ],
  ])("%s", (_name, main, other, expected) => {
    const files = {
      "main.smithy": `$version: "2"\n${main}`,
      "other.smithy": `$version: "2"\nnamespace other\n${other}`,
    };
    expect(validateFiles(files, "NOTE").filter((line) => line.endsWith("| Service"))).toEqual(expected);
  });
});
