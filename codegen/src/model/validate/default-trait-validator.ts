/**
 * `DefaultTrait`: a `@default` value must be valid for its shape (lists and maps only empty,
 * documents only scalars or empty, blobs base64), `null` only on members; members targeting a
 * shape with a default must repeat that default or set `null`. A default of 0 outside the shape's
 * `@range` is only a WARNING (models converted from IDL 1.0 carry many).
 */
import type { NodeValue } from "../ast.js";
import type { Diagnostic } from "../diagnostic.js";
import type { Shape } from "../model.js";
import { isNodeObject, nodeEquals } from "../node-value.js";
import { isShared } from "../shared-prelude.js";
import { error, warning } from "./events.js";
import { validateNode } from "./node-validator.js";
import { isMember, PRELUDE_PREFIX, type ShapeIndex, type ShapeLike, typeOf } from "./shape-index.js";

const ID = "DefaultTrait";
const DEFAULT = "smithy.api#default";
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Shared prelude structures (see shared-prelude.ts) whose members repeat their targets' defaults:
 * members and targets are shared, the same in every model, so they are not checked again.
 */
const cleanShared = new WeakSet<Shape>();

export function validateDefaults(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  for (const shape of index.all) {
    if (!shape.traits.has(DEFAULT) || shape.id.startsWith(PRELUDE_PREFIX)) continue;
    const value = shape.traits.get(DEFAULT) as NodeValue;
    validateValue(index, shape, value, events);
  }
  // Members of structures that target a shape with a default must repeat it (or use null).
  for (const shape of index.model.shapes.values()) {
    if (shape.type !== "structure" || cleanShared.has(shape)) continue;
    const before = events.length;
    for (const member of shape.members.values()) {
      const target = index.get(member.target);
      if (!target || isMember(target) || !target.traits.has(DEFAULT)) continue;
      const targetDefault = target.traits.get(DEFAULT) as NodeValue;
      const memberDefault = member.traits.get(DEFAULT);
      if (memberDefault === undefined) {
        events.push(
          error(
            ID,
            member,
            `Member targets ${target.id}, which requires that the member defines the same default of \`${JSON.stringify(targetDefault)}\` or \`null\``,
          ),
        );
      } else if (memberDefault !== null && !nodeEquals(memberDefault, targetDefault)) {
        events.push(
          error(
            ID,
            member,
            `Member defines a default value that differs from the default value of the target shape, ${target.id}. The member has a default of \`${JSON.stringify(memberDefault)}\`, but the target has a default of \`${JSON.stringify(targetDefault)}\`.`,
          ),
        );
      }
    }
    if (events.length === before && isShared(shape)) cleanShared.add(shape);
  }
  return events;
}

function validateValue(index: ShapeIndex, shape: ShapeLike, value: NodeValue, events: Diagnostic[]): void {
  let target: ShapeLike | undefined = shape;
  if (isMember(shape)) {
    target = index.get(shape.target);
    // Any member may set its default to null, which makes it nullable.
    if (value === null || !target) return;
  } else if (value === null) {
    events.push(error(ID, shape, "The @default trait can be set to null only on members"));
    return;
  }
  validateNode(
    {
      index,
      eventId: ID,
      subject: shape,
      context: "Error validating @default trait",
      events,
      rangeZeroWarning: true,
    },
    shape,
    value,
  );
  switch (typeOf(target)) {
    case "blob":
      if (typeof value === "string" && !BASE64.test(value)) {
        events.push(warning(ID, shape, "The @default value of a blob should be a valid base64 string."));
      }
      break;
    case "map":
      if (isNodeObject(value) && Object.keys(value).length > 0) {
        events.push(error(ID, shape, "The @default value of a map must be an empty map"));
      }
      break;
    case "list":
      if (Array.isArray(value) && value.length > 0) {
        events.push(error(ID, shape, "The @default value of a list must be an empty list"));
      }
      break;
    case "document":
      if (Array.isArray(value) && value.length > 0) {
        events.push(error(ID, shape, "The @default value of a document cannot be a non-empty array"));
      }
      if (isNodeObject(value) && Object.keys(value).length > 0) {
        events.push(error(ID, shape, "The @default value of a document cannot be a non-empty object"));
      }
      break;
    default:
      break;
  }
}
