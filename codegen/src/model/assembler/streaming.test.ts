/**
 * The streaming assembler must give exactly what the reference assembler gives: the same shapes in
 * the same order, with the same traits (in order), members, locations and entity properties, the
 * same metadata and diagnostics. These tests compare the two on inputs where streaming completes
 * (with shapes deferred to the end or not) and check that it gives up where it has to.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateIdl, generateRealisticIdl } from "../../../bench/parse.js";
import { modelSnapshot } from "../../../test/support/model-snapshot.js";
import {
  type AssembledModel,
  assembleAtOnce,
  assembleSources,
  assembleStreaming,
  preludeShadows,
  type SourceText,
} from "../sources.js";

const V2 = '$version: "2"\nnamespace ex\n';
const here = dirname(fileURLToPath(import.meta.url));

function files(...texts: string[]): SourceText[] {
  return texts.map((text, i) => ({
    path: text.trimStart().startsWith("{") ? `f${i}.json` : `f${i}.smithy`,
    text,
  }));
}

const snapshot = modelSnapshot;

/** Streams `sources`, expects it to complete, and to equal the reference. */
function expectSameAsReference(sources: SourceText[]): AssembledModel {
  const streamed = assembleStreaming(sources);
  expect(streamed, "streaming gave up").toBeDefined();
  expect(snapshot(streamed as AssembledModel)).toEqual(snapshot(assembleAtOnce(sources)));
  return streamed as AssembledModel;
}

describe("streaming assembly equals the reference", () => {
  it.each<[string, SourceText[]]>([
    [
      "plain shapes, forward references, inline input and output",
      files(
        `${V2}/// Docs\n@length(min: 1)\nstring Id\nstructure S {\n  @required\n  id: Id\n  later: Later = "x"\n}\n` +
          "operation Op {\n  input := { id: Id }\n  output := { s: S }\n  errors: [Err]\n}\n" +
          '@error("client")\nstructure Err { message: String }\nstring Later\nenum E { A, B = "b" }\nintEnum I { ONE = 1 }\n' +
          "list L { member: S }\nmap M { key: String, value: L }\nunion U { a: String, b: Integer }",
      ),
    ],
    [
      "mixins (deferred) with a mixin built at once, and apply to both",
      files(
        `${V2}@mixin(localTraits: [internal])\n@internal\n@sensitive\nstructure M { a: String, b: String }\n` +
          'structure S with [M] {\n  @required\n  $a\n  c: Integer\n}\napply S$b @documentation("b")\napply M @tags(["t"])',
      ),
    ],
    [
      "a custom trait defined after its use, with and without a value",
      files(`${V2}@marker\n@limit(3)\nstring S\n@trait\nstructure marker {}\n@trait\ninteger limit`),
    ],
    [
      "a syntactic shape ID in a trait value naming a shape defined later",
      files(`${V2}@idRef\n@trait\nstring ref\n@ref(Later)\nstring S\nstring Later`),
    ],
    [
      "a resource-bound structure with elided members",
      files(
        `${V2}resource R {\n  identifiers: { rid: String }\n  properties: { size: Integer }\n  read: Get\n}\n` +
          "@readonly\noperation Get {\n  input := for R {\n    @required\n    $rid\n  }\n  output := for R { $size }\n}",
      ),
    ],
    [
      "apply to shapes and members built at once, from another file too",
      files(
        `${V2}structure S {\n  @required\n  a: String\n  b: String\n}\napply S @documentation("S")\napply S$b @sensitive`,
        `${V2}apply S$a @documentation("a")\napply S @tags(["x"])`,
      ),
    ],
    [
      "IDL and JSON AST files mixed, use statements, metadata",
      files(
        `$version: "2"\nmetadata suppressions = [{ id: "X", namespace: "*" }]\nnamespace ex\nuse other#Thing\nstructure S { a: Thing, b: FromJson }`,
        '$version: "2"\nmetadata suppressions = [{ id: "Y", namespace: "*" }]\nnamespace other\nstring Thing',
        '{"smithy": "2.0", "shapes": {"ex#FromJson": {"type": "string", "traits": {"smithy.api#sensitive": {}}}}}',
      ),
    ],
    [
      "the model's own shapes named like prelude shapes, defined after their use, in other files too",
      files(
        `${V2}structure S {\n  a: String\n  b: Timestamp\n  @required\n  c: Integer\n}\nstring String`,
        `${V2}timestamp Timestamp\nstructure T { t: Timestamp, i: Integer }`,
      ),
    ],
    [
      "a service and operations with shared errors",
      files(
        `${V2}@aws.protocols#awsJson1_0\nservice Svc {\n  version: "2020-01-01"\n  operations: [Op]\n  errors: [Err]\n}\n` +
          'operation Op {}\n@error("server")\nstructure Err {}',
      ),
    ],
  ])("%s", (_name, sources) => {
    expectSameAsReference(sources);
  });

  it("the generated benchmark models", () => {
    const dense = expectSameAsReference([{ path: "bench.smithy", text: generateIdl(64 * 1024) }]);
    expect(dense.diagnostics.filter((d) => d.severity === "ERROR")).toEqual([]);
    // three copies of model/ in one file: every copy's shapes are defined, none twice
    const realistic = expectSameAsReference([
      { path: "realistic.smithy", text: generateRealisticIdl(120 * 1024) },
    ]);
    expect(realistic.diagnostics).toEqual([]);
    for (const copy of [0, 1, 2]) {
      expect(realistic.model.shapes.get(`bench.realistic#GetBenefit${copy}`)?.type).toBe("operation");
    }
  });

  it("the project's model and every IDL and JSON fixture of the test suites", () => {
    const roots = [
      join(here, "../../../../model"),
      join(here, "../../../test/fixtures"),
      join(here, "../../../test/idl"),
    ];
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith(".smithy") || name.endsWith(".json")) found.push(full);
      }
    };
    for (const root of roots) walk(root);
    expect(found.length).toBeGreaterThan(20);
    let streamed = 0;
    for (const path of found) {
      const sources = [{ path, text: readFileSync(path, "utf8"), discovered: true }];
      const result = assembleStreaming(sources);
      // an error or a corner case makes it give up; then the reference answers alone
      if (result === undefined) continue;
      streamed++;
      expect(snapshot(result), path).toEqual(snapshot(assembleAtOnce(sources)));
    }
    expect(streamed).toBeGreaterThan(found.length / 2);
    const model = readdirSync(roots[0] as string).map((n) => join(roots[0] as string, n));
    expectSameAsReference(model.map((path) => ({ path, text: readFileSync(path, "utf8") })));
  });
});

describe("streaming gives up where only the reference can answer", () => {
  it.each<[string, SourceText[]]>([
    ["any diagnostic from the assembler", files(`${V2}structure S { a: Missing }\n@unknownTrait\nstring T`)],
    ["a duplicate definition, even an equivalent one", files(`${V2}string S`, `${V2}string S`)],
    [
      "a prelude name defined after its use, on a line the text scan does not read",
      files(`${V2}structure S { a: String }\n@sensitive string String`),
    ],
    [
      "a prelude name the text scan took for a definition, in a text block",
      files(`${V2}@documentation("""\n    string String\n    """)\nstructure S { a: String }`),
    ],
    ["an IDL 1.0 file", files("namespace ex\nstructure S { a: Integer }")],
    [
      "apply to an enum member (its enumValue would come first)",
      files(`${V2}enum E { A }\napply E$A @deprecated`),
    ],
    ["a conflict found by apply", files(`${V2}@documentation("a")\nstring S\napply S @documentation("b")`)],
    // the prelude's shapes are assembled once and shared by every model
    ["apply to a bundled shape", files(`${V2}apply aws.api#arn @documentation("changed")`)],
    [
      "a shape defined in a bundled namespace",
      files('$version: "2"\nnamespace aws.api\nstring Extra\nstructure S { a: Extra }'),
    ],
  ])("%s", (_name, sources) => {
    expect(assembleStreaming(sources)).toBeUndefined();
    // and assembleSources falls back to the reference's answer
    expect(snapshot(assembleSources(sources))).toEqual(snapshot(assembleAtOnce(sources)));
  });
});

describe("the prelude assembled once", () => {
  it("is shared by the models streamed on it, unchanged by them", () => {
    const first = assembleStreaming(files(`${V2}apply S @documentation("a")\nstring S`));
    const second = assembleStreaming(files(`${V2}string T`));
    expect(first && second).toBeDefined();
    const arn = first?.model.shapes.get("aws.api#arn");
    expect(arn).toBeDefined();
    expect(second?.model.shapes.get("aws.api#arn")).toBe(arn);
    expect(snapshot(second as AssembledModel)).toEqual(snapshot(assembleAtOnce(files(`${V2}string T`))));
  });
});

describe("preludeShadows", () => {
  it("finds shape statements named like prelude shapes, per file namespace, in IDL files only", () => {
    const found = preludeShadows([
      {
        path: "a.smithy",
        text: `${V2}timestamp Timestamp\n  string String\nstring Name\nstructure required {}`,
      },
      { path: "b.smithy", text: '$version: "2"\nnamespace other.ns\nlist Document { member: String }' },
      { path: "c.smithy", text: "string String" },
      { path: "crlf.smithy", text: '$version: "2"\r\nnamespace crlf\r\nblob Blob\r\nstring Boolean\r\n' },
      { path: "d.json", text: "\nnamespace ex\nstring Integer" },
    ]);
    expect([...found].sort()).toEqual([
      "crlf#Blob",
      "crlf#Boolean",
      "ex#String",
      "ex#Timestamp",
      "ex#required",
      "other.ns#Document",
    ]);
  });
});
