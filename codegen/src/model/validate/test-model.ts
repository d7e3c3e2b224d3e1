/**
 * Test helpers for the validators: assemble small IDL / JSON AST texts with the real assembler
 * (prelude included), run `validateModel`, and render events as Smithy's test corpora write
 * them: `[SEVERITY] shapeId: message | EventId`.
 */
import type { Diagnostic } from "../diagnostic.js";
import type { Model } from "../model.js";
import { assembleSources } from "../sources.js";
import { validateModel } from "./index.js";
import { ShapeIndex } from "./shape-index.js";

export function render(d: Diagnostic): string {
  return `[${d.severity}] ${d.shapeId ?? "-"}: ${d.message} | ${d.id}`;
}

/** Assembles IDL text (namespace `ex` by default) and fails loudly on assembly errors. */
export function assembleIdl(idl: string, path = "test.smithy"): Model {
  const text = idl.startsWith("$version") ? idl : `$version: "2"\nnamespace ex\n${idl}`;
  const { model, diagnostics } = assembleSources([{ path, text }]);
  const errors = diagnostics.filter((d) => d.severity === "ERROR");
  if (errors.length > 0) throw new Error(`assembly failed:\n${errors.map(render).join("\n")}`);
  return model;
}

export function indexIdl(idl: string): ShapeIndex {
  return new ShapeIndex(assembleIdl(idl));
}

type Minimum = "ERROR" | "DANGER" | "WARNING" | "NOTE";
const ORDER = ["NOTE", "WARNING", "DANGER", "ERROR"];

/** Validation events of a model written in IDL, rendered; `minimum` drops lower severities. */
export function validateIdl(idl: string, minimum: Minimum = "WARNING"): string[] {
  return validateModel(assembleIdl(idl))
    .filter((d) => ORDER.indexOf(d.severity) >= ORDER.indexOf(minimum))
    .map(render);
}

/** Same as `validateIdl` for several files (path -> text, `.json` = JSON AST). */
export function validateFiles(files: Record<string, string>, minimum: Minimum = "WARNING"): string[] {
  const { model, diagnostics } = assembleSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
  );
  const errors = diagnostics.filter((d) => d.severity === "ERROR");
  if (errors.length > 0) throw new Error(`assembly failed:\n${errors.map(render).join("\n")}`);
  return validateModel(model)
    .filter((d) => ORDER.indexOf(d.severity) >= ORDER.indexOf(minimum))
    .map(render);
}
