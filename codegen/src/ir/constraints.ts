/** Effective constraint traits (`length`, `range`, `pattern`, `uniqueItems`): member traits override the target's. */
import type { NodeValue, ShapeId } from "../model/ast.js";
import { translatePattern } from "../model/pattern/java-regex.js";
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
  if (pattern !== undefined) {
    out.pattern = pattern;
    const translation = translatePattern(pattern);
    if (translation.kind === "ecma") out.ecmaPattern = translation.pattern;
  }
  if (traits.has(TRAIT.uniqueItems)) out.uniqueItems = true;
  return out;
}

/**
 * A member's effective constraints: each trait written on the member replaces the same trait of
 * the target whole (Smithy does not merge `min` of one with `max` of the other).
 */
export function mergeConstraints(target: Constraints, member: Constraints): Constraints {
  const merged = { ...target, ...member };
  // a member's pattern replaces the target's with its own translation, or with none
  if (member.pattern !== undefined && member.ecmaPattern === undefined) delete merged.ecmaPattern;
  return merged;
}

function bounds(v: { [key: string]: NodeValue }): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  const min = num(v.min);
  const max = num(v.max);
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  return out;
}
