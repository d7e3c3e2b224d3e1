/** Effective constraint traits (`length`, `range`, `pattern`, `uniqueItems`): member traits override the target's. */
import type { NodeValue, ShapeId } from "../model/ast.js";
import { num, objectTrait, stringTrait, TRAIT } from "./traits.js";
import type { Constraints } from "./types.js";

type Traits = ReadonlyMap<ShapeId, NodeValue>;

/** Constraints written on one shape or member. */
export function readConstraints(traits: Traits): Constraints {
  const out: Constraints = {};
  const length = objectTrait(traits, TRAIT.length);
  if (length) out.length = bounds(length);
  const range = objectTrait(traits, TRAIT.range);
  if (range) out.range = bounds(range);
  const pattern = stringTrait(traits, TRAIT.pattern);
  if (pattern !== undefined) out.pattern = pattern;
  if (traits.has(TRAIT.uniqueItems)) out.uniqueItems = true;
  return out;
}

/**
 * A member's effective constraints: each trait written on the member replaces the same trait of
 * the target whole (Smithy does not merge `min` of one with `max` of the other).
 */
export function mergeConstraints(target: Constraints, member: Constraints): Constraints {
  return { ...target, ...member };
}

function bounds(v: { [key: string]: NodeValue }): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  const min = num(v.min);
  const max = num(v.max);
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  return out;
}
