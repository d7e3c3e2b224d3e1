/**
 * `Target`: every reference between shapes resolves and has a legal type.
 * Unresolved references suggest shape IDs within edit distance 2.
 */
import type { ShapeId } from "../ast.js";
import type { Diagnostic } from "../diagnostic.js";
import { isShared } from "../shared-prelude.js";
import { boundedEditDistance } from "./edit-distance.js";
import { error } from "./events.js";
import {
  describe,
  isAggregate,
  isMember,
  memberRelationship,
  type Relationship,
  type RelationshipType,
  type ShapeIndex,
  type ShapeLike,
  typeOf,
} from "./shape-index.js";

const ID = "Target";
const MAX_SUGGESTION_DISTANCE = 2;
const INVALID_MEMBER_TARGETS = new Set(["service", "resource", "operation", "member"]);
const LIFECYCLE = new Set(["CREATE", "READ", "UPDATE", "DELETE", "LIST", "PUT"]);
const INVERTED = new Set(["BOUND", "MEMBER_CONTAINER"]);

const DEPRECATION_LABELS: Partial<Record<Relationship["type"], string>> = {
  MEMBER_TARGET: "Member targets a deprecated shape",
  RESOURCE: "Binds a deprecated resource",
  OPERATION: "Binds a deprecated operation",
  IDENTIFIER: "Resource identifier targets a deprecated shape",
  PROPERTY: "Resource property targets a deprecated shape",
  INPUT: "Operation input targets a deprecated shape",
  OUTPUT: "Operation output targets a deprecated shape",
  ERROR: "Operation error targets a deprecated shape",
  MIXIN: "Applies a deprecated mixin",
};

/**
 * Shared prelude shapes (see shared-prelude.ts) found to need no event, through relationships to
 * shared shapes only: the same answer in every model, so they are not checked again.
 */
const cleanShared = new WeakSet<ShapeLike>();

export function validateTargets(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  // targets a member may target without an event: what is checked of a member's target reads the
  // target alone (the member only names the event), and most targets are shared by many members
  const cleanTargets = new Set<ShapeLike>();
  const all = index.all;
  // the shared entries come first (see `ShapeIndex.sharedCount`): none after them is shared, nor
  // remembered clean
  const sharedEnd = index.sharedCount;
  for (let i = 0; i < all.length; i++) {
    const shape = all[i] as ShapeLike;
    const shared = sharedEnd > 0 ? i < sharedEnd : isShared(shape);
    if (shared && cleanShared.has(shape)) continue;
    const before = events.length;
    let intrinsic = shared;
    if (isMember(shape)) {
      // a member's one relationship checked here is its target (read without making it)
      if (index.hasTargetRelationship(shape)) {
        const target = index.get(shape.target);
        if (target) {
          if (!cleanTargets.has(target)) {
            const previous = events.length;
            validateTarget(index, shape, target, "MEMBER_TARGET", events);
            if (events.length === previous) cleanTargets.add(target);
          }
          if (intrinsic && !sharedTarget(index, target)) intrinsic = false;
        } else {
          intrinsic = false;
          events.push(unresolved(index, shape, "MEMBER_TARGET", shape.target));
        }
      }
      if (intrinsic && events.length === before) cleanShared.add(shape);
      continue;
    }
    if (isAggregate(shape)) {
      // its relationships, read without making them: its mixins, then its members
      for (const mixin of shape.mixins) {
        const target = index.get(mixin);
        if (target) {
          validateTarget(index, shape, target, "MIXIN", events);
          if (intrinsic && !sharedTarget(index, target)) intrinsic = false;
        } else {
          intrinsic = false;
          events.push(unresolved(index, shape, "MIXIN", mixin));
        }
      }
      for (const member of shape.members.values()) {
        const type = memberRelationship(shape, member) as RelationshipType;
        // a member without traits is neither a trait definition nor deprecated: only a map key's
        // relationship checks more
        if (member.traits.size > 0 || type === "MAP_KEY") validateTarget(index, shape, member, type, events);
        if (intrinsic && !sharedTarget(index, member)) intrinsic = false;
      }
      if (intrinsic && events.length === before) cleanShared.add(shape);
      continue;
    }
    const resource = shape.type === "resource";
    if (!resource && shape.mixins.length === 0 && shape.type !== "operation" && shape.type !== "service") {
      // a simple shape without mixins has no relationship (none made to say so)
      if (intrinsic) cleanShared.add(shape);
      continue;
    }
    // a resource's list is filtered (a copy); any other shape's is read in place
    for (const rel of resource ? checkedRelationships(index, shape) : index.forward(shape)) {
      if (rel.type === "BOUND" || rel.type === "MEMBER_CONTAINER") continue;
      if (rel.target) {
        validateTarget(index, shape, rel.target, rel.type, events);
        if (intrinsic && !sharedTarget(index, rel.target)) intrinsic = false;
      } else {
        intrinsic = false;
        events.push(unresolved(index, shape, rel.type, rel.targetId));
      }
    }
    if (intrinsic && events.length === before) cleanShared.add(shape);
  }
  return events;
}

/** A shared target; for a member (a map key), its own target shared too (the key check reads it). */
function sharedTarget(index: ShapeIndex, target: ShapeLike): boolean {
  if (!isShared(target)) return false;
  if (!isMember(target)) return true;
  const own = index.get(target.target);
  return own !== undefined && isShared(own);
}

/**
 * The relationships a shape declares itself. A resource's lifecycle operations are checked once,
 * through their lifecycle relationship, not again as `operation`/`instanceOperation` bindings.
 */
function checkedRelationships(index: ShapeIndex, shape: ShapeLike): Relationship[] {
  const rels = index.forward(shape).filter((r) => !INVERTED.has(r.type));
  if (isMember(shape) || shape.type !== "resource") return rels;
  const lifecycleTargets = new Set(rels.filter((r) => LIFECYCLE.has(r.type)).map((r) => r.targetId));
  const seen = new Set<string>();
  return rels.filter((r) => {
    if (r.type === "INSTANCE_OPERATION" || r.type === "COLLECTION_OPERATION") return false;
    if (r.type === "OPERATION") {
      if (lifecycleTargets.has(r.targetId) || seen.has(r.targetId)) return false;
      seen.add(r.targetId);
    }
    return true;
  });
}

function validateTarget(
  index: ShapeIndex,
  shape: ShapeLike,
  target: ShapeLike,
  type: RelationshipType,
  events: Diagnostic[],
): void {
  if (type !== "MIXIN") {
    if (target.traits.has("smithy.api#trait")) {
      events.push(
        error(
          ID,
          shape,
          `Found a ${type} reference to trait definition \`${target.id}\`. Trait definitions cannot be targeted by members or referenced by shapes in any other context other than applying them as traits.`,
        ),
      );
      return;
    }
    if (!isMember(target) && target.traits.has("smithy.api#mixin")) {
      events.push(
        error(
          ID,
          shape,
          `Illegal ${type} reference to mixin \`${target.id}\`; shapes marked with the mixin trait can only be referenced to apply them as a mixin.`,
        ),
      );
      return;
    }
  }
  deprecated(shape, target, type, events);
  const targetType = typeOf(target);
  switch (type) {
    case "PROPERTY":
    case "MEMBER_TARGET":
      if (INVALID_MEMBER_TARGETS.has(targetType)) {
        events.push(
          error(ID, shape, `Members cannot target ${targetType} shapes, but found ${describe(target)}`),
        );
      }
      break;
    case "MAP_KEY":
      if (isMember(target)) {
        const keyTarget = index.get(target.target);
        if (keyTarget && typeOf(keyTarget) !== "string" && typeOf(keyTarget) !== "enum") {
          events.push(
            error(
              ID,
              shape,
              `Map key member targets ${describe(keyTarget)}, but is expected to target a string`,
            ),
          );
        }
      }
      break;
    case "RESOURCE":
      if (targetType !== "resource") events.push(badType(shape, target, type, "resource"));
      break;
    case "OPERATION":
      if (targetType !== "operation") events.push(badType(shape, target, type, "operation"));
      break;
    case "INPUT":
    case "OUTPUT":
      if (targetType !== "structure") {
        events.push(badType(shape, target, type, "structure"));
      } else if (target.traits.has("smithy.api#error")) {
        events.push(
          error(
            ID,
            shape,
            `Operation ${type.toLowerCase()} targets an invalid structure \`${target.id}\` that is marked with the \`error\` trait.`,
          ),
        );
      }
      break;
    case "ERROR":
      if (targetType !== "structure") {
        events.push(badType(shape, target, type, "structure"));
      } else if (!target.traits.has("smithy.api#error")) {
        events.push(
          error(
            ID,
            shape,
            `\`${target.id}\` cannot be bound as an error because it is not marked with the \`error\` trait.`,
          ),
        );
      }
      break;
    case "IDENTIFIER":
      if (targetType !== "string" && targetType !== "enum")
        events.push(badType(shape, target, type, "string"));
      break;
    case "PUT":
    case "CREATE":
    case "READ":
    case "UPDATE":
    case "DELETE":
    case "LIST":
      if (targetType !== "operation") {
        events.push(
          error(
            ID,
            shape,
            `Resource ${type.toLowerCase()} lifecycle operation must target an operation, but found ${describe(target)}`,
          ),
        );
      }
      break;
    case "MIXIN":
      if (!target.traits.has("smithy.api#mixin")) {
        events.push(
          error(
            ID,
            shape,
            `Attempted to use ${target.id} as a mixin, but it is not marked with the mixin trait`,
          ),
        );
      }
      break;
    default:
      break;
  }
}

function deprecated(shape: ShapeLike, target: ShapeLike, type: RelationshipType, events: Diagnostic[]): void {
  const value = target.traits.get("smithy.api#deprecated");
  const label = DEPRECATION_LABELS[type];
  if (value === undefined || !label) return;
  let message = `${label}, ${target.id}`;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    if (typeof value.message === "string") message += `. ${value.message}`;
    if (typeof value.since === "string") message += ` (since ${value.since})`;
  }
  events.push({
    severity: "WARNING",
    id: `DeprecatedShape.${target.id}`,
    message,
    shapeId: shape.id,
    location: shape.location,
  });
}

function badType(shape: ShapeLike, target: ShapeLike, rel: Relationship["type"], valid: string): Diagnostic {
  return error(
    ID,
    shape,
    `${typeOf(shape)} shape \`${rel.toLowerCase()}\` relationships must target a ${valid} shape, but found ${describe(target)}`,
  );
}

function unresolved(
  index: ShapeIndex,
  shape: ShapeLike,
  type: RelationshipType,
  targetId: ShapeId,
): Diagnostic {
  const suggestions = suggest(index, targetId);
  const hint = suggestions.length > 0 ? `. Did you mean ${suggestions.join(", ")}?` : "";
  const d =
    type === "MEMBER_TARGET"
      ? error(ID, shape, `member shape targets an unresolved shape \`${targetId}\`${hint}`)
      : error(
          ID,
          shape,
          `${typeOf(shape)} shape has ${/^[AEIOU]/.test(type) ? "an" : "a"} \`${type.toLowerCase()}\` relationship to an unresolved shape \`${targetId}\`${hint}`,
        );
  d.id = `${ID}.UnresolvedShape`;
  return d;
}

/** Shape IDs at the smallest edit distance (at most 2) from `target`, sorted. */
function suggest(index: ShapeIndex, target: string): string[] {
  let floor = Number.MAX_SAFE_INTEGER;
  let candidates: string[] = [];
  for (const { id } of index.all) {
    const distance = boundedEditDistance(target, id, MAX_SUGGESTION_DISTANCE);
    if (distance < 0) continue;
    if (distance === floor) candidates.push(id);
    else if (distance < floor) {
      floor = distance;
      candidates = [id];
    }
  }
  return candidates.sort();
}
