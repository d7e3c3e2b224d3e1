/** `PrivateAccess`: shapes marked `@private` are referenced only from their own namespace. */
import type { Diagnostic } from "../diagnostic.js";
import { namespaceOf } from "../shape-id.js";
import { event } from "./events.js";
import type { ShapeIndex } from "./shape-index.js";

export function validatePrivateAccess(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  for (const shape of index.all) {
    if (!shape.traits.has("smithy.api#private")) continue;
    const namespace = namespaceOf(shape.id);
    // Only trait definitions can be the target of trait relationships.
    const traitRels = shape.traits.has("smithy.api#trait") ? index.reverseTraits(shape) : [];
    for (const rel of [...index.references(shape), ...traitRels]) {
      if (rel.type === "MEMBER_CONTAINER" || namespaceOf(rel.from.id) === namespace) continue;
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
  return events;
}
