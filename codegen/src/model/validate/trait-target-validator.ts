/**
 * `TraitTarget`: every applied trait's definition selector (`@trait(selector: ...)`, default
 * `*`) must match the shape or member it is applied to. Each distinct selector is compiled once
 * and asked about the shapes that carry its traits, from each shape backwards (see
 * `CompiledSelector.matcher`), so the cost grows with the number of applications, not with the
 * number of trait definitions in use times the size of the model.
 */
import type { Diagnostic } from "../diagnostic.js";
import { idiomaticTraitName } from "../shape-id.js";
import { error } from "./events.js";
import { type CompiledSelector, compileSelector } from "./selector/selector.js";
import { SelectorSyntaxError } from "./selector/selector-parser.js";
import { PRELUDE_PREFIX, type ShapeIndex, type ShapeLike } from "./shape-index.js";

const ID = "TraitTarget";

export function validateTraitTargets(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  const bySelector = new Map<string, ((shape: ShapeLike) => boolean) | undefined>();
  const reportedSyntax = new Set<string>();
  /** Per applied trait: its selector and matcher, or null when anything goes (or no definition). */
  const byTrait = new Map<string, { selector: string; matches: (shape: ShapeLike) => boolean } | null>();
  for (const shape of index.all) {
    if (shape.id.startsWith(PRELUDE_PREFIX)) continue;
    for (const traitId of shape.traits.keys()) {
      let check = byTrait.get(traitId);
      if (check === undefined) {
        check = null;
        const definition = index.traitDefinitionValue(traitId);
        const selector = typeof definition?.selector === "string" ? definition.selector : "*";
        if (definition && selector.trim() !== "*") {
          if (!bySelector.has(selector)) {
            const compiled = compileOrReport(index, traitId, selector, events, reportedSyntax);
            bySelector.set(selector, compiled?.matcher(index));
          }
          const matches = bySelector.get(selector);
          if (matches) check = { selector, matches };
        }
        byTrait.set(traitId, check);
      }
      if (check === null) continue;
      const { selector, matches } = check;
      if (!matches(shape)) {
        events.push(
          error(
            ID,
            shape,
            `Trait \`${idiomaticTraitName(traitId)}\` cannot be applied to \`${shape.id}\`. This trait may only be applied to shapes that match the following selector: ${selector}`,
          ),
        );
      }
    }
  }
  return events;
}

function compileOrReport(
  index: ShapeIndex,
  traitId: string,
  selector: string,
  events: Diagnostic[],
  reported: Set<string>,
): CompiledSelector | undefined {
  try {
    return compileSelector(selector);
  } catch (e) {
    if (!(e instanceof SelectorSyntaxError)) throw e;
    const definition = index.traitDefinition(traitId);
    if (definition && !reported.has(traitId)) {
      reported.add(traitId);
      events.push(
        error(ID, definition, `Invalid selector in the trait definition of \`${traitId}\`: ${e.message}`),
      );
    }
    return undefined;
  }
}
