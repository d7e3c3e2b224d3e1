/**
 * `TraitTarget`: every applied trait's definition selector (`@trait(selector: ...)`, default
 * `*`) must match the shape or member it is applied to. Each distinct selector is compiled once
 * and asked about the shapes that carry its traits, from each shape backwards (see
 * `CompiledSelector.matcher`), so the cost grows with the number of applications, not with the
 * number of trait definitions in use times the size of the model.
 */
import type { Diagnostic } from "../diagnostic.js";
import { idiomaticTraitName } from "../shape-id.js";
import { isShared, sharedBindable } from "../shared-prelude.js";
import { asSmallMap } from "../small-map.js";
import { error } from "./events.js";
import { type CompiledSelector, compileSelector } from "./selector/selector.js";
import { SelectorSyntaxError } from "./selector/selector-parser.js";
import { isMember, PRELUDE_PREFIX, type ShapeIndex, type ShapeLike } from "./shape-index.js";

const ID = "TraitTarget";

type Matcher = (shape: ShapeLike) => boolean;

/** How the traits of one ID are checked, worked out once per validation run. */
interface TraitCheck {
  /** Absent when anything goes, the trait has no definition, or its selector is invalid. */
  selector?: string;
  matches?: Matcher;
  /** The same matcher reaching shapes from shared prelude shapes only (intrinsic selectors). */
  matchesShared?: Matcher;
  /** A shared definition with `*` or an intrinsic selector: a shared shape gets one answer everywhere. */
  shared: boolean;
}

/**
 * Shared prelude shapes (see shared-prelude.ts) whose traits all match, from shared shapes only, the
 * intrinsic selectors of shared definitions: models only add relationships to them, so they match
 * in every model and are not checked again.
 */
const cleanShared = new WeakSet<ShapeLike>();

export function validateTraitTargets(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  const bySelector = new Map<
    string,
    { compiled: CompiledSelector; matches: Matcher; shared?: Matcher } | null
  >();
  const reportedSyntax = new Set<string>();
  const byTrait = new Map<string, TraitCheck>();
  const checkOf = (traitId: string): TraitCheck => {
    const definition = index.traitDefinitionValue(traitId);
    if (!definition) return { shared: false };
    const sharedDefinition = isShared(index.traitDefinition(traitId) as ShapeLike);
    const selector = typeof definition.selector === "string" ? definition.selector : "*";
    if (selector.trim() === "*") return { shared: sharedDefinition };
    let entry = bySelector.get(selector);
    if (entry === undefined) {
      const compiled = compileOrReport(index, traitId, selector, events, reportedSyntax);
      entry = compiled ? { compiled, matches: compiled.matcher(index) } : null;
      bySelector.set(selector, entry);
    }
    if (entry === null) return { shared: false };
    const shared = sharedDefinition && entry.compiled.intrinsic;
    if (shared) entry.shared ??= entry.compiled.matcher(index, isShared);
    return { selector, matches: entry.matches, matchesShared: shared ? entry.shared : undefined, shared };
  };
  const all = index.all;
  // the shared entries come first (see `ShapeIndex.sharedCount`): none after them is shared, nor
  // remembered clean
  const sharedEnd = index.sharedCount;
  for (let i = 0; i < all.length; i++) {
    const shape = all[i] as ShapeLike;
    if (shape.traits.size === 0) continue;
    // (a member's ID is not made to tell)
    if ((isMember(shape) ? shape.container : shape.id).startsWith(PRELUDE_PREFIX)) continue;
    const shared = sharedEnd > 0 ? i < sharedEnd : isShared(shape);
    if (shared && cleanShared.has(shape)) continue;
    // a model's service binding a shared operation would add a relationship from a shared shape
    let intrinsic = shared && !sharedBindable();
    const traits = asSmallMap(shape.traits);
    for (let i = 0; i < traits.size; i++) {
      const traitId = traits.keyAt(i);
      let check = byTrait.get(traitId);
      if (check === undefined) {
        check = checkOf(traitId);
        byTrait.set(traitId, check);
      }
      if (!check.shared) intrinsic = false;
      const { selector, matches } = check;
      if (selector === undefined || matches === undefined) continue;
      if (intrinsic && check.matchesShared?.(shape)) continue;
      intrinsic = false;
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
    if (intrinsic) cleanShared.add(shape);
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
