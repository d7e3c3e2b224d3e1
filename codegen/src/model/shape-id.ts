/** Helpers over absolute and relative shape IDs (`ns#Name$member`). */
import type { ShapeId } from "./ast.js";

export const PRELUDE_NAMESPACE = "smithy.api";

/** `ns#A$b` -> [`ns#A`, `b`]; `ns#A` -> [`ns#A`, undefined]. */
export function splitMember(id: string): [string, string | undefined] {
  const i = id.indexOf("$");
  return i < 0 ? [id, undefined] : [id.slice(0, i), id.slice(i + 1)];
}

/** `ns#A`, `b` -> `ns#A$b`; without a member, the shape's ID (the inverse of `splitMember`). */
export function joinMember(shape: ShapeId, member: string | undefined): ShapeId {
  return member === undefined ? shape : `${shape}$${member}`;
}

export function namespaceOf(id: ShapeId): string {
  const i = id.indexOf("#");
  return i < 0 ? "" : id.slice(0, i);
}

/** `smithy.api#required` -> `required`; other trait IDs unchanged (Smithy's idiomatic trait name). */
export function idiomaticTraitName(id: ShapeId): string {
  return id.startsWith(`${PRELUDE_NAMESPACE}#`) ? id.slice(PRELUDE_NAMESPACE.length + 1) : id;
}
