import type { ShapeId } from "./ast.js";
import type { SourceLocation } from "./source-location.js";

export type Severity = "ERROR" | "DANGER" | "WARNING" | "NOTE";

/**
 * A validation event. `id` is Smithy's event id (`Model`, `Target`,
 * `TraitTarget`, ...); `message` is the text without location.
 */
export interface Diagnostic {
  severity: Severity;
  id: string;
  message: string;
  shapeId?: ShapeId;
  location?: SourceLocation;
}

/** `path:line:col: message`, the one form every error reaches the user in. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location?.file ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : "";
  const level = d.severity === "ERROR" ? "" : `${d.severity.toLowerCase()}: `;
  return `${where}${level}${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "ERROR");
}
