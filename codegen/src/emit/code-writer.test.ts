import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CodeWriter, ImportRegistry, LINE_WIDTH, tsPropertyKey, wrapDocLines } from "./code-writer.js";
import { GENERATED_HEADER } from "./emitter.js";

describe("ImportRegistry", () => {
  it.each<[string, [string, string, { type?: boolean; alias?: string }][], string]>([
    ["nothing", [], ""],
    [
      "type-only module",
      [
        ["./a.js", "B", { type: true }],
        ["./a.js", "A", { type: true }],
      ],
      'import type { A, B } from "./a.js";\n',
    ],
    [
      "mixed names get inline type markers",
      [
        ["./a.js", "T", { type: true }],
        ["./a.js", "v", {}],
      ],
      'import { type T, v } from "./a.js";\n',
    ],
    [
      "a value use wins over a type use",
      [
        ["./a.js", "X", { type: true }],
        ["./a.js", "X", {}],
      ],
      'import { X } from "./a.js";\n',
    ],
    [
      "packages first, then relative, each sorted",
      [
        ["./z.js", "Z", {}],
        ["zod", "z", {}],
        ["./a.js", "A", {}],
        ["@x/y", "Y", {}],
      ],
      'import { Y } from "@x/y";\nimport { z } from "zod";\nimport { A } from "./a.js";\nimport { Z } from "./z.js";\n',
    ],
    ["alias", [["./a.js", "Foo", { alias: "Bar" }]], 'import { Foo as Bar } from "./a.js";\n'],
  ])("%s", (_name, adds, expected) => {
    const registry = new ImportRegistry();
    for (const [from, name, options] of adds) registry.add(from, name, options);
    expect(registry.toString()).toBe(expected);
  });

  it("returns the local identifier", () => {
    const registry = new ImportRegistry();
    expect([registry.add("./a.js", "Foo"), registry.add("./a.js", "Foo", { alias: "A" })]).toEqual([
      "Foo",
      "A",
    ]);
  });
});

describe("CodeWriter", () => {
  it("prints header, imports and indented body", () => {
    const w = new CodeWriter();
    const foo = w.importType("./models.js", "Foo");
    w.doc("Says hello.\nTwice.");
    w.block(`export function hello(foo: ${foo}): string`, () => {
      w.line('return "hi";');
    });
    expect(w.toString()).toBe(
      [
        GENERATED_HEADER,
        "",
        'import type { Foo } from "./models.js";',
        "",
        "/**",
        " * Says hello.",
        " * Twice.",
        " */",
        "export function hello(foo: Foo): string {",
        '  return "hi";',
        "}",
        "",
      ].join("\n"),
    );
  });

  it.each<[string, string | undefined, string[], string]>([
    ["empty", undefined, [], ""],
    ["one line", "Hi.", [], "/** Hi. */\n"],
    ["escapes comment ends", "a */ b", [], "/** a *\\/ b */\n"],
    ["tags", "Hi.", ["@deprecated"], "/**\n * Hi.\n * @deprecated\n */\n"],
  ])("doc: %s", (_name, text, tags, expected) => {
    const w = new CodeWriter();
    w.doc(text, tags);
    expect(w.toString({ header: false })).toBe(expected);
  });

  it("leaves blank lines unindented", () => {
    const w = new CodeWriter();
    w.block("{", () => w.line("a\n\nb"), ";");
    expect(w.toString({ header: false })).toBe("{ {\n  a\n\n  b\n};\n");
  });
});

describe("tsPropertyKey", () => {
  it.each([
    ["Name", "Name"],
    ["_x$", "_x$"],
    ["a-b", '"a-b"'],
    ["1st", '"1st"'],
  ])("%s", (name, expected) => {
    expect(tsPropertyKey(name)).toBe(expected);
  });
});

describe("wrapDocLines", () => {
  const words = (n: number, word = "word"): string => Array.from({ length: n }, () => word).join(" ");
  it.each<[string, string[], number, string[]]>([
    ["a short line stays", ["Short text."], 20, ["Short text."]],
    ["prose wraps at word boundaries", [words(6)], 13, ["word word", "word word", "word word"]],
    ["a word longer than the width stays whole", ["x abcdefghijklmnop y"], 8, ["x", "abcdefghijklmnop", "y"]],
    ["a list item hangs under its text", [`- ${words(4)}`], 12, ["- word word", "  word word"]],
    ["a numbered item hangs under its text", [`12. ${words(3)}`], 14, ["12. word word", "    word"]],
    [
      "an inline tag is never split",
      ["See {@link Some Thing} now"],
      12,
      ["See", "{@link Some Thing}", "now"],
    ],
    ["a code span is never split", ["See `a b c d` now"], 8, ["See", "`a b c d`", "now"]],
    ["table rows stay", [`| ${words(8)} |`], 10, [`| ${words(8)} |`]],
    ["headings stay", [`## ${words(8)}`], 10, [`## ${words(8)}`]],
    ["indented code stays", [`    ${words(8)}`], 10, [`    ${words(8)}`]],
    [
      "fenced code stays, prose after it wraps",
      ["```ts", words(8), "```", words(3)],
      10,
      ["```ts", words(8), "```", "word word", "word"],
    ],
    ["blank lines stay", ["", words(1), ""], 10, ["", "word", ""]],
  ])("%s", (_name, lines, width, expected) => {
    expect(wrapDocLines(lines, width)).toEqual(expected);
  });

  it("keeps every doc line of a nested comment within the line width", () => {
    const w = new CodeWriter();
    w.block("export interface A", () => w.block("b:", () => w.doc(words(60))));
    const lines = w.toString({ header: false }).split("\n");
    expect(lines.filter((l) => l.includes("word")).length).toBeGreaterThan(2);
    expect(lines.every((l) => l.length <= LINE_WIDTH)).toBe(true);
  });

  it("writes a single line that fits as a one-line comment, and one that does not as a block", () => {
    const fits = new CodeWriter().doc("x".repeat(LINE_WIDTH - 7)).toString({ header: false });
    expect(fits).toBe(`/** ${"x".repeat(LINE_WIDTH - 7)} */\n`);
    const long = new CodeWriter().doc(`${"x".repeat(LINE_WIDTH - 9)} y z`).toString({ header: false });
    expect(long.split("\n")[0]).toBe("/**");
  });

  it("uses the formatter's line width", () => {
    const biome = JSON.parse(readFileSync(new URL("../../../biome.json", import.meta.url), "utf8"));
    expect(LINE_WIDTH).toBe(biome.formatter.lineWidth);
  });
});
