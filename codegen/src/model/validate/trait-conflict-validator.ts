/**
 * `TraitConflict` (the `conflicts` list of a trait definition) and
 * `ExclusiveStructureMemberTrait` (`structurallyExclusive: "member" | "target"`).
 */
import type { NodeValue, ShapeId } from "../ast.js";
import type { Diagnostic } from "../diagnostic.js";
import { idiomaticTraitName, namespaceOf } from "../shape-id.js";
import { error, tickedList } from "./events.js";
import { type ShapeIndex, TRAIT_TRAIT, typeOf } from "./shape-index.js";

/** Trait IDs listed in a definition's `conflicts`; relative names resolve to the trait's namespace. */
function conflictsOf(traitId: ShapeId, definition: { [key: string]: NodeValue }): ShapeId[] {
  const list = definition.conflicts;
  if (!Array.isArray(list)) return [];
  return list
    .filter((v): v is string => typeof v === "string")
    .map((v) => (v.includes("#") ? v : `${namespaceOf(traitId)}#${v}`));
}

export function validateTraitConflicts(index: ShapeIndex): Diagnostic[] {
  const conflicts = new Map<ShapeId, ShapeId[]>();
  for (const shape of index.model.shapes.values()) {
    const value = shape.traits.get(TRAIT_TRAIT);
    if (value === undefined) continue;
    const list = conflictsOf(shape.id, index.traitDefinitionValue(shape.id) ?? {});
    if (list.length > 0) conflicts.set(shape.id, list);
  }
  if (conflicts.size === 0) return [];
  const events: Diagnostic[] = [];
  for (const shape of index.all) {
    const lines: string[] = [];
    for (const traitId of shape.traits.keys()) {
      for (const other of conflicts.get(traitId) ?? []) {
        if (shape.traits.has(other)) {
          lines.push(`\`${idiomaticTraitName(traitId)}\` conflicts with \`${idiomaticTraitName(other)}\``);
        }
      }
    }
    if (lines.length > 0) {
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

export function validateExclusiveMemberTraits(index: ShapeIndex): Diagnostic[] {
  const byMember: ShapeId[] = [];
  const byTarget: ShapeId[] = [];
  for (const shape of index.model.shapes.values()) {
    if (!shape.traits.has(TRAIT_TRAIT)) continue;
    const mode = index.traitDefinitionValue(shape.id)?.structurallyExclusive;
    if (mode === "target") byTarget.push(shape.id);
    else if (mode === "member") byMember.push(shape.id);
  }
  if (byMember.length === 0 && byTarget.length === 0) return [];
  const events: Diagnostic[] = [];
  const id = "ExclusiveStructureMemberTrait";
  for (const shape of index.model.shapes.values()) {
    if (shape.type !== "structure") continue;
    // counted first: the names (and the copies) only for the rare structure that breaks the rule
    for (const traitId of byMember) {
      let count = 0;
      for (const m of shape.members.values()) if (m.traits.has(traitId)) count++;
      if (count < 2) continue;
      const names = [...shape.members.values()].filter((m) => m.traits.has(traitId)).map((m) => m.name);
      if (names.length > 1) {
        events.push(
          error(
            id,
            shape,
            `The \`${idiomaticTraitName(traitId)}\` trait can be applied to only a single member of a shape, but it was found on the following members: ${tickedList(names)}`,
          ),
        );
      }
    }
    for (const traitId of byTarget) {
      let count = 0;
      for (const m of shape.members.values()) if (index.get(m.target)?.traits.has(traitId)) count++;
      if (count < 2) continue;
      const names = [...shape.members.values()]
        .filter((m) => index.get(m.target)?.traits.has(traitId))
        .map((m) => m.name);
      if (names.length > 1) {
        events.push(
          error(
            id,
            shape,
            `Only a single member of a structure can target a shape marked with the \`${idiomaticTraitName(traitId)}\` trait, but it was found on the following members: ${tickedList(names)}`,
          ),
        );
      }
    }
  }
  return events;
}
