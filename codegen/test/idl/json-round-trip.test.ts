/**
 * End-to-end: `pnpm --silent codegen ast <AWS published JSON AST>` prints a JSON AST that is
 * semantically identical to the published file (key order and indentation aside).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli-main.js";
import { formatDiagnostic } from "../../src/model/diagnostic.js";
import { printJsonAst, toJsonAst } from "../../src/model/serialize.js";
import { assemblePaths } from "../../src/model/sources.js";
import { PUBLISHED_BENEFITS_AST } from "../fixtures/index.js";

const AWS_MODEL = PUBLISHED_BENEFITS_AST ?? "";
const hasReference = PUBLISHED_BENEFITS_AST !== undefined;

describe.skipIf(!hasReference)("AWS published JSON AST round trip", () => {
  it("assembles without errors and serializes to an equal JSON AST", () => {
    const { model, diagnostics } = assemblePaths([AWS_MODEL]);
    expect(diagnostics.filter((d) => d.severity === "ERROR").map(formatDiagnostic)).toEqual([]);
    const printed = printJsonAst(toJsonAst(model));
    expect(JSON.parse(printed)).toEqual(JSON.parse(readFileSync(AWS_MODEL, "utf8")));
  });

  it("`codegen ast` prints it through the CLI, with a final newline and exit code 0", async () => {
    let stdout = "";
    let stderr = "";
    const code = await runCli(["ast", AWS_MODEL], {
      stdout: (s) => {
        stdout += s;
      },
      stderr: (s) => {
        stderr += s;
      },
      cwd: process.cwd(),
    });
    expect(
      stderr.split("\n").filter((l) => l !== "" && !l.includes("warning:") && !l.includes("note:")),
    ).toEqual([]);
    expect(code).toBe(0);
    expect(stdout.endsWith("}\n")).toBe(true);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(AWS_MODEL, "utf8")));
  });
});

describe("CLI errors", () => {
  it("reports a malformed JSON file as path:line:col and exits 1", async () => {
    let stderr = "";
    const dir = mkdtempSync(join(tmpdir(), "codegen-ast-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, '{"smithy": "2.0",\n "shapes": {"a#B": {"type": "string",}}}');
    const code = await runCli(["ast", file], {
      stdout: () => {},
      stderr: (s) => {
        stderr += s;
      },
      cwd: process.cwd(),
    });
    rmSync(dir, { recursive: true });
    expect(code).toBe(1);
    expect(stderr).toBe(`${file}:2:38: Invalid JSON: Expected a string key but found character '}'\n`);
  });
});
