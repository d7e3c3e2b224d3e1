/**
 * Constraint traits (`@length`, `@range`, `@pattern`, `@uniqueItems`), compared as smithy-diff's
 * ChangedLengthTrait / ChangedRangeTrait do: a constraint that rejects a value the old one accepted
 * is narrowed (breaking: old clients send it and fail); one that accepts more is widened
 * (dangerous: old clients may receive values they never expected). A changed pattern cannot be
 * shown to be wider, so it counts as narrowed.
 */

import type { Constraints } from "../ir/types.js";
import type { ShapeId } from "../model/ast.js";
import type { DiffContext } from "./context.js";

type Bounds = { min?: number; max?: number };

export function compareConstraints(
  ctx: DiffContext,
  id: ShapeId,
  before: Constraints,
  after: Constraints,
): void {
  compareBounds(ctx, id, "length", "ChangedLengthTrait", before.length, after.length);
  compareBounds(ctx, id, "range", "ChangedRangeTrait", before.range, after.range);
  comparePattern(ctx, id, before.pattern, after.pattern);
  if (!before.uniqueItems && after.uniqueItems) {
    ctx.report("breaking", "ChangedUniqueItemsTrait", id, `\`@uniqueItems\` was added to \`${id}\``);
  } else if (before.uniqueItems && !after.uniqueItems) {
    ctx.report("dangerous", "ChangedUniqueItemsTrait", id, `\`@uniqueItems\` was removed from \`${id}\``);
  }
}

/** `length` has an implicit minimum of 0; `range` is unbounded on both sides when absent. */
function compareBounds(
  ctx: DiffContext,
  id: ShapeId,
  trait: "length" | "range",
  rule: string,
  before: Bounds | undefined,
  after: Bounds | undefined,
): void {
  if (before === undefined && after === undefined) return;
  const floor = trait === "length" ? 0 : Number.NEGATIVE_INFINITY;
  const oldMin = before?.min ?? floor;
  const newMin = after?.min ?? floor;
  const oldMax = before?.max ?? Number.POSITIVE_INFINITY;
  const newMax = after?.max ?? Number.POSITIVE_INFINITY;
  if (oldMin === newMin && oldMax === newMax) return;
  const narrowed: string[] = [];
  const widened: string[] = [];
  if (newMin > oldMin) narrowed.push(`min raised from ${bound(oldMin)} to ${bound(newMin)}`);
  if (newMin < oldMin) widened.push(`min lowered from ${bound(oldMin)} to ${bound(newMin)}`);
  if (newMax < oldMax) narrowed.push(`max lowered from ${bound(oldMax)} to ${bound(newMax)}`);
  if (newMax > oldMax) widened.push(`max raised from ${bound(oldMax)} to ${bound(newMax)}`);
  const parts = [...narrowed, ...widened].join(", ");
  if (narrowed.length > 0) {
    ctx.report("breaking", rule, id, `\`@${trait}\` of \`${id}\` was narrowed: ${parts}`);
  } else {
    ctx.report("dangerous", rule, id, `\`@${trait}\` of \`${id}\` was widened: ${parts}`);
  }
}

function bound(n: number): string {
  return Number.isFinite(n) ? String(n) : "none";
}

function comparePattern(
  ctx: DiffContext,
  id: ShapeId,
  before: string | undefined,
  after: string | undefined,
): void {
  if (before === after) return;
  if (after === undefined) {
    ctx.report("dangerous", "ChangedPatternTrait", id, `\`@pattern\` was removed from \`${id}\` (widened)`);
  } else if (before === undefined) {
    ctx.report("breaking", "ChangedPatternTrait", id, `\`@pattern\` \`${after}\` was added to \`${id}\``);
  } else {
    ctx.report(
      "breaking",
      "ChangedPatternTrait",
      id,
      `\`@pattern\` of \`${id}\` changed from \`${before}\` to \`${after}\``,
    );
  }
}
