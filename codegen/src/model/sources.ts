/**
 * Reads `.smithy` and `.json` model files (directories searched recursively) and assembles them
 * with the prelude, without running validators. `load.ts` adds validation on top.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseIdl } from "../idl/parser.js";
import { assemble } from "./assembler.js";
import type { ParsedFile } from "./definitions.js";
import type { Diagnostic } from "./diagnostic.js";
import { loadJsonAst } from "./json-loader.js";
import type { Model } from "./model.js";
import { preludeFiles } from "./prelude/prelude-files.js";

export interface SourceText {
  path: string;
  text: string;
  /** Found while searching a directory: a JSON file that is not a Smithy model is then skipped silently. */
  discovered?: boolean;
}

export interface AssembledModel {
  /** Always present; partial when `diagnostics` hold errors. */
  model: Model;
  diagnostics: Diagnostic[];
}

/** Reads files and directories from disk and assembles them. */
export function assemblePaths(paths: readonly string[]): AssembledModel {
  const diagnostics: Diagnostic[] = [];
  const sources = readSources(paths, diagnostics);
  const result = assembleSources(sources);
  return { model: result.model, diagnostics: [...diagnostics, ...result.diagnostics] };
}

export function readSources(paths: readonly string[], diagnostics: Diagnostic[]): SourceText[] {
  const sources: SourceText[] = [];
  for (const path of paths) {
    const files = listModelFiles(path, diagnostics);
    for (const file of files) {
      try {
        const source: SourceText = { path: file, text: readFileSync(file, "utf8") };
        if (file !== path) source.discovered = true;
        sources.push(source);
      } catch (e) {
        diagnostics.push(ioError(file, e));
      }
    }
  }
  return sources;
}

/** Assembles in-memory sources (`.json` paths are JSON AST, anything else IDL). */
export function assembleSources(sources: readonly SourceText[]): AssembledModel {
  const files: ParsedFile[] = [...preludeFiles()];
  const notes: Diagnostic[] = [];
  for (const source of sources) {
    const parsed = parseSource(source);
    if (parsed) files.push(parsed);
    else if (!source.discovered) {
      notes.push({
        severity: "WARNING",
        id: "Model",
        message: "Ignoring JSON file without a top-level `smithy` key: not a Smithy model",
        location: { file: source.path, line: 1, column: 1 },
      });
    }
  }
  const result = assemble(files);
  return { model: result.model, diagnostics: [...notes, ...result.diagnostics] };
}

function parseSource(source: SourceText): ParsedFile | undefined {
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  if (source.path.endsWith(".json")) return loadJsonAst(text, source.path);
  return parseIdl(text, source.path);
}

function listModelFiles(path: string, diagnostics: Diagnostic[]): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch (e) {
    diagnostics.push(ioError(path, e));
    return [];
  }
  if (!stat.isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (e) {
      diagnostics.push(ioError(dir, e));
      return;
    }
    for (const name of entries) {
      if (name === "node_modules" || name.startsWith(".")) continue;
      const full = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue;
      }
      if (isDir) walk(full);
      else if (name.endsWith(".smithy") || name.endsWith(".json")) out.push(full);
    }
  };
  walk(path);
  return out;
}

function ioError(path: string, e: unknown): Diagnostic {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  const message =
    code === "ENOENT" ? "No such file or directory" : e instanceof Error ? e.message : String(e);
  return {
    severity: "ERROR",
    id: "Model",
    message: `Cannot read model file: ${message}`,
    location: { file: path, line: 1, column: 1 },
  };
}
