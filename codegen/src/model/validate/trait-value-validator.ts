/** `TraitValue`: each applied trait's value must match the trait definition shape. */
import type { ShapeId } from "../ast.js";
import type { Diagnostic } from "../diagnostic.js";
import type { Shape } from "../model.js";
import { idiomaticTraitName } from "../shape-id.js";
import { isShared } from "../shared-prelude.js";
import { asSmallMap } from "../small-map.js";
import { type NodeValidation, validateNode } from "./node-validator.js";
import { isMember, PRELUDE_PREFIX, type ShapeIndex, type ShapeLike } from "./shape-index.js";

const ID_REF = "smithy.api#idRef";

/**
 * Shared prelude shapes (see shared-prelude.ts) whose trait values were found valid against shared
 * definitions that read nothing but themselves (no `idRef`, which looks shapes up in the model):
 * valid in every model, so they are not checked again.
 */
const cleanShared = new WeakSet<ShapeLike>();

export function validateTraitValues(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  // one message prefix per trait, and one validation record whose subject changes
  const contexts = new Map<ShapeId, string>();
  const validation: NodeValidation = {
    index,
    eventId: "TraitValue",
    subject: index.all[0] as ShapeLike,
    context: "",
    events,
  };
  for (const shape of index.all) {
    // The prelude is immutable and trusted, as in Smithy.
    if (shape.id.startsWith(PRELUDE_PREFIX)) continue;
    if (shape.traits.size === 0 || cleanShared.has(shape)) continue;
    const before = events.length;
    let intrinsic = isShared(shape);
    const traits = asSmallMap(shape.traits);
    for (let i = 0; i < traits.size; i++) {
      const traitId = traits.keyAt(i);
      const value = traits.valueAt(i);
      const definition = index.shape(traitId);
      if (!definition) {
        intrinsic = false;
        continue;
      }
      if (intrinsic && !selfContained(index, definition)) intrinsic = false;
      let context = contexts.get(traitId);
      if (context === undefined) {
        context = `Error validating trait \`${idiomaticTraitName(traitId)}\``;
        contexts.set(traitId, context);
      }
      validation.subject = shape;
      validation.context = context;
      validateNode(validation, definition, value);
    }
    if (intrinsic && events.length === before) cleanShared.add(shape);
  }
  return events;
}

const selfContainedCache = new WeakMap<Shape, boolean>();

/** Whether validating a value against `definition` reads only shared shapes, and no `idRef`. */
function selfContained(index: ShapeIndex, definition: Shape): boolean {
  let known = selfContainedCache.get(definition);
  if (known === undefined) {
    known = true;
    const seen = new Set<ShapeLike>([definition]);
    const stack: ShapeLike[] = [definition];
    while (known && stack.length > 0) {
      const current = stack.pop() as ShapeLike;
      if (!isShared(current) || current.traits.has(ID_REF)) known = false;
      else if (isMember(current)) {
        const target = index.get(current.target);
        if (target === undefined) known = false;
        else if (!seen.has(target)) {
          seen.add(target);
          stack.push(target);
        }
      } else {
        for (const member of current.members.values()) stack.push(member);
      }
    }
    selfContainedCache.set(definition, known);
  }
  return known;
}
