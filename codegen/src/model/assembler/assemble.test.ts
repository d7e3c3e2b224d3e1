import { describe, expect, it } from "vitest";
import type { AstShape } from "../ast.js";
import { formatDiagnostic } from "../diagnostic.js";
import { toJsonAst } from "../serialize.js";
import { assembleSources, type SourceText } from "../sources.js";

const V2 = '$version: "2"\nnamespace ex\n';

function files(...texts: string[]): SourceText[] {
  return texts.map((text, i) => ({
    path: text.trimStart().startsWith("{") ? `f${i}.json` : `f${i}.smithy`,
    text,
  }));
}

function assembled(sources: SourceText[]) {
  const { model, diagnostics } = assembleSources(sources);
  return { model, shapes: toJsonAst(model).shapes, diagnostics: diagnostics.map(formatDiagnostic) };
}

describe("assembler semantics", () => {
  it.each<[string, SourceText[], Record<string, AstShape>]>([
    [
      "relative IDs: use, then current namespace, then prelude, else current namespace",
      files(
        `${V2}use other#Thing\nstructure S { a: Thing, b: String, c: Later, d: Missing }\nstring Later`,
        '$version: "2"\nnamespace other\nstring Thing',
      ),
      {
        "ex#S": {
          type: "structure",
          members: {
            a: { target: "other#Thing" },
            b: { target: "smithy.api#String" },
            c: { target: "ex#Later" },
            d: { target: "ex#Missing" },
          },
        },
      },
    ],
    [
      "a `use` statement counts in its own file only, whatever other files of the namespace resolved",
      files(
        `${V2}structure A { x: Thing }\nstructure Thing { m: String }\napply Thing$m @documentation("A")`,
        `${V2}use other#Thing\nstructure B { x: Thing }\napply Thing$m @documentation("B")`,
        `${V2}structure C { x: Thing }`,
        '$version: "2"\nnamespace other\nstructure Thing { m: String }',
      ),
      {
        "ex#A": { type: "structure", members: { x: { target: "ex#Thing" } } },
        "ex#B": { type: "structure", members: { x: { target: "other#Thing" } } },
        "ex#C": { type: "structure", members: { x: { target: "ex#Thing" } } },
        "ex#Thing": {
          type: "structure",
          members: { m: { target: "smithy.api#String", traits: { "smithy.api#documentation": "A" } } },
        },
        "other#Thing": {
          type: "structure",
          members: { m: { target: "smithy.api#String", traits: { "smithy.api#documentation": "B" } } },
        },
      },
    ],
    [
      "a local shape shadows the prelude shape of the same name",
      files(`${V2}structure S { a: String }\nstring String`),
      { "ex#S": { type: "structure", members: { a: { target: "ex#String" } } } },
    ],
    [
      "forward references across files, IDL and JSON mixed",
      files(
        `${V2}structure S { a: FromJson }`,
        '{"smithy": "2.0", "shapes": {"ex#FromJson": {"type": "string", "traits": {"smithy.api#sensitive": {}}}}}',
      ),
      {
        "ex#S": { type: "structure", members: { a: { target: "ex#FromJson" } } },
        "ex#FromJson": { type: "string", traits: { "smithy.api#sensitive": {} } },
      },
    ],
    [
      "array-valued traits from several applications are concatenated",
      files(`${V2}@tags(["a"])\nstring S\napply S @tags(["b"])`, `${V2}apply S @tags(["c"])`),
      { "ex#S": { type: "string", traits: { "smithy.api#tags": ["a", "b", "c"] } } },
    ],
    [
      "a doc comment equal to an explicit @documentation merges",
      files(`${V2}/// Same\n@documentation("Same")\nstring S`),
      { "ex#S": { type: "string", traits: { "smithy.api#documentation": "Same" } } },
    ],
    [
      "identical duplicate definitions are ignored",
      files(`${V2}string S`, `${V2}string S`),
      { "ex#S": { type: "string" } },
    ],
    [
      "mixins: inherited traits and members, localTraits, apply entries for inherited members",
      files(
        `${V2}@mixin(localTraits: [internal])\n@internal\n@sensitive\nstructure M { a: String, b: String }\n` +
          'structure S with [M] {\n  @required\n  $a\n  c: Integer\n}\napply S$b @documentation("b")',
      ),
      {
        "ex#M": {
          type: "structure",
          members: { a: { target: "smithy.api#String" }, b: { target: "smithy.api#String" } },
          traits: {
            "smithy.api#internal": {},
            "smithy.api#mixin": { localTraits: ["smithy.api#internal"] },
            "smithy.api#sensitive": {},
          },
        },
        "ex#S": {
          type: "structure",
          mixins: [{ target: "ex#M" }],
          members: { c: { target: "smithy.api#Integer" } },
        },
        "ex#S$a": { type: "apply", traits: { "smithy.api#required": {} } },
        "ex#S$b": { type: "apply", traits: { "smithy.api#documentation": "b" } },
      },
    ],
    [
      "target elision from a bound resource is a local member",
      files(`${V2}resource R { identifiers: { id: String } }\nstructure S for R { $id }`),
      {
        "ex#R": { type: "resource", identifiers: { id: { target: "smithy.api#String" } } },
        "ex#S": { type: "structure", members: { id: { target: "smithy.api#String" } } },
      },
    ],
    [
      "enum members from JSON get their implicit enumValue",
      files(
        '{"smithy": "2.0", "shapes": {"ex#E": {"type": "enum", "members": {"A": {"target": "smithy.api#Unit"}}}}}',
      ),
      {
        "ex#E": {
          type: "enum",
          members: { A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "A" } } },
        },
      },
    ],
    [
      "service mixins: only local operations are written",
      files(
        `${V2}@mixin\nservice Base { operations: [A] }\nservice S with [Base] { version: "1", operations: [B] }\noperation A {}\noperation B {}`,
      ),
      {
        "ex#A": {
          type: "operation",
          input: { target: "smithy.api#Unit" },
          output: { target: "smithy.api#Unit" },
        },
        "ex#B": {
          type: "operation",
          input: { target: "smithy.api#Unit" },
          output: { target: "smithy.api#Unit" },
        },
        "ex#Base": { type: "service", operations: [{ target: "ex#A" }], traits: { "smithy.api#mixin": {} } },
        "ex#S": {
          type: "service",
          mixins: [{ target: "ex#Base" }],
          version: "1",
          operations: [{ target: "ex#B" }],
        },
      },
    ],
  ])("%s", (_name, sources, expected) => {
    const { shapes, diagnostics } = assembled(sources);
    expect(diagnostics.filter((d) => !d.includes(": warning: ") && !d.includes("note:"))).toEqual([]);
    for (const [id, shape] of Object.entries(expected)) expect(shapes[id], id).toEqual(shape);
  });

  it("keeps effective traits and members of mixed-in shapes in the model", () => {
    const { model } = assembled(
      files(`${V2}@mixin\n@sensitive\nstructure M { a: String }\nstructure S with [M] { b: String }`),
    );
    const s = model.shapes.get("ex#S");
    expect([...(s?.members.keys() ?? [])]).toEqual(["a", "b"]);
    expect(s?.members.get("a")?.inheritedFrom).toBe("ex#M");
    expect(s?.traits.has("smithy.api#sensitive")).toBe(true);
    expect(s?.introducedTraits.size).toBe(0);
  });

  it("shares one read-only empty Map between members and shapes without traits or members", () => {
    const { model } = assembled(
      files(`${V2}string A\nstructure S { a: String, b: String, @required c: String }`),
    );
    const s = model.shapes.get("ex#S");
    const a = s?.members.get("a");
    const b = s?.members.get("b");
    expect(a?.traits.size).toBe(0);
    expect(a?.traits).toBe(b?.traits);
    expect(a?.introducedTraits).toBe(a?.traits);
    expect([...(s?.members.get("c")?.traits.keys() ?? [])]).toEqual(["smithy.api#required"]);
    expect(model.shapes.get("ex#A")?.members.size).toBe(0);
    const shared = a?.traits as Map<string, unknown> | undefined;
    expect(() => shared?.set("smithy.api#sensitive", {})).toThrow(/read-only/);
    expect(b?.traits.size).toBe(0);
  });

  it("gives every trait applied without a value one shared, frozen empty value", () => {
    const { model } = assembled(
      files(`${V2}@sensitive\nstring A\nstructure S {\n  @required\n  a: A\n  @required\n  b: A\n}`),
    );
    const s = model.shapes.get("ex#S");
    const a = s?.members.get("a")?.traits.get("smithy.api#required");
    expect(a).toEqual({});
    expect(s?.members.get("b")?.traits.get("smithy.api#required")).toBe(a);
    expect(model.shapes.get("ex#A")?.traits.get("smithy.api#sensitive")).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it("gives members their own Map when apply or enum values add traits", () => {
    const { model } = assembled(
      files(`${V2}structure S { a: String, b: String }\napply S$a @sensitive\nenum E { X, Y }`),
    );
    const s = model.shapes.get("ex#S");
    expect([...(s?.members.get("a")?.traits.keys() ?? [])]).toEqual(["smithy.api#sensitive"]);
    expect(s?.members.get("b")?.traits.size).toBe(0);
    const e = model.shapes.get("ex#E");
    expect(e?.members.get("X")?.traits.get("smithy.api#enumValue")).toBe("X");
    expect(e?.members.get("Y")?.traits.get("smithy.api#enumValue")).toBe("Y");
  });

  it("types operation input/output as Unit when absent and merges metadata", () => {
    const { model } = assembled(
      files('$version: "2"\nmetadata m = [1]\nnamespace ex\noperation O {}', "metadata m = [2]"),
    );
    expect(model.shapes.get("ex#O")?.input).toBe("smithy.api#Unit");
    expect(model.metadata.get("m")).toEqual([1, 2]);
  });
});

describe("assembler errors", () => {
  it.each<[string, SourceText[], string[]]>([
    [
      "conflicting trait values",
      files(`${V2}@documentation("a")\nstring S\napply S @documentation("b")`),
      [
        "f0.smithy:5:9: Conflicting `smithy.api#documentation` trait found on shape `ex#S`. The previous trait was defined at `f0.smithy:3:1`, and a conflicting trait was defined at `f0.smithy:5:9`.",
      ],
    ],
    [
      "conflicting shape definitions across files",
      files(`${V2}string S`, `${V2}integer S`),
      ["f1.smithy:3:1: Conflicting shape definition for `ex#S` found at `f0.smithy:3:1` and `f1.smithy:3:1`"],
    ],
    [
      "metadata conflict",
      files("metadata a = 1", "metadata a = 2"),
      [
        "f1.smithy:1:10: Metadata conflict for key `a`. Defined in both `f0.smithy:1:10` and `f1.smithy:1:10`",
      ],
    ],
    [
      "unresolved trait",
      files(`${V2}@nope\nstring S`),
      [
        "f0.smithy:3:1: Unable to resolve trait `ex#nope`. If this is a custom trait, then it must be defined before it can be used in a model.",
      ],
    ],
    [
      "a non-trait shape used as a trait",
      files(`${V2}@Other\nstring S\nstructure Other {}`),
      [
        "f0.smithy:3:1: Shape `ex#Other` cannot be applied as a trait. If this is a custom trait, please add `@trait` to this shape.",
      ],
    ],
    [
      "apply to an unknown shape",
      files(`${V2}apply Nope$m @sensitive`),
      ["f0.smithy:3:14: Trait `sensitive` applied to unknown shape `ex#Nope$m`"],
    ],
    [
      "apply to a prelude shape",
      files(`${V2}apply String @sensitive`),
      [
        "f0.smithy:3:14: Cannot apply `smithy.api#sensitive` to an immutable prelude shape defined in `smithy.api`.",
      ],
    ],
    [
      "mixin without @mixin",
      files(`${V2}structure M {}\nstructure S with [M] {}`),
      ["f0.smithy:4:1: Attempted to use ex#M as a mixin, but it is not marked with the mixin trait"],
    ],
    [
      "mixin of another type",
      files(`${V2}@mixin\nstring M\nstructure S with [M] {}`),
      [
        "f0.smithy:5:1: Mixins may only be mixed into shapes of the same type. The following mixins were applied to the structure shape `ex#S` which are not structure shapes: [`ex#M`]",
      ],
    ],
    [
      "mixin cycle",
      files(`${V2}@mixin\nstructure A with [B] {}\n@mixin\nstructure B with [A] {}`),
      ["f0.smithy:6:1: Unable to resolve mixins; cycles detected between this shape and [ex#A]"],
    ],
    [
      "member redeclared with another target",
      files(`${V2}@mixin\nstructure M { a: String }\nstructure S with [M] { a: Integer }`),
      ["f0.smithy:5:24: Member conflicts with an inherited mixin member: `ex#M$a`"],
    ],
    [
      "operation mixin with an input",
      files(`${V2}@mixin\noperation M { input := {} }`),
      [
        "f0.smithy:4:1: Operation shapes with the mixin trait MUST target `smithy.api#Unit` for their input and output. Operation mixin shape `ex#M` defines one or both of these properties.",
      ],
    ],
    [
      "elision without a match",
      files(`${V2}structure S { $a }`),
      [
        "f0.smithy:3:15: Member target was elided, but no bound resource or mixin contained a matching identifier or member name.",
      ],
    ],
    [
      "for target that is not a resource",
      files(`${V2}structure X {}\nstructure S for X { $a }`),
      [
        "f0.smithy:4:17: The target of the `for` production must be a resource shape, but found a structure shape: ex#X",
        "f0.smithy:4:21: Member target was elided, but no bound resource or mixin contained a matching identifier or member name.",
      ],
    ],
    [
      "list with a wrong member name",
      files(`${V2}list L { item: String }`),
      ["f0.smithy:3:1: List shapes may only have a `member` member, but found `item`"],
    ],
    [
      "map without value",
      files(`${V2}map M { key: String }`),
      ["f0.smithy:3:1: Missing required member of shape `ex#M`: value"],
    ],
    [
      "enum member targeting a shape",
      files(
        '{"smithy": "2.0", "shapes": {"ex#E": {"type": "enum", "members": {"A": {"target": "smithy.api#String"}}}}}',
      ),
      ["f0.json:1:72: Enum members may only target `smithy.api#Unit`, but found `smithy.api#String`"],
    ],
    [
      "syntactic shape ID that does not resolve",
      files(`${V2}@documentation(GET)\nstring S`),
      [
        "f0.smithy:3:16: danger: Syntactic shape ID `GET` does not resolve to a valid shape ID: `ex#GET`. Did you mean to quote this string? Are you missing a model file?",
      ],
    ],
    [
      "use of an undefined shape",
      files(`${V2}use other#Nope\nstring S`),
      ["f0.smithy:3:5: warning: Use statement refers to undefined shape: other#Nope"],
    ],
    [
      "shape name that conflicts with a use",
      files(`${V2}use smithy.api#String\nstring String`),
      ["f0.smithy:4:8: Shape name `String` conflicts with imported shape `smithy.api#String`"],
    ],
    [
      "two uses of the same name",
      files(
        `${V2}use a#X\nuse b#X\n`,
        '$version: "2"\nnamespace a\nstring X',
        '$version: "2"\nnamespace b\nstring X',
      ),
      ["f0.smithy:4:5: Cannot use name `b#X` because it conflicts with `a#X`"],
    ],
  ])("%s", (_name, sources, expected) => {
    expect(assembled(sources).diagnostics).toEqual(expected);
  });
});
