/**
 * Members of structures, unions, lists and maps: removed and added members, changed targets
 * (smithy-diff's ChangedMemberTarget), `@required` and `@default` (ChangedNullability,
 * ChangedDefault), and the member-level traits that change the wire or the generated types:
 * constraints, `@timestampFormat`, `@jsonName`, `@idempotencyToken`.
 */

import { readConstraints } from "../ir/constraints.js";
import { TRAIT } from "../ir/traits.js";
import type { Constraints } from "../ir/types.js";
import { type NodeValue, type ShapeId, SIMPLE_SHAPE_TYPES } from "../model/ast.js";
import type { Member, Shape } from "../model/model.js";
import { nodeEquals } from "../model/node-value.js";
import { compareConstraints } from "./constraint-rules.js";
import { type DiffContext, show } from "./context.js";
import { compareOtherTraits } from "./trait-rules.js";

/** `TRAIT` (the IR's trait IDs) plus `@jsonName`, which the IR does not read (AWS JSON 1.0 ignores it). */
const T = { ...TRAIT, jsonName: "smithy.api#jsonName" } as const;

/** Traits the member rules read themselves; the rest go to `compareOtherTraits`. */
export const MEMBER_TRAITS: ReadonlySet<ShapeId> = new Set([
  T.required,
  T.default,
  T.length,
  T.range,
  T.pattern,
  T.uniqueItems,
  T.timestampFormat,
  T.jsonName,
  T.idempotencyToken,
]);

const CONSTRAINT_TRAITS = {
  length: T.length,
  range: T.range,
  pattern: T.pattern,
  uniqueItems: T.uniqueItems,
};

/** The shape's type, with a Smithy 1.0 `@enum` string counted as an enum. */
export function kindOf(shape: Shape): string {
  return shape.type === "string" && shape.traits.has(T.enum) ? "enum" : shape.type;
}

/** Compares the members of two versions of a structure, union, list or map. */
export function compareMembers(ctx: DiffContext, before: Shape, after: Shape): void {
  for (const [name, member] of before.members) {
    if (!after.members.has(name)) {
      ctx.report(
        "breaking",
        "RemovedMember",
        member.id,
        `Member \`${name}\` was removed from \`${before.id}\``,
      );
    }
  }
  for (const [name, member] of after.members) {
    const old = before.members.get(name);
    if (old) {
      compareMember(ctx, old, member);
    } else if (after.type === "union") {
      ctx.report(
        "dangerous",
        "AddedUnionMember",
        member.id,
        `Member \`${name}\` was added to union \`${after.id}\`: old clients may receive a variant they do not know`,
      );
    } else if (member.traits.has(T.required) && !member.traits.has(T.default)) {
      ctx.report(
        "breaking",
        "AddedRequiredMember",
        member.id,
        `Required member \`${name}\` (no default) was added to \`${after.id}\``,
      );
    } else {
      ctx.report("compatible", "AddedMember", member.id, `Member \`${name}\` was added to \`${after.id}\``);
    }
  }
}

function compareMember(ctx: DiffContext, before: Member, after: Member): void {
  const id = after.id;
  const oldTarget = ctx.old.shapes.get(before.target);
  const newTarget = ctx.new.shapes.get(after.target);
  const retargeted = before.target !== after.target;
  if (retargeted) compareTarget(ctx, before, after, oldTarget, newTarget);

  compareRequired(ctx, before, after);
  compareDefault(ctx, id, before.traits.get(T.default), after.traits.get(T.default));

  // A trait of the target is compared on the target itself; here only what the member writes
  // (or everything, when the member now points elsewhere).
  const writes = (trait: ShapeId): boolean =>
    retargeted || before.traits.has(trait) || after.traits.has(trait);
  compareConstraints(
    ctx,
    id,
    pick(effectiveConstraints(before, oldTarget), writes),
    pick(effectiveConstraints(after, newTarget), writes),
  );
  if (writes(T.timestampFormat) && newTarget?.type === "timestamp") {
    const a = timestampFormat(before, oldTarget);
    const b = timestampFormat(after, newTarget);
    if (a !== b) {
      ctx.report(
        "breaking",
        "ChangedTimestampFormat",
        id,
        `Timestamp format of \`${id}\` changed from ${a} to ${b}`,
      );
    }
  }
  const jsonA = before.traits.get(T.jsonName);
  const jsonB = after.traits.get(T.jsonName);
  if (!sameValue(jsonA, jsonB)) {
    ctx.report(
      "breaking",
      "ChangedJsonName",
      id,
      `\`@jsonName\` of \`${id}\` changed from ${show(jsonA)} to ${show(jsonB)}`,
    );
  }
  const tokenA = before.traits.has(T.idempotencyToken);
  const tokenB = after.traits.has(T.idempotencyToken);
  if (tokenA !== tokenB) {
    ctx.report(
      "breaking",
      "ChangedIdempotencyToken",
      id,
      `\`@idempotencyToken\` was ${tokenB ? "added to" : "removed from"} \`${id}\``,
    );
  }
  compareOtherTraits(ctx, id, before.traits, after.traits, MEMBER_TRAITS);
}

function compareTarget(
  ctx: DiffContext,
  before: Member,
  after: Member,
  oldTarget: Shape | undefined,
  newTarget: Shape | undefined,
): void {
  const oldKind = oldTarget ? kindOf(oldTarget) : "unknown";
  const newKind = newTarget ? kindOf(newTarget) : "unknown";
  const what = `The target of \`${after.id}\` changed from \`${before.target}\` (${oldKind}) to \`${after.target}\` (${newKind})`;
  if (oldKind !== newKind) {
    ctx.report("breaking", "ChangedMemberTarget", after.id, `${what}: the type changed`);
  } else if (SIMPLE_SHAPE_TYPES.has(oldKind)) {
    // Named simple shapes are aliases in the generated code: same type, so only constraints and
    // formats can differ, and they are compared below.
    ctx.report(
      "dangerous",
      "ChangedMemberTarget",
      after.id,
      `${what}: same type, constraints compared separately`,
    );
  } else if ((oldKind === "list" || oldKind === "map") && sameElements(oldTarget, newTarget)) {
    // lists and maps are written inline in the generated types: the same elements give the same type
    ctx.report(
      "dangerous",
      "ChangedMemberTarget",
      after.id,
      `${what}: same elements, constraints compared separately`,
    );
  } else {
    ctx.report(
      "breaking",
      "ChangedMemberTarget",
      after.id,
      `${what}: the name of ${/^[aeiou]/i.test(oldKind) ? "an" : "a"} ${oldKind} is significant`,
    );
  }
}

/** Whether two lists (or maps) have members (key and value) with the same targets. */
function sameElements(a: Shape | undefined, b: Shape | undefined): boolean {
  if (!a || !b || a.members.size !== b.members.size) return false;
  return [...a.members].every(([name, member]) => b.members.get(name)?.target === member.target);
}

function compareRequired(ctx: DiffContext, before: Member, after: Member): void {
  const a = before.traits.has(T.required);
  const b = after.traits.has(T.required);
  if (a === b) return;
  if (b && !after.traits.has(T.default)) {
    ctx.report(
      "breaking",
      "AddedRequiredTrait",
      after.id,
      `\`${after.id}\` became \`@required\` without a default`,
    );
  } else if (b) {
    ctx.report(
      "dangerous",
      "AddedRequiredTrait",
      after.id,
      `\`${after.id}\` became \`@required\` (with a default)`,
    );
  } else {
    ctx.report(
      "dangerous",
      "RemovedRequiredTrait",
      after.id,
      `\`${after.id}\` is no longer \`@required\`: responses may now omit it`,
    );
  }
}

function compareDefault(
  ctx: DiffContext,
  id: ShapeId,
  a: NodeValue | undefined,
  b: NodeValue | undefined,
): void {
  if (sameValue(a, b)) return;
  if (b === undefined) {
    ctx.report("dangerous", "RemovedDefault", id, `\`@default\` ${show(a)} was removed from \`${id}\``);
  } else if (a === undefined) {
    ctx.report("dangerous", "AddedDefault", id, `\`@default\` ${show(b)} was added to \`${id}\``);
  } else {
    ctx.report(
      "dangerous",
      "ChangedDefault",
      id,
      `\`@default\` of \`${id}\` changed from ${show(a)} to ${show(b)}`,
    );
  }
}

export function sameValue(a: NodeValue | undefined, b: NodeValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return nodeEquals(a, b);
}

/** The member's constraints: each trait on the member replaces the target's (as the IR does). */
function effectiveConstraints(member: Member, target: Shape | undefined): Constraints {
  return { ...(target ? readConstraints(target.traits) : {}), ...readConstraints(member.traits) };
}

function pick(constraints: Constraints, keep: (trait: ShapeId) => boolean): Constraints {
  const out: Constraints = {};
  for (const key of Object.keys(CONSTRAINT_TRAITS) as (keyof typeof CONSTRAINT_TRAITS)[]) {
    if (keep(CONSTRAINT_TRAITS[key]) && constraints[key] !== undefined) {
      (out as Record<string, unknown>)[key] = constraints[key];
    }
  }
  return out;
}

/** Member, then target, else AWS JSON's `epoch-seconds`. */
function timestampFormat(member: Member, target: Shape | undefined): string {
  const own = member.traits.get(T.timestampFormat) ?? target?.traits.get(T.timestampFormat);
  return typeof own === "string" ? own : "epoch-seconds";
}

/** Constraints and `@timestampFormat` written on a named shape. */
export function compareShapeConstraints(ctx: DiffContext, before: Shape, after: Shape): void {
  compareConstraints(ctx, after.id, readConstraints(before.traits), readConstraints(after.traits));
  if (after.type === "timestamp") {
    const a = before.traits.get(T.timestampFormat);
    const b = after.traits.get(T.timestampFormat);
    if (!sameValue(a, b)) {
      ctx.report(
        "breaking",
        "ChangedTimestampFormat",
        after.id,
        `Timestamp format of \`${after.id}\` changed from ${show(a)} to ${show(b)}`,
      );
    }
  }
}
