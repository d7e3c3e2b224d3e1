import { describe, expect, it } from "vitest";
import { indexIdl, render } from "./test-model.js";
import { validateTraitTargets } from "./trait-target-validator.js";

describe("TraitTarget", () => {
  it.each<[string, string, string[]]>([
    [
      "required on a shape",
      "@required\nstring S",
      [
        "[ERROR] ex#S: Trait `required` cannot be applied to `ex#S`. This trait may only be applied to shapes that match the following selector: structure > member | TraitTarget",
      ],
    ],
    [
      "readonly on a string",
      "@readonly\nstring S",
      [
        "[ERROR] ex#S: Trait `readonly` cannot be applied to `ex#S`. This trait may only be applied to shapes that match the following selector: operation | TraitTarget",
      ],
    ],
    [
      "httpError requires the error trait",
      "@httpError(400)\nstructure E {}",
      [
        "[ERROR] ex#E: Trait `httpError` cannot be applied to `ex#E`. This trait may only be applied to shapes that match the following selector: structure[trait|error] | TraitTarget",
      ],
    ],
    [
      "idempotencyToken on a non-string member",
      "structure A {\n    @idempotencyToken\n    b: Integer\n}",
      [
        "[ERROR] ex#A$b: Trait `idempotencyToken` cannot be applied to `ex#A$b`. This trait may only be applied to shapes that match the following selector: structure > :test(member > string) | TraitTarget",
      ],
    ],
    [
      "default on a list member",
      'list L {\n    @default("x")\n    member: String\n}',
      [
        "[ERROR] ex#L$member: Trait `default` cannot be applied to `ex#L$member`. This trait may only be applied to shapes that match the following selector: :is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map))) | TraitTarget",
      ],
    ],
    [
      "custom trait with its own selector",
      '@trait(selector: "structure > member :test(> integer)")\nstructure onlyInts {}\nstructure A {\n    @onlyInts\n    a: Integer\n    @onlyInts\n    b: String\n}',
      [
        "[ERROR] ex#A$b: Trait `ex#onlyInts` cannot be applied to `ex#A$b`. This trait may only be applied to shapes that match the following selector: structure > member :test(> integer) | TraitTarget",
      ],
    ],
    [
      "map-valued member selector (httpPrefixHeaders style)",
      '@trait(selector: "structure > member :test(> map :not([trait|sparse]) > member[id|member=value] > string)")\nstructure prefixed {}\nmap Headers {\n    key: String\n    value: String\n}\n@sparse\nmap SparseHeaders {\n    key: String\n    value: String\n}\nstructure A {\n    @prefixed\n    a: Headers\n    @prefixed\n    b: SparseHeaders\n}',
      [
        "[ERROR] ex#A$b: Trait `ex#prefixed` cannot be applied to `ex#A$b`. This trait may only be applied to shapes that match the following selector: structure > member :test(> map :not([trait|sparse]) > member[id|member=value] > string) | TraitTarget",
      ],
    ],
    [
      "invalid selector in a trait definition",
      '@trait(selector: "structure >> [")\nstructure broken {}\n@broken\nstructure A {}',
      [
        "[ERROR] ex#broken: Invalid selector in the trait definition of `ex#broken`: Syntax error at character 15 of selector `structure >> [`: Expected a valid identifier character, but found end of selector",
      ].map((m) => `${m} | TraitTarget`),
    ],
    [
      "traits in their places",
      '@error("client")\n@httpError(400)\nstructure E {\n    @required\n    message: String\n}\n@readonly\noperation Op {}',
      [],
    ],
  ])("%s", (_name, idl, expected) => {
    expect(validateTraitTargets(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
