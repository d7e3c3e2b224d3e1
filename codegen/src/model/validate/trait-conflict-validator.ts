/**
 * `TraitConflict` (the `conflicts` list of a trait definition) and
 * `ExclusiveStructureMemberTrait` (`structurallyExclusive: "member" | "target"`).
 */
import type { NodeValue, ShapeId } from "../ast.js";
import type { Diagnostic } from "../diagnostic.js";
import type { Shape } from "../model.js";
import { idiomaticTraitName, namespaceOf } from "../shape-id.js";
import { isShared } from "../shared-prelude.js";
import { asSmallMap } from "../small-map.js";
import { error, tickedList } from "./events.js";
import { type ShapeIndex, type ShapeLike, TRAIT_TRAIT, typeOf } from "./shape-index.js";

/** Trait IDs listed in a definition's `conflicts`; relative names resolve to the trait's namespace. */
function conflictsOf(traitId: ShapeId, definition: { [key: string]: NodeValue }): ShapeId[] {
  const list = definition.conflicts;
  if (!Array.isArray(list)) return [];
  return list
    .filter((v): v is string => typeof v === "string")
    .map((v) => (v.includes("#") ? v : `${namespaceOf(traitId)}#${v}`));
}

/**
 * A trait definition's `conflicts`, by the definition shape: a shape never changes once assembled,
 * and the shared prelude's hundreds of definitions are read again by every model.
 */
const conflictsCache = new WeakMap<Shape, ShapeId[]>();

/**
 * Shared prelude shapes and members (see shared-prelude.ts) found without conflicting traits: they
 * carry shared traits only, whose definitions are shared, the same in every model.
 */
const cleanSharedTraits = new WeakSet<ShapeLike>();

export function validateTraitConflicts(index: ShapeIndex): Diagnostic[] {
  const conflicts = new Map<ShapeId, ShapeId[]>();
  for (const shape of index.model.shapes.values()) {
    if (!shape.traits.has(TRAIT_TRAIT)) continue;
    let list = conflictsCache.get(shape);
    if (list === undefined) {
      list = conflictsOf(shape.id, index.traitDefinitionValue(shape.id) ?? {});
      conflictsCache.set(shape, list);
    }
    if (list.length > 0) conflicts.set(shape.id, list);
  }
  if (conflicts.size === 0) return [];
  const events: Diagnostic[] = [];
  const all = index.all;
  // the shared entries come first (see `ShapeIndex.sharedCount`): none after them is shared, nor
  // remembered clean
  const sharedEnd = index.sharedCount;
  for (let i = 0; i < all.length; i++) {
    const shape = all[i] as ShapeLike;
    const shared = sharedEnd > 0 ? i < sharedEnd : isShared(shape);
    if (shape.traits.size === 0 || (shared && cleanSharedTraits.has(shape))) continue;
    // a shape's few traits looked up among the definitions with conflicts, not the other way
    const traits = asSmallMap(shape.traits);
    // made only for the rare shape with a conflict (the lines are sorted: any order finds them)
    let lines: string[] | undefined;
    for (let i = 0; i < traits.size; i++) {
      const traitId = traits.keyAt(i);
      const others = conflicts.get(traitId);
      if (others === undefined) continue;
      for (const other of others) {
        if (shape.traits.has(other)) {
          lines ??= [];
          lines.push(`\`${idiomaticTraitName(traitId)}\` conflicts with \`${idiomaticTraitName(other)}\``);
        }
      }
    }
    if (lines === undefined) {
      if (shared) cleanSharedTraits.add(shape);
    } else {
      events.push(
        error(
          "TraitConflict",
          shape,
          `Found conflicting traits on ${typeOf(shape)} shape: ${lines.sort().join(", ")}`,
        ),
      );
    }
  }
  return events;
}

/** A trait definition's `structurallyExclusive` (`null` when absent), by the definition shape. */
const exclusiveCache = new WeakMap<Shape, NodeValue | null>();

/**
 * Shared prelude structures (see shared-prelude.ts) found clean: their members' traits and targets
 * are shared, so only shared definitions count for them, the same in every model.
 */
const cleanShared = new WeakSet<Shape>();

export function validateExclusiveMemberTraits(index: ShapeIndex): Diagnostic[] {
  const byMember: ShapeId[] = [];
  const byTarget: ShapeId[] = [];
  for (const shape of index.model.shapes.values()) {
    if (!shape.traits.has(TRAIT_TRAIT)) continue;
    let mode = exclusiveCache.get(shape);
    if (mode === undefined) {
      mode = index.traitDefinitionValue(shape.id)?.structurallyExclusive ?? null;
      exclusiveCache.set(shape, mode);
    }
    if (mode === "target") byTarget.push(shape.id);
    else if (mode === "member") byMember.push(shape.id);
  }
  if (byMember.length === 0 && byTarget.length === 0) return [];
  const events: Diagnostic[] = [];
  const id = "ExclusiveStructureMemberTrait";
  // how many members carry each trait of `byMember`, then target a shape with each of `byTarget`:
  // counted in one pass over the members, the names (and the copies) only for the rare structure
  // that breaks the rule
  const counts = new Int32Array(byMember.length + byTarget.length);
  for (const shape of index.model.shapes.values()) {
    if (shape.type !== "structure" || shape.members.size < 2 || cleanShared.has(shape)) continue;
    counts.fill(0);
    let broken = false;
    for (const m of shape.members.values()) {
      for (let i = 0; i < byMember.length; i++) {
        if (m.traits.has(byMember[i] as ShapeId)) broken = count(counts, i) || broken;
      }
      if (byTarget.length === 0) continue;
      const target = index.get(m.target);
      if (target === undefined) continue;
      for (let i = 0; i < byTarget.length; i++) {
        if (target.traits.has(byTarget[i] as ShapeId)) broken = count(counts, byMember.length + i) || broken;
      }
    }
    if (!broken) {
      if (isShared(shape)) cleanShared.add(shape);
      continue;
    }
    for (const [i, traitId] of byMember.entries()) {
      if ((counts[i] as number) < 2) continue;
      const names = [...shape.members.values()].filter((m) => m.traits.has(traitId)).map((m) => m.name);
      events.push(
        error(
          id,
          shape,
          `The \`${idiomaticTraitName(traitId)}\` trait can be applied to only a single member of a shape, but it was found on the following members: ${tickedList(names)}`,
        ),
      );
    }
    for (const [i, traitId] of byTarget.entries()) {
      if ((counts[byMember.length + i] as number) < 2) continue;
      const names = [...shape.members.values()]
        .filter((m) => index.get(m.target)?.traits.has(traitId))
        .map((m) => m.name);
      events.push(
        error(
          id,
          shape,
          `Only a single member of a structure can target a shape marked with the \`${idiomaticTraitName(traitId)}\` trait, but it was found on the following members: ${tickedList(names)}`,
        ),
      );
    }
  }
  return events;
}

/** Adds one to `counts[i]`; whether it reached 2. */
function count(counts: Int32Array, i: number): boolean {
  const n = (counts[i] as number) + 1;
  counts[i] = n;
  return n === 2;
}
