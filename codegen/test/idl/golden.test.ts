/**
 * Golden tests: each `fixtures/golden/<name>.smithy` is assembled and serialized; the output must
 * equal `<name>.json` beside it. Update them with `pnpm --filter @pc-benefits/codegen exec vitest run test/idl/golden.test.ts -u`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/model/diagnostic.js";
import { printJsonAst, toJsonAst } from "../../src/model/serialize.js";
import { assembleSources } from "../../src/model/sources.js";

const DIR = join(import.meta.dirname, "fixtures", "golden");
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith(".smithy"))
  .sort();

describe("golden JSON AST output", () => {
  it.each(cases)("%s", async (name) => {
    const path = join(DIR, name);
    const { model, diagnostics } = assembleSources([{ path: name, text: readFileSync(path, "utf8") }]);
    const problems = diagnostics.filter((d) => d.severity === "ERROR" || d.severity === "DANGER");
    expect(problems.map(formatDiagnostic)).toEqual([]);
    const printed = printJsonAst(toJsonAst(model));
    await expect(printed).toMatchFileSnapshot(join(DIR, name.replace(/\.smithy$/, ".json")));

    // The printed JSON AST loads back into the same model.
    const again = assembleSources([{ path: "again.json", text: printed }]);
    expect(again.diagnostics.filter((d) => d.severity === "ERROR").map(formatDiagnostic)).toEqual([]);
    expect(printJsonAst(toJsonAst(again.model))).toBe(printed);
  });
});
