/**
 * The shapes and members of the prelude assembled once per process and shared by every model the
 * streaming assembler builds on it (`sources.ts`). They are never written, and nothing a model
 * defines changes what they target, so a check that reads only a shape and what it targets
 * (forward) gives a shared shape the same answer in every model: validators may remember that
 * answer once it found nothing to report.
 */
import type { Member, Model, Shape } from "./model.js";

const shared = new WeakSet<Shape | Member>();
/** Whether a shared shape can be bound (an operation or resource): a model's service may bind it. */
let bindable = false;
let sharedModel: Model | undefined;

/** Records the shapes and members of an assembled prelude as shared. */
export function markShared(prelude: Model): void {
  sharedModel = prelude;
  for (const shape of prelude.shapes.values()) {
    shared.add(shape);
    if (shape.type === "operation" || shape.type === "resource") bindable = true;
    for (const member of shape.members.values()) shared.add(member);
  }
}

/**
 * Whether a shared shape is an operation or resource: then a model can add a relationship from a
 * shared shape (the BOUND one, to the model's service), not only to one.
 */
export function sharedBindable(): boolean {
  return bindable;
}

/** The shared prelude, once assembled. */
export function sharedPrelude(): Model | undefined {
  return sharedModel;
}

/** Whether a shape or member is one of the shared prelude's. */
export function isShared(shape: Shape | Member): boolean {
  return shared.has(shape);
}
