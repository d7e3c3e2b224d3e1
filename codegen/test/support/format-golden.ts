/**
 * Emitter output as `pnpm codegen` writes it: formatted by the repository's Biome, so the golden files
 * the emitter suites compare with are the formatted text (see `src/emit/format.ts`).
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratedFile } from "../../src/emit/emitter.js";
import { formatGeneratedFiles } from "../../src/emit/format.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The files formatted, in the same order. */
export function formatFiles(files: readonly GeneratedFile[]): GeneratedFile[] {
  const formatted = formatGeneratedFiles(new Map(files.map((f) => [f.path, f.contents])), REPO);
  return files.map((f) => ({ path: f.path, contents: formatted.get(f.path) as string }));
}

/** A path-to-contents map formatted (paths relative to any folder; the extension picks the language). */
export function formatFileMap(files: ReadonlyMap<string, string>): Map<string, string> {
  return formatGeneratedFiles(files, REPO);
}
