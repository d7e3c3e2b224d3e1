/**
 * The shapes and members of the prelude assembled once per process and shared by every model the
 * streaming assembler builds on it (`sources.ts`). They are never written, and nothing a model
 * defines changes what they target, so a check that reads only a shape and what it targets
 * (forward) gives a shared shape the same answer in every model: validators may remember that
 * answer once it found nothing to report.
 */
import type { Member, Model, Shape } from "./model.js";

const shared = new WeakSet<Shape | Member>();

/** Records the shapes and members of an assembled prelude as shared. */
export function markShared(prelude: Model): void {
  for (const shape of prelude.shapes.values()) {
    shared.add(shape);
    for (const member of shape.members.values()) shared.add(member);
  }
}

/** Whether a shape or member is one of the shared prelude's. */
export function isShared(shape: Shape | Member): boolean {
  return shared.has(shape);
}
