/** `ShapeIdConflict`: shape and member IDs must be unique case-insensitively. */
import type { Diagnostic } from "../diagnostic.js";
import type { Member, Model } from "../model.js";
import { isShared, sharedPrelude } from "../shared-prelude.js";
import { asSmallMap, type SmallMap } from "../small-map.js";
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
  if (shared !== undefined && ownIdsClean(index, shared)) return [];
  return allConflicts(index);
}

/**
 * Whether no shape or member a model adds collides with another ID, told without a lower-cased
 * member ID: a member ID is its shape's ID, `$` and its name, and neither part holds a `$`, so two
 * member IDs of different shapes collide only where their shapes' IDs do, a member ID never
 * collides with a shape ID, and a model's members belong to its own shapes (a shared shape's
 * members are shared). What remains is each shape's IDs and each shape's member names.
 */
function ownIdsClean(index: ShapeIndex, shared: ReadonlySet<string>): boolean {
  const own = new Set<string>();
  for (const shape of index.model.shapes.values()) {
    if (isShared(shape)) continue;
    const key = shape.id.toLowerCase();
    if (shared.has(key) || own.has(key)) return false;
    own.add(key);
    if (shape.members.size > 1 && !namesClean(asSmallMap(shape.members))) return false;
  }
  return true;
}

/** Up to this many members, names are compared pairwise; past it, through lower-cased ones. */
const PAIRWISE_MEMBERS = 16;

/** Whether no two member names of one shape are equal ignoring case (`toLowerCase`). */
function namesClean(members: SmallMap<string, Member>): boolean {
  const n = members.size;
  let pairwise = n <= PAIRWISE_MEMBERS;
  for (let i = 0; pairwise && i < n; i++) pairwise = ascii(members.keyAt(i));
  if (!pairwise) {
    const lower = new Set<string>();
    for (let i = 0; i < n; i++) lower.add(members.keyAt(i).toLowerCase());
    return lower.size === n;
  }
  for (let i = 1; i < n; i++) {
    const a = members.keyAt(i);
    for (let j = 0; j < i; j++) if (asciiEqualIgnoringCase(a, members.keyAt(j))) return false;
  }
  return true;
}

/** `a.toLowerCase() === b.toLowerCase()` for ASCII strings, without making the lower-cased ones. */
function asciiEqualIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    // one bit apart is the same letter in two cases only between `a` and `z`
    if (x !== y && ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122)) return false;
  }
  return true;
}

function ascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
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
