/**
 * The semantic diff of two assembled models: shapes removed from or added to the service closure,
 * then, for every shape in both, the rules of its kind (`service-rules.ts`, `member-rules.ts`,
 * `enum-rules.ts`, `constraint-rules.ts`) and the generic trait rule (`trait-rules.ts`).
 * Prelude shapes (`smithy.api#...`) never change and are not reported.
 */
import { type ShapeId, SIMPLE_SHAPE_TYPES } from "../model/ast.js";
import type { Model, Shape } from "../model/model.js";
import { PRELUDE_NAMESPACE } from "../model/shape-id.js";
import { type Change, sortChanges } from "./change.js";
import { findService, serviceClosure } from "./closure.js";
import type { DiffContext } from "./context.js";
import { compareEnums } from "./enum-rules.js";
import { compareMembers, compareShapeConstraints, kindOf } from "./member-rules.js";
import { compareOperation, compareResource, compareService } from "./service-rules.js";
import { compareOtherTraits } from "./trait-rules.js";

export interface DiffModelsOptions {
  /** The service to compare when a model holds several. */
  serviceId?: string;
}

/** A model the diff cannot compare (no service, several services). */
export class DiffError extends Error {
  override name = "DiffError";
}

/** Traits read by a specific rule on named shapes (the rest go to the generic trait rule). */
const SHAPE_TRAITS: ReadonlySet<ShapeId> = new Set([
  "smithy.api#length",
  "smithy.api#range",
  "smithy.api#pattern",
  "smithy.api#uniqueItems",
  "smithy.api#timestampFormat",
  "smithy.api#enum",
  "smithy.api#paginated",
]);

/** Every change from `before` to `after`, sorted (breaking first). */
export function diffModels(before: Model, after: Model, options: DiffModelsOptions = {}): Change[] {
  const oldService = findService(before, options.serviceId);
  const newService = findService(after, options.serviceId);
  if (typeof oldService === "string") throw new DiffError(`base model: ${oldService}`);
  if (typeof newService === "string") throw new DiffError(`new model: ${newService}`);
  const changes: Change[] = [];
  const ctx: DiffContext = {
    old: before,
    new: after,
    oldService,
    newService,
    report: (severity, rule, shapeId, message) => changes.push({ severity, rule, shapeId, message }),
  };

  const oldClosure = serviceClosure(before, oldService);
  const newClosure = serviceClosure(after, newService);
  const reported = (id: ShapeId): boolean =>
    !id.startsWith(`${PRELUDE_NAMESPACE}#`) && id !== oldService.id && id !== newService.id;
  for (const id of oldClosure) {
    const shape = before.shapes.get(id);
    if (!shape || !reported(id) || newClosure.has(id)) continue;
    if (SIMPLE_SHAPE_TYPES.has(kindOf(shape))) {
      // a named simple shape is an alias in the generated code; what its removal changes for the
      // members that targeted it is reported on those members
      ctx.report("dangerous", "RemovedScalarShape", id, `Removed ${describe(shape)} \`${id}\``);
    } else {
      ctx.report("breaking", "RemovedShape", id, `Removed ${describe(shape)} \`${id}\``);
    }
  }
  for (const id of newClosure) {
    const shape = after.shapes.get(id);
    if (shape && reported(id) && !oldClosure.has(id)) {
      ctx.report("compatible", "AddedShape", id, `Added ${describe(shape)} \`${id}\``);
    }
  }

  compareService(ctx);
  for (const id of newClosure) {
    const a = before.shapes.get(id);
    const b = after.shapes.get(id);
    if (a && b && reported(id) && oldClosure.has(id)) compareShape(ctx, a, b);
  }
  return sortChanges(changes);
}

function compareShape(ctx: DiffContext, before: Shape, after: Shape): void {
  const oldKind = kindOf(before);
  const newKind = kindOf(after);
  if (oldKind !== newKind) {
    ctx.report(
      "breaking",
      "ChangedShapeType",
      after.id,
      `The type of \`${after.id}\` changed from ${oldKind} to ${newKind}`,
    );
    return;
  }
  switch (newKind) {
    case "operation":
      compareOperation(ctx, before, after);
      break;
    case "resource":
      compareResource(ctx, before, after);
      break;
    case "structure":
    case "union":
    case "list":
    case "map":
      compareMembers(ctx, before, after);
      break;
    case "enum":
    case "intEnum":
      compareEnums(ctx, before, after);
      break;
  }
  compareShapeConstraints(ctx, before, after);
  compareOtherTraits(ctx, after.id, before.traits, after.traits, SHAPE_TRAITS);
}

function describe(shape: Shape): string {
  if (shape.type === "structure" && shape.traits.has("smithy.api#error")) return "error";
  return kindOf(shape);
}
