import { describe, expect, it } from "vitest";
import { CodeWriter, ImportRegistry, tsPropertyKey } from "./code-writer.js";
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
