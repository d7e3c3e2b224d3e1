/**
 * One difference between two versions of a model, as `pnpm codegen diff` reports it: a severity,
 * the rule that found it (named after smithy-diff's evaluators where one exists), the shape or
 * member it is about and a sentence for people.
 */
import type { ShapeId } from "../model/ast.js";

/**
 * - `breaking`: code or requests written against the old model can fail against the new one;
 * - `dangerous`: compatible on paper, but old clients may send or receive something unexpected;
 * - `compatible`: additions and documentation.
 */
export type ChangeSeverity = "breaking" | "dangerous" | "compatible";

export interface Change {
  severity: ChangeSeverity;
  rule: string;
  shapeId: ShapeId;
  message: string;
}

export const SEVERITIES: readonly ChangeSeverity[] = ["breaking", "dangerous", "compatible"];

/** Rules whose changes touch documentation only: a release made of these alone is a patch. */
export const DOCUMENTATION_RULES: ReadonlySet<string> = new Set(["ChangedDocumentation"]);

/** Breaking first, then by shape ID, rule and message, so the output is stable. */
export function sortChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      compare(a.shapeId, b.shapeId) ||
      compare(a.rule, b.rule) ||
      compare(a.message, b.message),
  );
}

export function hasBreaking(changes: readonly Change[]): boolean {
  return changes.some((c) => c.severity === "breaking");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
