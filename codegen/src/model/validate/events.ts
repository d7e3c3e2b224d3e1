/** Building validation events (`Diagnostic`s) about shapes and members. */
import type { Diagnostic, Severity } from "../diagnostic.js";
import type { ShapeLike } from "./shape-index.js";

export function event(severity: Severity, id: string, shape: ShapeLike, message: string): Diagnostic {
  return { severity, id, message, shapeId: shape.id, location: shape.location };
}

export function error(id: string, shape: ShapeLike, message: string): Diagnostic {
  return event("ERROR", id, shape, message);
}

export function warning(id: string, shape: ShapeLike, message: string): Diagnostic {
  return event("WARNING", id, shape, message);
}

export function danger(id: string, shape: ShapeLike, message: string): Diagnostic {
  return event("DANGER", id, shape, message);
}

/** Java's `ValidationUtils.tickedList`: sorted, each value in backticks, comma separated. */
export function tickedList(values: Iterable<string | number>): string {
  return [...values]
    .map(String)
    .sort()
    .map((v) => `\`${v}\``)
    .join(", ");
}
