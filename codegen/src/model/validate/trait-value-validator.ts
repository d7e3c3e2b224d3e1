/** `TraitValue`: each applied trait's value must match the trait definition shape. */
import type { Diagnostic } from "../diagnostic.js";
import { idiomaticTraitName } from "../shape-id.js";
import { validateNode } from "./node-validator.js";
import { PRELUDE_PREFIX, type ShapeIndex } from "./shape-index.js";

export function validateTraitValues(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  for (const shape of index.all) {
    // The prelude is immutable and trusted, as in Smithy.
    if (shape.id.startsWith(PRELUDE_PREFIX)) continue;
    for (const [traitId, value] of shape.traits) {
      const definition = index.shape(traitId);
      if (!definition) continue;
      validateNode(
        {
          index,
          eventId: "TraitValue",
          subject: shape,
          context: `Error validating trait \`${idiomaticTraitName(traitId)}\``,
          events,
        },
        definition,
        value,
      );
    }
  }
  return events;
}
