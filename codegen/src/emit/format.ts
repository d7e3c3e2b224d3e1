/**
 * Formats generated files with the repository's formatter (Biome, configured by the root `biome.json`), so
 * what `pnpm codegen` writes is exactly what `biome format` would make of it and the drift check stays stable.
 *
 * All files go through one run of the workspace's `biome` binary: they are written to a temporary folder,
 * laid out as in the repository, beside a configuration holding only the root configuration's formatting
 * settings (formatter, per-language formatters, overrides), then formatted in place and read back. Files
 * Biome does not format (neither TypeScript, JavaScript nor JSON) are returned unchanged.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Extensions Biome formats here. */
const FORMATTED = /\.(?:[cm]?[jt]s|tsx|jsx|json)$/;

/** Top-level sections of `biome.json` that decide how a file is formatted. */
const FORMAT_SECTIONS = ["formatter", "javascript", "json", "overrides"] as const;

export class FormatError extends Error {}

/**
 * Returns `files` (repository-relative path to contents) formatted as Biome formats them under `root` (the
 * repository root: its `biome.json` and `node_modules/.bin/biome`). Order and paths are kept.
 */
export function formatGeneratedFiles(files: ReadonlyMap<string, string>, root: string): Map<string, string> {
  const targets = [...files.keys()].filter((path) => FORMATTED.test(path));
  if (targets.length === 0) return new Map(files);
  const biome = join(root, "node_modules", ".bin", "biome");
  if (!existsSync(biome)) {
    throw new FormatError(`cannot format generated code: \`${biome}\` is missing (run \`pnpm install\`)`);
  }
  const dir = mkdtempSync(join(tmpdir(), "pcb-format-"));
  try {
    writeFileSync(join(dir, "biome.json"), JSON.stringify(formattingConfig(root)));
    for (const path of targets) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, files.get(path) as string);
    }
    const result = spawnSync(biome, ["format", "--write", "--no-errors-on-unmatched", "."], {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw new FormatError(`cannot run \`${biome}\`: ${result.error.message}`);
    if (result.status !== 0) {
      throw new FormatError(
        `\`biome format\` failed on the generated code (exit ${result.status}):\n${result.stderr}${result.stdout}`,
      );
    }
    const out = new Map<string, string>();
    for (const [path, contents] of files) {
      out.set(path, FORMATTED.test(path) ? readFileSync(join(dir, path), "utf8") : contents);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The formatting sections of `<root>/biome.json`, in a configuration that formats every file it is given. */
function formattingConfig(root: string): Record<string, unknown> {
  const path = join(root, "biome.json");
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new FormatError(
      `cannot format generated code: cannot read \`${path}\`: ${error instanceof Error ? error.message : error}`,
    );
  }
  const out: Record<string, unknown> = {
    root: true,
    vcs: { enabled: false },
    files: { includes: ["**"] },
    linter: { enabled: false },
    assist: { enabled: false },
  };
  for (const key of FORMAT_SECTIONS) if (config[key] !== undefined) out[key] = config[key];
  return out;
}
