/** `ShapeIdConflict`: shape and member IDs must be unique case-insensitively. */
import type { Diagnostic } from "../diagnostic.js";
import { error } from "./events.js";
import type { ShapeIndex, ShapeLike } from "./shape-index.js";

const ID = "ShapeIdConflict";

export function validateShapeIdConflicts(index: ShapeIndex): Diagnostic[] {
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
