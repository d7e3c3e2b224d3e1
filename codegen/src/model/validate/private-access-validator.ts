/** `PrivateAccess`: shapes marked `@private` are referenced only from their own namespace. */
import type { Diagnostic } from "../diagnostic.js";
import { namespaceOf } from "../shape-id.js";
import { event } from "./events.js";
import { isMember, type Relationship, type ShapeIndex, type ShapeLike } from "./shape-index.js";

export function validatePrivateAccess(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  const all = index.all;
  const start = index.sharedCount;
  const shared = start > 0 ? cleanSharedPrivate(index) : undefined;
  if (shared !== undefined) {
    // the shared private shapes' relationships among the shared entries: found clean once
    for (const shape of shared) checkShape(index, shape, events, true);
  }
  for (let i = shared === undefined ? 0 : start; i < all.length; i++) {
    const shape = all[i] as ShapeLike;
    if (shape.traits.has(PRIVATE)) checkShape(index, shape, events, false);
  }
  return events;
}

const PRIVATE = "smithy.api#private";

function checkShape(index: ShapeIndex, shape: ShapeLike, events: Diagnostic[], ownOnly: boolean): void {
  const namespace = namespaceOf(shape.id);
  check(ownOnly ? index.ownReferences(shape) : index.references(shape), shape, namespace, events);
  // Only trait definitions can be the target of trait relationships.
  if (shape.traits.has("smithy.api#trait")) {
    check(ownOnly ? index.ownReverseTraits(shape) : index.reverseTraits(shape), shape, namespace, events);
  }
}

/** By the first shared entry, which stands for the shared prelude (a new one has new shapes). */
let cleanShared: { first: ShapeLike | undefined; shapes: ShapeLike[] | undefined } | undefined;

/**
 * The private shapes among the shared entries of `all` (see `ShapeIndex.sharedCount`), in its order,
 * when none of them has a relationship from another shared entry to report: those are the same in
 * every model, so only the model's own are checked; `undefined` when some has.
 */
function cleanSharedPrivate(index: ShapeIndex): ShapeLike[] | undefined {
  const first = index.all[0];
  if (cleanShared === undefined || cleanShared.first !== first) {
    let shapes: ShapeLike[] | undefined = [];
    const found: Diagnostic[] = [];
    for (let i = 0; i < index.sharedCount; i++) {
      const shape = index.all[i] as ShapeLike;
      if (!shape.traits.has(PRIVATE)) continue;
      const namespace = namespaceOf(shape.id);
      check(index.sharedReferences(shape), shape, namespace, found);
      if (shape.traits.has("smithy.api#trait"))
        check(index.sharedReverseTraits(shape), shape, namespace, found);
      shapes.push(shape);
    }
    if (found.length > 0) shapes = undefined;
    cleanShared = { first, shapes };
  }
  return cleanShared.shapes;
}

function check(
  rels: readonly Relationship[],
  shape: ShapeLike,
  namespace: string,
  events: Diagnostic[],
): void {
  for (const rel of rels) {
    if (rel.type === "MEMBER_CONTAINER" || inNamespace(rel.from, namespace)) continue;
    events.push(
      event(
        rel.type === "TRAIT" ? "WARNING" : "ERROR",
        "PrivateAccess",
        rel.from,
        `This shape has an invalid ${rel.type.toLowerCase()} relationship that targets a private shape, \`${shape.id}\`, in another namespace.`,
      ),
    );
  }
}

/** `namespaceOf(s.id) === namespace`, without making the namespace (nor a member's ID). */
function inNamespace(s: ShapeLike, namespace: string): boolean {
  const id = isMember(s) ? s.container : s.id;
  const hash = id.indexOf("#");
  return hash < 0 ? namespace === "" : hash === namespace.length && id.startsWith(namespace);
}
