/** `PrivateAccess`: shapes marked `@private` are referenced only from their own namespace. */
import type { Diagnostic } from "../diagnostic.js";
import { namespaceOf } from "../shape-id.js";
import { event } from "./events.js";
import { isMember, type Relationship, type ShapeIndex, type ShapeLike } from "./shape-index.js";

export function validatePrivateAccess(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  for (const shape of index.all) {
    if (!shape.traits.has("smithy.api#private")) continue;
    const namespace = namespaceOf(shape.id);
    // Only trait definitions can be the target of trait relationships.
    check(index.references(shape), shape, namespace, events);
    if (shape.traits.has("smithy.api#trait")) check(index.reverseTraits(shape), shape, namespace, events);
  }
  return events;
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
