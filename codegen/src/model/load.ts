/**
 * Entry point of the model pipeline: reads `.smithy` and `.json` files (directories searched
 * recursively), assembles them with the prelude, validates, and returns the model or errors.
 */
import { type Diagnostic, hasErrors } from "./diagnostic.js";
import type { Model } from "./model.js";
import { assemblePaths, assembleSources, type SourceText } from "./sources.js";
import { validateModel } from "./validate/index.js";

export interface LoadResult {
  /** `undefined` iff an ERROR diagnostic exists. */
  model?: Model;
  diagnostics: Diagnostic[];
}

/** Loads model files and directories (`.smithy`, `.json`), assembles and validates them. */
export function loadPaths(paths: readonly string[]): LoadResult {
  return validated(assemblePaths(paths));
}

/** Same as `loadPaths` for in-memory sources (`.json` paths are JSON AST, others IDL). */
export function loadSources(sources: readonly SourceText[]): LoadResult {
  return validated(assembleSources(sources));
}

function validated(assembled: { model: Model; diagnostics: Diagnostic[] }): LoadResult {
  const diagnostics = [...assembled.diagnostics];
  if (hasErrors(diagnostics)) return { diagnostics };
  diagnostics.push(...validateModel(assembled.model));
  if (hasErrors(diagnostics)) return { diagnostics };
  return { model: assembled.model, diagnostics };
}
