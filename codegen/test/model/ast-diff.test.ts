import { describe, expect, it } from "vitest";
import type { AstShape, JsonAst } from "../../src/model/ast.js";
import { countDocumented, diffJsonAst, sameNode } from "./ast-diff.js";

const NS = "ex";
const OPTIONS = { namespaces: [NS], ignoredTraitPrefixes: ["aws.iam#"] };

function ast(shapes: Record<string, AstShape>): JsonAst {
  return { smithy: "2.0", shapes };
}

/** A small model in the published style, which each row below changes in one place. */
function base(): Record<string, AstShape> {
  return {
    "ex#Svc": {
      type: "service",
      version: "2020-01-01",
      operations: [{ target: "ex#GetThing" }, { target: "ex#ListThings" }],
      resources: [{ target: "ex#Thing" }],
      traits: { "smithy.api#documentation": "The service.", "aws.auth#sigv4": { name: "svc" } },
    },
    "ex#Thing": {
      type: "resource",
      identifiers: { ThingId: { target: "smithy.api#String" } },
      traits: { "aws.api#arn": { template: "thing/{ThingId}", noAccount: true } },
    },
    "ex#GetThing": {
      type: "operation",
      input: { target: "ex#GetThingInput" },
      output: { target: "smithy.api#Unit" },
      errors: [{ target: "ex#Oops" }, { target: "ex#Denied" }],
      traits: {
        "smithy.api#http": { code: 200, method: "POST", uri: "/GetThing" },
        "aws.iam#conditionKeys": ["svc:Key"],
      },
    },
    "ex#GetThingInput": {
      type: "structure",
      members: {
        Id: {
          target: "smithy.api#String",
          traits: { "smithy.api#required": {}, "smithy.api#documentation": "Id." },
        },
        Size: { target: "smithy.api#Integer", traits: { "smithy.api#range": { min: 1, max: 10 } } },
      },
      traits: { "smithy.api#input": {} },
    },
    "ex#Colors": { type: "list", member: { target: "ex#Color" } },
    "ex#Color": {
      type: "enum",
      members: { RED: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "red" } } },
    },
  };
}

type Edit = (shapes: Record<string, AstShape>) => void;

const rows: Array<[string, Edit, string[]]> = [
  ["identical models", () => {}, []],
  [
    "a missing shape",
    (s) => {
      delete s["ex#Colors"];
    },
    ["ex#Colors: missing shape (expected a list)"],
  ],
  [
    "an extra shape in the namespace",
    (s) => {
      s["ex#Extra"] = { type: "string" };
    },
    ["ex#Extra: unexpected shape (a string)"],
  ],
  [
    "an extra shape outside the compared namespaces is ignored",
    (s) => {
      s["aws.api#arn"] = { type: "structure", members: {} };
    },
    [],
  ],
  [
    "a different shape type",
    (s) => {
      s["ex#Colors"] = { type: "string" };
    },
    ["ex#Colors: type is string, expected list"],
  ],
  [
    "a different member target",
    (s) => {
      s["ex#Colors"] = { type: "list", member: { target: "smithy.api#String" } };
    },
    ["ex#Colors$member: target is smithy.api#String, expected ex#Color"],
  ],
  [
    "members in another order",
    (s) => {
      const input = s["ex#GetThingInput"]!;
      input.members = { Size: input.members!.Size!, Id: input.members!.Id! };
    },
    ["ex#GetThingInput: members are in order [Size, Id], expected [Id, Size]"],
  ],
  [
    "a missing and an unexpected member",
    (s) => {
      const input = s["ex#GetThingInput"]!;
      input.members = { Id: input.members!.Id!, Count: { target: "smithy.api#Integer" } };
    },
    ["ex#GetThingInput$Size: missing member", "ex#GetThingInput$Count: unexpected member"],
  ],
  [
    "a missing member trait",
    (s) => {
      s["ex#GetThingInput"]!.members!.Id!.traits = { "smithy.api#documentation": "Id." };
    },
    ["ex#GetThingInput$Id: missing trait smithy.api#required = {}"],
  ],
  [
    "a different trait value",
    (s) => {
      s["ex#GetThingInput"]!.members!.Size!.traits = { "smithy.api#range": { min: 1, max: 11 } };
    },
    ['ex#GetThingInput$Size: trait smithy.api#range is {"min":1,"max":11}, expected {"min":1,"max":10}'],
  ],
  [
    "trait object keys in another order are equal",
    (s) => {
      s["ex#GetThing"]!.traits!["smithy.api#http"] = { uri: "/GetThing", method: "POST", code: 200 };
    },
    [],
  ],
  [
    "an unexpected shape trait",
    (s) => {
      s["ex#Colors"]!.traits = { "smithy.api#sensitive": {} };
    },
    ["ex#Colors: unexpected trait smithy.api#sensitive = {}"],
  ],
  [
    "a different enum value",
    (s) => {
      s["ex#Color"]!.members!.RED!.traits = { "smithy.api#enumValue": "RED" };
    },
    ['ex#Color$RED: trait smithy.api#enumValue is "RED", expected "red"'],
  ],
  [
    "ignored trait namespaces are not compared",
    (s) => {
      delete s["ex#GetThing"]!.traits!["aws.iam#conditionKeys"];
    },
    [],
  ],
  [
    "documentation text may differ",
    (s) => {
      s["ex#Svc"]!.traits!["smithy.api#documentation"] = "Our own words.";
    },
    [],
  ],
  [
    "missing documentation",
    (s) => {
      delete s["ex#Svc"]!.traits!["smithy.api#documentation"];
    },
    ["ex#Svc: missing documentation"],
  ],
  [
    "documentation the published model does not have",
    (s) => {
      s["ex#Colors"]!.traits = { "smithy.api#documentation": "Colors." };
    },
    ["ex#Colors: unexpected documentation (the published model has none)"],
  ],
  [
    "an operation error list in another order is equal",
    (s) => {
      s["ex#GetThing"]!.errors = [{ target: "ex#Denied" }, { target: "ex#Oops" }];
    },
    [],
  ],
  [
    "a missing operation error",
    (s) => {
      s["ex#GetThing"]!.errors = [{ target: "ex#Denied" }];
    },
    ["ex#GetThing: errors: missing ex#Oops"],
  ],
  [
    "an absent output equals an explicit Unit output",
    (s) => {
      delete s["ex#GetThing"]!.output;
    },
    [],
  ],
  [
    "a different operation input",
    (s) => {
      s["ex#GetThing"]!.input = { target: "ex#Other" };
    },
    ["ex#GetThing: input is ex#Other, expected ex#GetThingInput"],
  ],
  [
    "a different service version, operation list and resource list",
    (s) => {
      const svc = s["ex#Svc"]!;
      svc.version = "2021-01-01";
      svc.operations = [{ target: "ex#GetThing" }];
      svc.resources = [{ target: "ex#Thing" }, { target: "ex#Other" }];
    },
    [
      'ex#Svc: version is "2021-01-01", expected "2020-01-01"',
      "ex#Svc: operations: missing ex#ListThings",
      "ex#Svc: resources: unexpected ex#Other",
    ],
  ],
  [
    "a different resource identifier",
    (s) => {
      s["ex#Thing"]!.identifiers = { Id: { target: "smithy.api#String" } };
    },
    ['ex#Thing: identifiers is {"Id":"smithy.api#String"}, expected {"ThingId":"smithy.api#String"}'],
  ],
  [
    "a resource lifecycle operation",
    (s) => {
      s["ex#Thing"]!.read = { target: "ex#GetThing" };
    },
    ['ex#Thing: read is "ex#GetThing", expected (none)'],
  ],
  [
    "a mixin the published model does not use",
    (s) => {
      s["ex#GetThingInput"]!.mixins = [{ target: "ex#Base" }];
    },
    ["ex#GetThingInput: mixins: unexpected ex#Base"],
  ],
];

describe("diffJsonAst", () => {
  it.each(rows)("%s", (_name, edit, expected) => {
    const actual = base();
    edit(actual);
    expect(diffJsonAst(ast(base()), ast(actual), OPTIONS)).toEqual(expected);
  });
});

describe("sameNode", () => {
  it.each<[string, Parameters<typeof sameNode>[0], Parameters<typeof sameNode>[1], boolean]>([
    ["equal scalars", 1, 1, true],
    ["number vs string", 1, "1", false],
    ["null vs object", null, {}, false],
    ["objects with keys reordered", { a: 1, b: [true] }, { b: [true], a: 1 }, true],
    ["object with an extra key", { a: 1 }, { a: 1, b: 2 }, false],
    ["arrays in another order", [1, 2], [2, 1], false],
    ["arrays of different length", [1], [1, null], false],
    ["array vs object", [], {}, false],
  ])("%s", (_name, a, b, expected) => {
    expect(sameNode(a, b)).toBe(expected);
    expect(sameNode(b, a)).toBe(expected);
  });
});

describe("countDocumented", () => {
  it("counts documented shapes and members in the given namespaces only", () => {
    const shapes = base();
    shapes["other#Doc"] = { type: "string", traits: { "smithy.api#documentation": "Elsewhere." } };
    shapes["ex#Colors"] = {
      type: "list",
      member: { target: "ex#Color", traits: { "smithy.api#documentation": "C" } },
    };
    // ex#Svc, ex#GetThingInput$Id and ex#Colors$member
    expect(countDocumented(ast(shapes), [NS])).toBe(3);
  });
});
