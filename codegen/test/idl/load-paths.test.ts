import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/model/diagnostic.js";
import { loadPaths } from "../../src/model/load.js";
import { assemblePaths } from "../../src/model/sources.js";

const dir = mkdtempSync(join(tmpdir(), "codegen-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
writeFileSync(join(dir, "a.smithy"), '$version: "2"\nnamespace ex\nstructure A { b: B }\n');
writeFileSync(
  join(dir, "nested", "deeper", "b.json"),
  '{"smithy": "2.0", "shapes": {"ex#B": {"type": "string"}}}',
);
writeFileSync(join(dir, "nested", "package.json"), '{"name": "not-a-model"}');
writeFileSync(join(dir, "notes.txt"), "ignored");

describe("loading paths", () => {
  it("searches directories recursively for .smithy and .json models, skipping non-model JSON", () => {
    const { model, diagnostics } = loadPaths([dir]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(model?.shapes.get("ex#A")?.members.get("b")?.target).toBe("ex#B");
    expect(model?.shapes.get("ex#B")?.location.file).toBe(join(dir, "nested", "deeper", "b.json"));
  });

  it("warns about an explicitly named JSON file that is not a model", () => {
    const file = join(dir, "nested", "package.json");
    expect(assemblePaths([file]).diagnostics.map(formatDiagnostic)).toEqual([
      `${file}:1:1: warning: Ignoring JSON file without a top-level \`smithy\` key: not a Smithy model`,
    ]);
  });

  it("reports a missing path and returns no model", () => {
    const missing = join(dir, "missing.smithy");
    const result = loadPaths([missing]);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${missing}:1:1: Cannot read model file: No such file or directory`,
    ]);
  });

  it("returns no model when a file has a syntax error", () => {
    const bad = join(dir, "bad", "x.smithy");
    mkdirSync(join(dir, "bad"));
    writeFileSync(bad, '$version: "2"\nnamespace ex\nstring A B\n');
    const result = loadPaths([bad]);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${bad}:3:10: Expected a line break, but found IDENTIFIER('B')`,
    ]);
  });
});
