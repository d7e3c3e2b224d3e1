/** What every rule of the diff reads: both models, both services, and where to report a change. */
import type { NodeValue, ShapeId } from "../model/ast.js";
import type { Model, Shape } from "../model/model.js";
import type { ChangeSeverity } from "./change.js";

export interface DiffContext {
  readonly old: Model;
  readonly new: Model;
  readonly oldService: Shape;
  readonly newService: Shape;
  report(severity: ChangeSeverity, rule: string, shapeId: ShapeId, message: string): void;
}

export type Traits = ReadonlyMap<ShapeId, NodeValue>;

/** A node value as one line of JSON, for messages. */
export function show(value: NodeValue | undefined): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}
