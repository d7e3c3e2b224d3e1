import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "./diagnostic.js";
import { loadSources } from "./load.js";
import { exactNumberText, noteNumberText } from "./number-text.js";
import { printJsonAst, printNode, toJsonAst } from "./serialize.js";

/** [what, shape type, value as written in the JSON AST and expected back] */
const rows: [string, string, string][] = [
  ["a long's maximum (beyond 2^53)", "long", "9223372036854775807"],
  ["a 30-digit bigInteger", "bigInteger", "123456789012345678901234567890"],
  ["a negative 25-digit bigInteger", "bigInteger", "-1234567890123456789012345"],
  ["a bigDecimal beyond a double's range", "bigDecimal", "1.5e400"],
  ["a bigDecimal with 25 significant digits", "bigDecimal", "0.1234567890123456789012345"],
  ["an ordinary double, printed as before", "double", "0.25"],
  ["an ordinary integer", "integer", "42"],
];

describe("numbers keep their source text through JSON AST -> model -> JSON AST", () => {
  it.each(rows)("%s: %s %s", (_what, type, text) => {
    const json = `{"smithy": "2.0", "shapes": {"ex#N": {"type": "${type}", "traits": {"smithy.api#default": ${text}}}}}`;
    const { model, diagnostics } = loadSources([{ path: "n.json", text: json }]);
    expect(diagnostics.filter((d) => d.severity === "ERROR").map(formatDiagnostic)).toEqual([]);
    const printed = printJsonAst(toJsonAst(model as NonNullable<typeof model>));
    expect(printed).toContain(`"smithy.api#default": ${text}\n`);
  });

  it("keeps the text of an IDL number too", () => {
    const idl = '$version: "2"\nnamespace ex\n@range(max: 9223372036854775807)\nlong L\n';
    const { model } = loadSources([{ path: "l.smithy", text: idl }]);
    const range = model?.shapes.get("ex#L")?.traits.get("smithy.api#range");
    expect(printNode(range ?? null)).toContain('"max": 9223372036854775807');
  });
});

describe("noteNumberText", () => {
  it("prints the double when two texts read as the same double", () => {
    const a = "98765432109876543210";
    const b = "98765432109876543211";
    expect(Number(a)).toBe(Number(b));
    noteNumberText(Number(a), a);
    expect(exactNumberText(Number(a))).toBe(a);
    noteNumberText(Number(b), b);
    expect(exactNumberText(Number(a))).toBeUndefined();
  });

  it("treats one number written two ways as one text", () => {
    const a = "12345678901234567890123";
    const b = "1.2345678901234567890123E22";
    expect(Number(a)).toBe(Number(b));
    noteNumberText(Number(a), a);
    noteNumberText(Number(b), b);
    expect(exactNumberText(Number(a))).toBe(a);
  });
});
