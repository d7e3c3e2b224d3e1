/** `ShapeIdConflict`: shape and member IDs must be unique case-insensitively. */
import type { Diagnostic } from "../diagnostic.js";
import { error } from "./events.js";
import type { ShapeIndex, ShapeLike } from "./shape-index.js";

const ID = "ShapeIdConflict";

export function validateShapeIdConflicts(index: ShapeIndex): Diagnostic[] {
  const groups = new Map<string, ShapeLike[]>();
  for (const shape of index.all) {
    const key = shape.id.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(shape);
    else groups.set(key, [shape]);
  }
  const events: Diagnostic[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
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
