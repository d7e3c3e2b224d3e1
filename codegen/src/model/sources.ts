/**
 * Reads `.smithy` and `.json` model files (directories searched recursively) and assembles them
 * with the prelude, without running validators. `load.ts` adds validation on top.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Interner } from "../idl/interner.js";
import { type ParseOptions, parseIdl } from "../idl/parser.js";
import { assemble, StreamingAssembler } from "./assembler.js";
import { type ShapeId, SIMPLE_SHAPE_TYPES } from "./ast.js";
import type { ParsedFile } from "./definitions.js";
import type { Diagnostic } from "./diagnostic.js";
import { loadJsonAst } from "./json-loader.js";
import type { Model } from "./model.js";
import { preludeFiles, preludeShapeNames } from "./prelude/prelude-files.js";
import { markShared } from "./shared-prelude.js";

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

/**
 * Assembles in-memory sources (`.json` paths are JSON AST, anything else IDL). Shapes are built
 * while the files are read (`StreamingAssembler`); when that gives up, the files are read again and
 * assembled by the reference `assemble`, which also gives every diagnostic.
 */
export function assembleSources(sources: readonly SourceText[]): AssembledModel {
  return assembleStreaming(sources) ?? assembleAtOnce(sources);
}

/** `assembleSources` by the reference assembler only: every file is read, then assembled. */
export function assembleAtOnce(sources: readonly SourceText[]): AssembledModel {
  const files: ParsedFile[] = [...preludeFiles()];
  const notes: Diagnostic[] = [];
  for (const source of sources) {
    const parsed = parseSource(source);
    if (parsed) files.push(parsed);
    else if (!source.discovered) notes.push(notSmithy(source));
  }
  const result = assemble(files);
  return { model: result.model, diagnostics: [...notes, ...result.diagnostics] };
}

/** `assembleSources` by the streaming assembler, or `undefined` when it gives up. */
export function assembleStreaming(sources: readonly SourceText[]): AssembledModel | undefined {
  const assembler = new StreamingAssembler();
  assembler.expect(preludeShadows(sources));
  const prelude = assembledPrelude();
  if (!prelude || !assembler.seed(prelude)) {
    for (const file of preludeFiles()) if (!assembler.addFile(file)) return undefined;
  }
  const notes: Diagnostic[] = [];
  // stops the parser as soon as the assembler gives up
  const options: ParseOptions = {
    onShape: (def) => {
      if (!assembler.accept(def)) throw GAVE_UP;
    },
    names: new Interner(""),
  };
  for (const source of sources) {
    let parsed: ParsedFile | undefined;
    try {
      parsed = parseSource(source, options);
    } catch (e) {
      if (e === GAVE_UP) return undefined;
      throw e;
    }
    if (parsed) {
      if (!assembler.addFile(parsed)) return undefined;
    } else if (!source.discovered) notes.push(notSmithy(source));
  }
  const result = assembler.result();
  return result && { model: result.model, diagnostics: [...notes, ...result.diagnostics] };
}

const GAVE_UP = Symbol("the streaming assembler gave up");

let prelude: { model: Model | undefined } | undefined;

/**
 * The prelude and bundled files assembled alone, once per process, by the reference assembler; the
 * streaming assembler starts every model from it. `undefined` if they do not assemble cleanly.
 */
function assembledPrelude(): Model | undefined {
  if (!prelude) {
    const result = assemble([...preludeFiles()]);
    prelude = { model: result.diagnostics.length === 0 ? result.model : undefined };
    if (prelude.model) markShared(prelude.model);
  }
  return prelude.model;
}

const NAMESPACE_STATEMENT = /^[ \t]*namespace[ \t]+([A-Za-z_][A-Za-z0-9_.]*)/m;

/**
 * The shapes that IDL sources seem to define with the name of a prelude shape (`ns#Timestamp`),
 * read off the text without parsing it. The streaming assembler resolves relative names with it,
 * and gives up if the guess was wrong.
 */
export function preludeShadows(sources: readonly SourceText[]): Set<ShapeId> {
  const statement = shadowingStatement();
  const out = new Set<ShapeId>();
  for (const source of sources) {
    if (source.path.endsWith(".json")) continue;
    const namespace = NAMESPACE_STATEMENT.exec(source.text)?.[1];
    if (namespace === undefined) continue;
    for (const match of source.text.matchAll(statement)) out.add(`${namespace}#${match[1]}`);
  }
  return out;
}

let shadowing: RegExp | undefined;

/** The shape statement keywords besides the simple types (`set` is IDL 1.0's list). */
const AGGREGATE_AND_SERVICE_KEYWORDS = [
  "list",
  "set",
  "map",
  "structure",
  "union",
  "enum",
  "intEnum",
  "service",
  "resource",
  "operation",
];

/**
 * A shape statement, at the start of a line, that names a prelude shape (`timestamp Timestamp`).
 * Only such lines match, so a large model costs one scan and almost no allocation.
 */
function shadowingStatement(): RegExp {
  if (!shadowing) {
    const names = [...preludeShapeNames()];
    const types = [...SIMPLE_SHAPE_TYPES, ...AGGREGATE_AND_SERVICE_KEYWORDS].join("|");
    // a line start found as a line break (or the very start): the engine then skips ahead to line
    // breaks, where a multiline `^` is tried at every character
    shadowing = new RegExp(
      `(?:^|[\\r\\n])[ \\t]*(?:${types})[ \\t]+(${names.join("|")})(?![A-Za-z0-9_])`,
      "g",
    );
  }
  return shadowing;
}

function notSmithy(source: SourceText): Diagnostic {
  return {
    severity: "WARNING",
    id: "Model",
    message: "Ignoring JSON file without a top-level `smithy` key: not a Smithy model",
    location: { file: source.path, line: 1, column: 1 },
  };
}

/** Reads one source (`options` are the IDL parser's). */
function parseSource(source: SourceText, options?: ParseOptions): ParsedFile | undefined {
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  if (source.path.endsWith(".json")) return loadJsonAst(text, source.path);
  return parseIdl(text, source.path, options);
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
