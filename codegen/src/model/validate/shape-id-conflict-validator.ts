/** `ShapeIdConflict`: shape and member IDs must be unique case-insensitively. */
import type { Diagnostic } from "../diagnostic.js";
import type { Model } from "../model.js";
import { isShared, sharedPrelude } from "../shared-prelude.js";
import { error } from "./events.js";
import type { ShapeIndex, ShapeLike } from "./shape-index.js";

const ID = "ShapeIdConflict";

/**
 * The lower-cased IDs of the shared prelude's shapes and members (see shared-prelude.ts), made once
 * per process; `undefined` when two of them collide (then every model takes the full pass).
 */
let sharedIds: { prelude: Model; ids: Set<string> | undefined } | undefined;

function sharedLowerIds(): Set<string> | undefined {
  const prelude = sharedPrelude();
  if (!prelude) return undefined;
  if (sharedIds?.prelude !== prelude) {
    let ids: Set<string> | undefined = new Set();
    outer: for (const shape of prelude.shapes.values()) {
      for (const s of [shape, ...shape.members.values()]) {
        const key = s.id.toLowerCase();
        if (ids.has(key)) {
          ids = undefined;
          break outer;
        }
        ids.add(key);
      }
    }
    sharedIds = { prelude, ids };
  }
  return sharedIds.ids;
}

export function validateShapeIdConflicts(index: ShapeIndex): Diagnostic[] {
  // The common case, no conflict, without lower-casing the shared prelude's IDs again: a model's own
  // IDs are checked against each other and against the shared ones. Any collision (or a model
  // without the shared shapes, whose prelude IDs then collide with the shared ones) takes the full
  // pass, which reports in its own order.
  const shared = sharedLowerIds();
  if (shared !== undefined) {
    const own = new Set<string>();
    let clean = true;
    for (const shape of index.all) {
      if (isShared(shape)) continue;
      const key = shape.id.toLowerCase();
      if (shared.has(key) || own.has(key)) {
        clean = false;
        break;
      }
      own.add(key);
    }
    if (clean) return [];
  }
  return allConflicts(index);
}

function allConflicts(index: ShapeIndex): Diagnostic[] {
  // one entry per shape; a list only for the rare IDs that collide
  const first = new Map<string, ShapeLike>();
  const more = new Map<string, ShapeLike[]>();
  for (const shape of index.all) {
    const key = shape.id.toLowerCase();
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, shape);
      continue;
    }
    const group = more.get(key);
    if (group) group.push(shape);
    else more.set(key, [seen, shape]);
  }
  const events: Diagnostic[] = [];
  if (more.size === 0) return events;
  for (const key of first.keys()) {
    const group = more.get(key);
    if (group === undefined) continue;
    const ids = group.map((s) => s.id).sort();
    for (const shape of group) {
      const others = ids
        .filter((id) => id !== shape.id)
        .map((id) => `\`${id}\``)
        .join(", ");
      events.push(
        error(ID, shape, `Shape ID \`${shape.id}\` conflicts with other shape IDs in the model: [${others}]`),
      );
    }
  }
  return events;
}
