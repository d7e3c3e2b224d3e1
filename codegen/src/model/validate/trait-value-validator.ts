/** `TraitValue`: each applied trait's value must match the trait definition shape. */
import type { NodeValue, ShapeId } from "../ast.js";
import type { Diagnostic } from "../diagnostic.js";
import type { Shape } from "../model.js";
import { isNodeObject } from "../node-value.js";
import { idiomaticTraitName } from "../shape-id.js";
import { isShared } from "../shared-prelude.js";
import { asSmallMap } from "../small-map.js";
import { type NodeValidation, validateNode } from "./node-validator.js";
import { isMember, PRELUDE_PREFIX, type ShapeIndex, type ShapeLike } from "./shape-index.js";

const ID_REF = "smithy.api#idRef";

/**
 * Shared prelude shapes (see shared-prelude.ts) whose trait values were found valid against shared
 * definitions, reading nothing but shared shapes (an `idRef` looks shapes up in the model: it must
 * find a shared one, and test no more than its traits): valid in every model, so they are not
 * checked again.
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
  const all = index.all;
  // the shared entries come first (see `ShapeIndex.sharedCount`): none after them is shared, nor
  // remembered clean
  const sharedEnd = index.sharedCount;
  for (let i = 0; i < all.length; i++) {
    const shape = all[i] as ShapeLike;
    if (shape.traits.size === 0) continue;
    // The prelude is immutable and trusted, as in Smithy (a member's ID is not made to tell).
    if ((isMember(shape) ? shape.container : shape.id).startsWith(PRELUDE_PREFIX)) continue;
    const shared = sharedEnd > 0 ? i < sharedEnd : isShared(shape);
    if (shared && cleanShared.has(shape)) continue;
    const before = events.length;
    let intrinsic = shared;
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
      if (validWithoutChecks(definition, value)) continue;
      let context = contexts.get(traitId);
      if (context === undefined) {
        context = `Error validating trait \`${idiomaticTraitName(traitId)}\``;
        contexts.set(traitId, context);
      }
      validation.subject = shape;
      validation.context = context;
      validation.readModel = false;
      validateNode(validation, definition, value);
      if (validation.readModel) intrinsic = false;
    }
    if (intrinsic && events.length === before) cleanShared.add(shape);
  }
  return events;
}

/** What every value of a definition's type is valid for (see `validWithoutChecks`). */
type Plain =
  /** Values are checked. */
  | "no"
  /** A document: any value. */
  | "any"
  /** A string shape without a constraint (`length`, `pattern`, `enum`, `idRef`): any string. */
  | "string"
  /** A structure without members: any object without keys. */
  | "empty";

const plainCache = new WeakMap<Shape, Plain>();

function plainOf(definition: Shape): Plain {
  let plain = plainCache.get(definition);
  if (plain === undefined) {
    const t = definition.traits;
    plain =
      definition.type === "document"
        ? "any"
        : definition.type === "string"
          ? t.has(LENGTH) || t.has(PATTERN) || t.has(ENUM) || t.has(ID_REF)
            ? "no"
            : "string"
          : definition.type === "structure" && definition.members.size === 0
            ? "empty"
            : "no";
    plainCache.set(definition, plain);
  }
  return plain;
}

/**
 * Whether `validateNode` would find nothing to report without looking: the commonest traits
 * (`documentation`, `required`, `enumValue`, ...) are such values of such definitions.
 */
function validWithoutChecks(definition: Shape, value: NodeValue): boolean {
  switch (plainOf(definition)) {
    case "any":
      return true;
    case "string":
      return typeof value === "string";
    case "empty":
      if (!isNodeObject(value)) return false;
      for (const _ in value) return false;
      return true;
    default:
      return false;
  }
}

const LENGTH = "smithy.api#length";
const PATTERN = "smithy.api#pattern";
const ENUM = "smithy.api#enum";

const selfContainedCache = new WeakMap<Shape, boolean>();

/**
 * Whether validating a value against `definition` reads only shared shapes (an `idRef`'s lookups
 * are told apart by `NodeValidation.readModel`).
 */
function selfContained(index: ShapeIndex, definition: Shape): boolean {
  let known = selfContainedCache.get(definition);
  if (known === undefined) {
    known = true;
    const seen = new Set<ShapeLike>([definition]);
    const stack: ShapeLike[] = [definition];
    while (known && stack.length > 0) {
      const current = stack.pop() as ShapeLike;
      if (!isShared(current)) known = false;
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
