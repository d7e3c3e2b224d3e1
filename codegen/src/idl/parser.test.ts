import { describe, expect, it } from "vitest";
import type { AstShape, NodeValue } from "../model/ast.js";
import { formatDiagnostic } from "../model/diagnostic.js";
import { toJsonAst } from "../model/serialize.js";
import { assembleSources } from "../model/sources.js";
import { parseIdl } from "./parser.js";

/** Assembles one IDL file; returns the serialized shapes, metadata and formatted diagnostics. */
function load(text: string): {
  shapes: Record<string, AstShape>;
  metadata: Record<string, NodeValue> | undefined;
  diagnostics: string[];
} {
  const { model, diagnostics } = assembleSources([{ path: "t.smithy", text }]);
  const ast = toJsonAst(model);
  return { shapes: ast.shapes, metadata: ast.metadata, diagnostics: diagnostics.map(formatDiagnostic) };
}

const V2 = '$version: "2"\nnamespace ex\n';

describe("IDL grammar: shapes", () => {
  it.each<[string, string, Record<string, AstShape>]>([
    ["simple shape", "string S", { "ex#S": { type: "string" } }],
    [
      "every simple type",
      "blob A\nboolean B\ndocument C\nbyte D\nshort E\ninteger F\nlong G\nfloat H\ndouble I\nbigInteger J\nbigDecimal K\ntimestamp L",
      {
        "ex#A": { type: "blob" },
        "ex#B": { type: "boolean" },
        "ex#C": { type: "document" },
        "ex#D": { type: "byte" },
        "ex#E": { type: "short" },
        "ex#F": { type: "integer" },
        "ex#G": { type: "long" },
        "ex#H": { type: "float" },
        "ex#I": { type: "double" },
        "ex#J": { type: "bigInteger" },
        "ex#K": { type: "bigDecimal" },
        "ex#L": { type: "timestamp" },
      },
    ],
    [
      "trait on the same line as the shape",
      "@sensitive string S",
      { "ex#S": { type: "string", traits: { "smithy.api#sensitive": {} } } },
    ],
    [
      "list with member traits",
      "list L {\n  @length(min: 1)\n  member: String\n}",
      {
        "ex#L": {
          type: "list",
          member: { target: "smithy.api#String", traits: { "smithy.api#length": { min: 1 } } },
        },
      },
    ],
    [
      "map",
      "map M { key: String, value: Integer }",
      {
        "ex#M": {
          type: "map",
          key: { target: "smithy.api#String" },
          value: { target: "smithy.api#Integer" },
        },
      },
    ],
    [
      "structure members separated only by whitespace, opening brace on next line",
      "structure S\n{ a: String b: Integer }",
      {
        "ex#S": {
          type: "structure",
          members: { a: { target: "smithy.api#String" }, b: { target: "smithy.api#Integer" } },
        },
      },
    ],
    [
      "union",
      "union U { a: String\n b: Unit }",
      {
        "ex#U": {
          type: "union",
          members: { a: { target: "smithy.api#String" }, b: { target: "smithy.api#Unit" } },
        },
      },
    ],
    [
      "enum with implicit and explicit values",
      'enum E {\n  A\n  B = "b"\n}',
      {
        "ex#E": {
          type: "enum",
          members: {
            A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "A" } },
            B: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "b" } },
          },
        },
      },
    ],
    [
      "intEnum",
      "intEnum I {\n  ONE = 1\n  TWO = 2,\n}",
      {
        "ex#I": {
          type: "intEnum",
          members: {
            ONE: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 1 } },
            TWO: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 2 } },
          },
        },
      },
    ],
    [
      "default values of every node kind",
      'structure S {\n a: String = "x"\n b: Integer = 1\n c: StringList = []\n d: Document = null\n e: Boolean = true\n}\nlist StringList { member: String }',
      {
        "ex#S": {
          type: "structure",
          members: {
            a: { target: "smithy.api#String", traits: { "smithy.api#default": "x" } },
            b: { target: "smithy.api#Integer", traits: { "smithy.api#default": 1 } },
            c: { target: "ex#StringList", traits: { "smithy.api#default": [] } },
            d: { target: "smithy.api#Document", traits: { "smithy.api#default": null } },
            e: { target: "smithy.api#Boolean", traits: { "smithy.api#default": true } },
          },
        },
        "ex#StringList": { type: "list", member: { target: "smithy.api#String" } },
      },
    ],
    [
      "operation with explicit input, output and errors",
      'operation Op { input: In, output: Out, errors: [Bad] }\nstructure In {}\nstructure Out {}\n@error("client")\nstructure Bad {}',
      {
        "ex#Op": {
          type: "operation",
          input: { target: "ex#In" },
          output: { target: "ex#Out" },
          errors: [{ target: "ex#Bad" }],
        },
        "ex#In": { type: "structure", members: {} },
        "ex#Out": { type: "structure", members: {} },
        "ex#Bad": { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
      },
    ],
    [
      "operation without input or output targets Unit",
      "operation Op {}",
      {
        "ex#Op": {
          type: "operation",
          input: { target: "smithy.api#Unit" },
          output: { target: "smithy.api#Unit" },
        },
      },
    ],
    [
      "inline input and output with traits and doc comments",
      "operation Op {\n  input := \n  /// In docs\n  @sensitive\n  { a: String }\n  output := {}\n}",
      {
        "ex#Op": { type: "operation", input: { target: "ex#OpInput" }, output: { target: "ex#OpOutput" } },
        "ex#OpInput": {
          type: "structure",
          members: { a: { target: "smithy.api#String" } },
          traits: {
            "smithy.api#documentation": "In docs",
            "smithy.api#input": {},
            "smithy.api#sensitive": {},
          },
        },
        "ex#OpOutput": { type: "structure", members: {}, traits: { "smithy.api#output": {} } },
      },
    ],
    [
      "service body with syntactic shape IDs",
      'service Svc { version: "2024-01-01", operations: [Op], errors: [Err], rename: { "ex#Op": "Renamed" } }\noperation Op {}\n@error("server")\nstructure Err {}',
      {
        "ex#Svc": {
          type: "service",
          version: "2024-01-01",
          operations: [{ target: "ex#Op" }],
          errors: [{ target: "ex#Err" }],
          rename: { "ex#Op": "Renamed" },
        },
        "ex#Op": {
          type: "operation",
          input: { target: "smithy.api#Unit" },
          output: { target: "smithy.api#Unit" },
        },
        "ex#Err": { type: "structure", members: {}, traits: { "smithy.api#error": "server" } },
      },
    ],
    [
      "resource with identifiers, properties and lifecycle operations",
      "resource R {\n identifiers: { id: String }\n properties: { name: String }\n read: Get\n list: Lst\n operations: [Other]\n}\n@readonly operation Get { input := for R { @required $id } }\n@readonly operation Lst {}\noperation Other {}",
      {
        "ex#R": {
          type: "resource",
          identifiers: { id: { target: "smithy.api#String" } },
          properties: { name: { target: "smithy.api#String" } },
          read: { target: "ex#Get" },
          list: { target: "ex#Lst" },
          operations: [{ target: "ex#Other" }],
        },
        "ex#Get": {
          type: "operation",
          input: { target: "ex#GetInput" },
          output: { target: "smithy.api#Unit" },
          traits: { "smithy.api#readonly": {} },
        },
        "ex#GetInput": {
          type: "structure",
          members: { id: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
          traits: { "smithy.api#input": {} },
        },
        "ex#Lst": {
          type: "operation",
          input: { target: "smithy.api#Unit" },
          output: { target: "smithy.api#Unit" },
          traits: { "smithy.api#readonly": {} },
        },
        "ex#Other": {
          type: "operation",
          input: { target: "smithy.api#Unit" },
          output: { target: "smithy.api#Unit" },
        },
      },
    ],
    [
      "apply (single and block) and an empty apply block",
      'structure S { a: String }\napply S @documentation("doc")\napply S$a {\n  @required\n  @length(min: 1)\n}\napply S {}',
      {
        "ex#S": {
          type: "structure",
          members: {
            a: {
              target: "smithy.api#String",
              traits: { "smithy.api#length": { min: 1 }, "smithy.api#required": {} },
            },
          },
          traits: { "smithy.api#documentation": "doc" },
        },
      },
    ],
    [
      "use statement and absolute targets",
      "structure S { a: Other, b: other.ns#Thing }",
      {
        "ex#S": {
          type: "structure",
          members: { a: { target: "other.ns#Other" }, b: { target: "other.ns#Thing" } },
        },
      },
    ],
  ])("%s", (_name, body, expected) => {
    const prefix = body.includes("Other,") ? `${V2}use other.ns#Other\n` : V2;
    const { shapes } = load(prefix + body);
    for (const [id, shape] of Object.entries(expected)) expect(shapes[id], id).toEqual(shape);
    expect(
      Object.keys(shapes)
        .filter((k) => k.startsWith("ex#"))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });
});

describe("IDL grammar: trait values", () => {
  it.each<[string, string, NodeValue]>([
    ["annotation of a document trait becomes null", "@foo", null],
    ["empty parens are the same as no value", "@foo()", null],
    ["string", '@foo("x")', "x"],
    ["number", "@foo(-1.5e3)", -1500],
    ["true", "@foo(true)", true],
    ["explicit null", "@foo(null)", null],
    ["array with trailing comma", "@foo([1, 2,])", [1, 2]],
    ["object", '@foo({a: 1, "b c": [true]})', { a: 1, "b c": [true] }],
    ["structured body keeps key order", '@foo(z: 1, a: "x")', { z: 1, a: "x" }],
    ["structured body with a quoted key", '@foo("k": 1)', { k: 1 }],
    ["syntactic shape ID resolves", "@foo(String)", "smithy.api#String"],
    ["absolute syntactic shape ID", "@foo(a.b#C$d)", "a.b#C$d"],
    ["text block", '@foo("""\n    Hello\n    """)', "Hello\n"],
    ["nested object keys are not resolved", "@foo({String: String})", { String: "smithy.api#String" }],
    ["comments and commas inside values", "@foo([\n // c\n 1,,, 2 // d\n])", [1, 2]],
  ])("%s", (_name, trait, expected) => {
    const { shapes } = load(`${V2}@trait\ndocument foo\n${trait}\nstring S`);
    expect(shapes["ex#S"]?.traits?.["ex#foo"]).toEqual(expected);
  });

  it.each<[string, string, string, NodeValue]>([
    ["list trait annotation becomes []", "@trait list t { member: String }", "@t", []],
    ["string trait annotation becomes null", "@trait string t", "@t", null],
    ["map trait annotation becomes {}", "@trait map t { key: String, value: String }", "@t", {}],
  ])("coerces a missing value by trait type: %s", (_name, def, use, expected) => {
    const { shapes } = load(`${V2}${def}\n${use}\nstring S`);
    expect(shapes["ex#S"]?.traits?.["ex#t"]).toEqual(expected);
  });
});

describe("IDL: metadata and control statements", () => {
  it("merges metadata arrays, resolves unquoted values against smithy.api", () => {
    const { metadata } = load(
      '$version: "2"\nmetadata a = ["x"]\nmetadata a = ["y"]\nmetadata "b" = required\n',
    );
    expect(metadata).toEqual({ a: ["x", "y"], b: "smithy.api#required" });
  });

  it("renames inline IO with operationInputSuffix/OutputSuffix", () => {
    const text =
      '$version: "2"\n$operationInputSuffix: "Request"\n$operationOutputSuffix: "Response"\nnamespace ex\noperation Op { input := {}\n output := {} }';
    const { shapes } = load(text);
    expect(shapes["ex#Op"]).toMatchObject({
      input: { target: "ex#OpRequest" },
      output: { target: "ex#OpResponse" },
    });
  });

  it("parses a file with only control and metadata statements", () => {
    const parsed = parseIdl('$version: "2"\nmetadata x = 1\n', "m.smithy");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.metadata.map((m) => [m.key, m.value])).toEqual([["x", 1]]);
  });
});

describe("IDL: documentation comments", () => {
  it.each<[string, string, Record<string, string | undefined>]>([
    [
      "on a shape, joined lines, one space stripped",
      "/// Line 1\n///   Line 2\nstring S",
      { "ex#S": "Line 1\n  Line 2" },
    ],
    ["before traits applies", "/// Docs\n@sensitive\nstring S", { "ex#S": "Docs" }],
    ["after traits is ignored", "@sensitive\n/// Ignored\nstring S", { "ex#S": undefined }],
    ["on members and enum members", "structure S {\n /// M\n m: String\n}", { "ex#S$m": "M" }],
    ["on enum members", "enum E {\n /// A doc\n A\n}", { "ex#E$A": "A doc" }],
    [
      "trailing on a statement line is ignored",
      "string A /// nope\nstring B",
      { "ex#A": undefined, "ex#B": undefined },
    ],
  ])("%s", (_name, body, expected) => {
    const { shapes } = load(V2 + body);
    for (const [id, doc] of Object.entries(expected)) {
      const [shapeId, member] = id.split("$") as [string, string | undefined];
      const shape = shapes[shapeId];
      const traits = member === undefined ? shape?.traits : (shape?.members?.[member]?.traits ?? undefined);
      expect(traits?.["smithy.api#documentation"], id).toEqual(doc);
    }
  });

  it.each<[string, string, string[]]>([
    ["before a control statement", '/// Nope\n$version: "2"\nnamespace ex\n', ["t.smithy:1:1: warning: "]],
    ["before an apply statement (silently ignored)", `${V2}string S\n/// Nope\napply S @sensitive`, []],
    ["inside a node value", `${V2}@tags([\n/// Nope\n"a"])\nstring S`, ["t.smithy:4:1: warning: "]],
    ["at the end of the file", `${V2}string S\n/// Nope\n`, ["t.smithy:4:1: warning: "]],
  ])("doc comment %s", (_name, text, expected) => {
    const parsed = parseIdl(text, "t.smithy");
    expect(parsed.diagnostics.map((d) => formatDiagnostic(d).slice(0, expected[0]?.length ?? 0))).toEqual(
      expected,
    );
  });

  it("applies docs to the first shape after the use section", () => {
    const { shapes } = load(`${V2}use smithy.api#String\n/// First\nstructure S { a: String }`);
    expect(shapes["ex#S"]?.traits).toEqual({ "smithy.api#documentation": "First" });
  });

  it("warns about dangling doc comments", () => {
    const { diagnostics } = load(`${V2}@sensitive\n/// Dangling\nstring S`);
    expect(diagnostics).toEqual([
      "t.smithy:4:1: warning: Found documentation comments ('///') attached to nothing. Documentation comments must appear on their own lines, directly before shapes and members, and before any traits. The invalid comments were: Dangling",
    ]);
  });
});

describe("IDL: IDL 1.0 files", () => {
  it("treats files without $version as 1.0 (set allowed, implicit primitive defaults)", () => {
    const { shapes, diagnostics } = load(
      "namespace ex\nset S { member: String }\ninteger I\nstructure T { i: I, p: PrimitiveInteger }",
    );
    expect(diagnostics).toEqual([]);
    expect(shapes["ex#S"]).toEqual({ type: "list", member: { target: "smithy.api#String" } });
    expect(shapes["ex#I"]).toEqual({ type: "integer", traits: { "smithy.api#default": 0 } });
    expect(shapes["ex#T"]?.members).toEqual({
      i: { target: "ex#I", traits: { "smithy.api#default": 0 } },
      p: { target: "smithy.api#PrimitiveInteger", traits: { "smithy.api#default": 0 } },
    });
  });
});

describe("IDL syntax errors", () => {
  it.each<[string, string, string[]]>([
    [
      "two statements on one line",
      `${V2}string A string B`,
      ["t.smithy:3:10: Expected a line break, but found IDENTIFIER('string')"],
    ],
    ["unknown shape type", `${V2}strin A`, ["t.smithy:3:1: Unknown shape type: strin"]],
    [
      "missing namespace",
      '$version: "2"\nstring A',
      ["t.smithy:2:1: Expected a namespace definition but found IDENTIFIER('string')"],
    ],
    [
      "$version value on the next line",
      '$version\n: "2"',
      ["t.smithy:1:9: Expected COLON(':') but found NEWLINE('\\n')"],
    ],
    ["unsupported version", '$version: "2.1"\n', ["t.smithy:1:11: Unsupported Smithy version number: 2.1"]],
    [
      "numeric version",
      "$version: 2\n",
      ["t.smithy:1:11: The $version control statement must have a string value, but found 2"],
    ],
    [
      "duplicate control statement",
      '$version: "2"\n$version: "2"\n',
      ["t.smithy:2:1: Duplicate control statement `version`"],
    ],
    [
      "unknown control statement",
      '$version: "2"\n$foo: 1\n',
      ["t.smithy:2:1: warning: Unknown control statement `foo` with value `1`"],
    ],
    [
      "metadata key on the next line (recovery then reports the orphan line)",
      "metadata\nfoo = 1",
      [
        "t.smithy:1:9: Expected one or more whitespace characters, but found NEWLINE('\\n')",
        "t.smithy:2:1: Expected a namespace definition but found IDENTIFIER('foo')",
      ],
    ],
    [
      "use on the next line",
      `${V2}use\nfoo#Bar`,
      [
        "t.smithy:3:4: Expected one or more whitespace characters, but found NEWLINE('\\n')",
        "t.smithy:4:1: Unknown shape type: foo",
      ],
    ],
    ["use of a member", `${V2}use foo#Bar$baz`, ["t.smithy:3:5: Use statements cannot use members"]],
    [
      "with on the next line (simple shape)",
      `@mixin\nstring M\n`.replace(/^/, V2) + "string S\nwith [M]",
      ["t.smithy:6:1: Unknown shape type: with"],
    ],
    [
      "with on the next line (aggregate)",
      `${V2}structure S\nwith [M] {}`,
      ["t.smithy:4:1: Expected LBRACE('{') but found IDENTIFIER('with')"],
    ],
    [
      "default on the next line",
      `${V2}structure S {\n  a: String =\n "hi"\n}`,
      [
        "t.smithy:4:14: Expected one of LBRACE('{'), LBRACKET('['), TEXT_BLOCK('\"\"\"'), STRING('\"'), NUMBER, IDENTIFIER; but found NEWLINE('\\n')",
      ],
    ],
    [
      "enum values need line breaks",
      `${V2}enum E { A = "a" B }`,
      ["t.smithy:3:18: Expected a line break, but found IDENTIFIER('B')"],
    ],
    [
      "duplicate member",
      `${V2}structure S {\n a: String\n a: String\n}`,
      ["t.smithy:5:2: Duplicate member of `ex#S`: 'a'"],
    ],
    [
      "duplicate enum member",
      `${V2}enum E {\n A\n A\n}`,
      ["t.smithy:5:2: Found conflicting member name, `A`"],
    ],
    [
      "duplicate member after many members (checked with a Set past the scan limit)",
      `${V2}structure S {\n${Array.from({ length: 20 }, (_, i) => ` m${i}: String\n`).join("")} m3: String\n}`,
      ["t.smithy:24:2: Duplicate member of `ex#S`: 'm3'"],
    ],
    [
      "duplicate enum member after many members",
      `${V2}enum E {\n${Array.from({ length: 20 }, (_, i) => ` V${i}\n`).join("")} V19\n}`,
      ["t.smithy:24:2: Found conflicting member name, `V19`"],
    ],
    ["duplicate object key", `${V2}@tags({a: 1, a: 2})\nstring S`, ["t.smithy:3:14: Duplicate member: 'a'"]],
    [
      "duplicate trait key",
      `${V2}@length(min: 1, min: 2)\nstring S`,
      ["t.smithy:3:17: Duplicate member of trait: 'min'"],
    ],
    [
      "traits before apply",
      `${V2}string S\n@sensitive\napply S @documentation("x")`,
      ["t.smithy:5:1: Traits applied to apply statement"],
    ],
    [
      "shape name with a namespace",
      `${V2}string com.foo#Bar`,
      ["t.smithy:3:11: Expected a line break, but found DOT('.')"],
    ],
    ["unexpected character", `${V2}string S !`, ["t.smithy:3:10: Unexpected character: '!'"]],
    // an unclosed string is reported where the input ends, as Smithy does
    ["unterminated string", `${V2}@documentation("abc`, ["t.smithy:3:20: Expected: '\"', but found '[EOF]'"]],
    [
      "unterminated string over lines",
      `${V2}@documentation("abc\ndef\n`,
      ["t.smithy:5:1: Expected: '\"', but found '[EOF]'"],
    ],
    [
      "unterminated text block",
      `${V2}@documentation("""\nabc`,
      ["t.smithy:4:4: Expected: '\"\"\"', but found '[EOF]'"],
    ],
    [
      "invalid escape",
      `${V2}@documentation("a\\'b")\nstring S`,
      ["t.smithy:3:16: Error parsing quoted string: Invalid escape found in string: `\\'`"],
    ],
    [
      "text block not followed by a newline",
      `${V2}@documentation("""abc""")\nstring S`,
      ["t.smithy:3:16: Error parsing text block: Text block must start with a new line"],
    ],
    [
      "empty text block",
      `${V2}@documentation("""""")\nstring S`,
      ["t.smithy:3:16: Error parsing text block: Text block is empty"],
    ],
    [
      "number with a bare dot",
      `${V2}@range(min: 1.)\ninteger I`,
      ["t.smithy:3:13: Invalid number '1.': '.' must be followed by a digit"],
    ],
    [
      "too deeply nested values",
      `${V2}@tags(${"[".repeat(70)}${"]".repeat(70)})\nstring S`,
      ["t.smithy:3:70: Parser exceeded maximum allowed depth of 64"],
    ],
    [
      "v2 syntax in a 1.0 file: enum",
      "namespace ex\nenum E { A }",
      ["t.smithy:2:1: enum shapes cannot be used in Smithy version 1.0"],
    ],
    [
      "v2 syntax in a 1.0 file: mixins",
      "namespace ex\nstructure S with [M] {}",
      [
        "t.smithy:2:13: Mixins can only be used with Smithy version 2 or later. Attempted to use mixins with version `1.0`.",
      ],
    ],
    [
      "v2 syntax in a 1.0 file: elision",
      "namespace ex\nstructure S { $a }",
      ["t.smithy:2:15: Members can only elide targets in IDL version 2 or later"],
    ],
    [
      "v2 syntax in a 1.0 file: default",
      'namespace ex\nstructure S { a: String = "" }',
      ["t.smithy:2:25: @default assignment is only supported in IDL version 2 or later"],
    ],
    [
      "set in a 2.0 file",
      `${V2}set S { member: String }`,
      ["t.smithy:3:1: set shapes cannot be used in Smithy version 2.0"],
    ],
    [
      "unknown operation property",
      `${V2}operation O { foo: Bar }`,
      ["t.smithy:3:15: Unknown property foo for ex#O"],
    ],
    [
      "duplicate operation input",
      `${V2}operation O { input: A\n input: B }`,
      ["t.smithy:4:2: Duplicate operation input property for `ex#O`"],
    ],
    [
      "errors := is not allowed",
      `${V2}operation O { errors := {} }`,
      ["t.smithy:3:22: Expected COLON(':') but found WALRUS(':=')"],
    ],
    [
      "bad service body values and unknown keys",
      `${V2}service S { version: 1, operations: Foo, bad: 1 }`,
      [
        "t.smithy:3:11: warning: Expected an object with possible properties of `errors`, `operations`, `rename`, `resources`, `version`, but found additional properties: `bad`",
        "t.smithy:3:11: Expected `version` of `ex#S` to be a string",
        "t.smithy:3:11: Expected `operations` of `ex#S` to be an array of shape IDs",
      ],
    ],
    [
      "recovers and reports several errors",
      `${V2}string A B\nstring C\nstrin D\nstring E`,
      [
        "t.smithy:3:10: Expected a line break, but found IDENTIFIER('B')",
        "t.smithy:5:1: Unknown shape type: strin",
      ],
    ],
  ])("%s", (_name, text, expected) => {
    const parsed = parseIdl(text, "t.smithy");
    expect(parsed.diagnostics.map(formatDiagnostic)).toEqual(expected);
  });

  it("keeps members, traits and error lists of nested statements apart", () => {
    const parsed = parseIdl(
      `${V2}@a @b\nstructure S {\n @c x: String = "d"\n y: S\n}\noperation O {\n input := {\n  @e p: String\n }\n errors: [E1, E2]\n}\nstructure T {}`,
      "t.smithy",
    );
    const summary = parsed.shapes.map((s) => [
      s.id,
      s.traits.map((t) => t.name),
      s.members.map((m) => [m.name, m.target, m.traits.map((t) => t.name)]),
      s.errors?.map((e) => e.id),
    ]);
    expect(summary).toEqual([
      [
        "ex#S",
        ["a", "b"],
        [
          ["x", "String", ["c", "smithy.api#default"]],
          ["y", "S", []],
        ],
        undefined,
      ],
      ["ex#O", [], [], ["E1", "E2"]],
      ["ex#OInput", ["smithy.api#input"], [["p", "String", ["e"]]], undefined],
      ["ex#T", [], [], undefined],
    ]);
  });

  it("keeps the shapes around a syntax error", () => {
    const parsed = parseIdl(`${V2}string A B\nstring C\nstrin D\nstring E`, "t.smithy");
    expect(parsed.shapes.map((s) => s.id)).toEqual(["ex#A", "ex#C", "ex#E"]);
  });
});
