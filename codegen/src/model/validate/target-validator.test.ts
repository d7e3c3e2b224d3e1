import { describe, expect, it } from "vitest";
import { validateTargets } from "./target-validator.js";
import { indexIdl, render } from "./test-model.js";

describe("Target", () => {
  it.each<[string, string, string[]]>([
    [
      "unresolved member target",
      "structure A { b: Strin }",
      ["[ERROR] ex#A$b: member shape targets an unresolved shape `ex#Strin` | Target.UnresolvedShape"],
    ],
    [
      "suggestion within edit distance 2",
      "structure Aple {}\nstructure B { c: Appe }",
      [
        "[ERROR] ex#B$c: member shape targets an unresolved shape `ex#Appe`. Did you mean ex#Aple? | Target.UnresolvedShape",
      ],
    ],
    [
      "every member targeting one deprecated or invalid shape is reported, not only the first",
      "@deprecated\nstring Old\noperation Op {}\nstructure A { a: Old, b: Old, c: Op, d: Op, e: String, f: String }",
      [
        "[WARNING] ex#A$a: Member targets a deprecated shape, ex#Old | DeprecatedShape.ex#Old",
        "[WARNING] ex#A$b: Member targets a deprecated shape, ex#Old | DeprecatedShape.ex#Old",
        "[ERROR] ex#A$c: Members cannot target operation shapes, but found (operation: `ex#Op`) | Target",
        "[ERROR] ex#A$d: Members cannot target operation shapes, but found (operation: `ex#Op`) | Target",
      ],
    ],
    [
      "unresolved operation input",
      "operation Op { input: Missing }",
      [
        "[ERROR] ex#Op: operation shape has an `input` relationship to an unresolved shape `ex#Missing` | Target.UnresolvedShape",
      ],
    ],
    [
      "unresolved service operation",
      'service S { version: "1", operations: [Nope] }',
      [
        "[ERROR] ex#S: service shape has an `operation` relationship to an unresolved shape `ex#Nope` | Target.UnresolvedShape",
      ],
    ],
    [
      "member targets a service",
      "service S {}\nstructure A { b: S }",
      ["[ERROR] ex#A$b: Members cannot target service shapes, but found (service: `ex#S`) | Target"],
    ],
    [
      "member targets an operation",
      "operation O {}\nlist L { member: O }",
      ["[ERROR] ex#L$member: Members cannot target operation shapes, but found (operation: `ex#O`) | Target"],
    ],
    [
      "map key must target a string",
      "structure K {}\nmap M { key: K, value: String }",
      [
        "[ERROR] ex#M: Map key member targets (structure: `ex#K`), but is expected to target a string | Target",
      ],
    ],
    [
      "operation input must be a structure",
      "integer I\noperation Op { input: I }",
      [
        "[ERROR] ex#Op: operation shape `input` relationships must target a structure shape, but found (integer: `ex#I`) | Target",
      ],
    ],
    [
      "operation errors need the error trait",
      "structure E {}\noperation Op { errors: [E] }",
      [
        "[ERROR] ex#Op: `ex#E` cannot be bound as an error because it is not marked with the `error` trait. | Target",
      ],
    ],
    [
      "service errors need the error trait",
      'structure E {}\nservice S { version: "1", errors: [E] }',
      [
        "[ERROR] ex#S: `ex#E` cannot be bound as an error because it is not marked with the `error` trait. | Target",
      ],
    ],
    [
      "input cannot be an error",
      '@error("client")\nstructure E {}\noperation Op { input: E }',
      [
        "[ERROR] ex#Op: Operation input targets an invalid structure `ex#E` that is marked with the `error` trait. | Target",
      ],
    ],
    [
      "members cannot target trait definitions",
      "@trait\nstructure t {}\nstructure A { b: t }",
      [
        "[ERROR] ex#A$b: Found a MEMBER_TARGET reference to trait definition `ex#t`. Trait definitions cannot be targeted by members or referenced by shapes in any other context other than applying them as traits. | Target",
      ],
    ],
    [
      "members cannot target mixins",
      "@mixin\nstructure M {}\nstructure A { b: M }",
      [
        "[ERROR] ex#A$b: Illegal MEMBER_TARGET reference to mixin `ex#M`; shapes marked with the mixin trait can only be referenced to apply them as a mixin. | Target",
      ],
    ],
    [
      "resource identifiers target strings",
      "integer I\nresource R { identifiers: { id: I } }",
      [
        "[ERROR] ex#R: resource shape `identifier` relationships must target a string shape, but found (integer: `ex#I`) | Target",
      ],
    ],
    [
      "service operations are operations",
      'structure X {}\nservice S { version: "1", operations: [X] }',
      [
        "[ERROR] ex#S: service shape `operation` relationships must target a operation shape, but found (structure: `ex#X`) | Target",
      ],
    ],
    [
      "service resources are resources",
      'structure X {}\nservice S { version: "1", resources: [X] }',
      [
        "[ERROR] ex#S: service shape `resource` relationships must target a resource shape, but found (structure: `ex#X`) | Target",
      ],
    ],
    [
      "lifecycle operations are operations",
      "structure X {}\nresource R { read: X }",
      [
        "[ERROR] ex#R: Resource read lifecycle operation must target an operation, but found (structure: `ex#X`) | Target",
      ],
    ],
    [
      "deprecated targets warn",
      '@deprecated(message: "use B", since: "2")\nstring Old\nstructure A { b: Old }',
      [
        "[WARNING] ex#A$b: Member targets a deprecated shape, ex#Old. use B (since 2) | DeprecatedShape.ex#Old",
      ],
    ],
    [
      "valid references",
      'service S { version: "1", operations: [Op] }\noperation Op { input := { a: String } }',
      [],
    ],
  ])("%s", (_name, idl, expected) => {
    expect(validateTargets(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
