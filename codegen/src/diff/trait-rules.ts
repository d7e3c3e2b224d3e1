/**
 * Traits no specific rule looks at, in the manner of smithy-diff's ModifiedTrait: documentation
 * traits are `compatible` (and a release of them alone is a patch), adding `@deprecated` is a
 * documentation-only deprecation (`dangerous`: users should move off), and any other trait added,
 * removed or changed is `dangerous`, since the generated code may behave differently.
 */
import type { ShapeId } from "../model/ast.js";
import { nodeEquals } from "../model/node-value.js";
import { idiomaticTraitName } from "../model/shape-id.js";
import { type DiffContext, show, type Traits } from "./context.js";

const DOCUMENTATION_TRAITS: ReadonlySet<ShapeId> = new Set([
  "smithy.api#documentation",
  "smithy.api#externalDocumentation",
  "smithy.api#examples",
  "smithy.api#title",
]);

const DEPRECATED = "smithy.api#deprecated";

/** Compares every trait of `id` except those in `handled` (read by a specific rule). */
export function compareOtherTraits(
  ctx: DiffContext,
  id: ShapeId,
  before: Traits,
  after: Traits,
  handled: ReadonlySet<ShapeId>,
): void {
  const ids = new Set([...before.keys(), ...after.keys()]);
  for (const trait of [...ids].sort()) {
    if (handled.has(trait)) continue;
    const a = before.get(trait);
    const b = after.get(trait);
    if (a !== undefined && b !== undefined && nodeEquals(a, b)) continue;
    const name = idiomaticTraitName(trait);
    const verb = a === undefined ? "added to" : b === undefined ? "removed from" : "changed on";
    if (DOCUMENTATION_TRAITS.has(trait)) {
      ctx.report("compatible", "ChangedDocumentation", id, `\`@${name}\` ${verb} \`${id}\``);
    } else if (trait === DEPRECATED && a === undefined) {
      ctx.report("dangerous", "AddedDeprecatedTrait", id, `\`${id}\` was deprecated`);
    } else if (trait === DEPRECATED) {
      const rule = b === undefined ? "RemovedDeprecatedTrait" : "ChangedDocumentation";
      ctx.report("compatible", rule, id, `\`@deprecated\` ${verb} \`${id}\``);
    } else {
      const detail = a === undefined ? show(b) : b === undefined ? show(a) : `${show(a)} -> ${show(b)}`;
      ctx.report("dangerous", "ModifiedTrait", id, `\`@${name}\` ${verb} \`${id}\`: ${detail}`);
    }
  }
}
