/**
 * A read-only index over an assembled `Model` for the validators: shapes and members by ID,
 * the relationships between them (Smithy's neighbor provider, forward and reverse), and trait
 * definitions. Built once per validation run; relationships are computed lazily and cached so
 * that every validator and selector stays linear in the size of the model.
 */
import type { NodeValue, ShapeId, ShapeType } from "../ast.js";
import type { Member, Model, Shape } from "../model.js";
import { isNodeObject } from "../node-value.js";
import { splitMember } from "../shape-id.js";
import { isShared, sharedBindable, sharedPrelude } from "../shared-prelude.js";

/**
 * The relationship from an aggregate shape (structure, union, enum, intEnum, list, map) to one of
 * its members; `undefined` for any other shape. Its relationships are its mixins, then these.
 */
export function memberRelationship(container: Shape, member: Member): RelationshipType | undefined {
  if (container.type === "map") return member.name === "key" ? "MAP_KEY" : "MAP_VALUE";
  return MEMBER_RELATIONSHIP[container.type];
}

/** Whether a shape is an aggregate: its relationships are its mixins, then its members. */
export function isAggregate(s: Shape): boolean {
  return s.type === "map" || MEMBER_RELATIONSHIP[s.type] !== undefined;
}

/** A shape or a member: what selectors and validation events talk about. */
export type ShapeLike = Shape | Member;

export type ShapeLikeType = ShapeType | "member";

/** Smithy's relationship types (`RelationshipType`), named as Java prints them in messages. */
export type RelationshipType =
  | "RESOURCE"
  | "OPERATION"
  | "COLLECTION_OPERATION"
  | "INSTANCE_OPERATION"
  | "BOUND"
  | "PUT"
  | "CREATE"
  | "READ"
  | "UPDATE"
  | "DELETE"
  | "LIST"
  | "IDENTIFIER"
  | "PROPERTY"
  | "MEMBER_CONTAINER"
  | "MEMBER_TARGET"
  | "INPUT"
  | "OUTPUT"
  | "ERROR"
  | "ENUM_MEMBER"
  | "INT_ENUM_MEMBER"
  | "LIST_MEMBER"
  | "MAP_KEY"
  | "MAP_VALUE"
  | "STRUCTURE_MEMBER"
  | "UNION_MEMBER"
  | "TRAIT"
  | "MIXIN";

/** The label a selector uses for a relationship (`-[input]->`); `undefined` when it has none. */
export function selectorLabel(type: RelationshipType): string | undefined {
  switch (type) {
    case "MEMBER_CONTAINER":
    case "MEMBER_TARGET":
      return undefined;
    case "ENUM_MEMBER":
    case "INT_ENUM_MEMBER":
    case "LIST_MEMBER":
    case "MAP_KEY":
    case "MAP_VALUE":
    case "STRUCTURE_MEMBER":
    case "UNION_MEMBER":
      return "member";
    case "COLLECTION_OPERATION":
      return "collectionOperation";
    case "INSTANCE_OPERATION":
      return "instanceOperation";
    default:
      return type.toLowerCase();
  }
}

export interface Relationship {
  type: RelationshipType;
  /** The shape that declares (or, for BOUND and MEMBER_CONTAINER, receives) the reference. */
  from: ShapeLike;
  targetId: ShapeId;
  /** `undefined` when the reference does not resolve. */
  target: ShapeLike | undefined;
}

export const PRELUDE_PREFIX = "smithy.api#";
export const TRAIT_TRAIT = "smithy.api#trait";
export const UNIT = "smithy.api#Unit";

function isEnumType(type: string | undefined): boolean {
  return type === "enum" || type === "intEnum";
}

export function isMember(s: ShapeLike): s is Member {
  return "container" in s;
}

export function typeOf(s: ShapeLike): ShapeLikeType {
  return isMember(s) ? "member" : s.type;
}

/** Java's `Shape.toString()`: `(structure: \`ns#Foo\`)`. */
export function describe(s: ShapeLike): string {
  return `(${typeOf(s)}: \`${s.id}\`)`;
}

const MEMBER_RELATIONSHIP: Partial<Record<ShapeType, RelationshipType>> = {
  structure: "STRUCTURE_MEMBER",
  union: "UNION_MEMBER",
  enum: "ENUM_MEMBER",
  intEnum: "INT_ENUM_MEMBER",
  list: "LIST_MEMBER",
};

const NO_RELATIONSHIPS: Relationship[] = [];

/**
 * Relationships of shared prelude shapes (see shared-prelude.ts) that lead to shared shapes only:
 * the same in every model (none of them can be bound), so they are made once per process.
 */
const sharedForward = new WeakMap<ShapeLike, Relationship[]>();

let sharedReverseMap: { prelude: Model; map: Map<ShapeLike, Relationship[]> | undefined } | undefined;

/**
 * The reverse relationships among the shared prelude's shapes, for a model built on it (all of
 * them in it, first); `undefined` for another model, or if a shared shape's relationships are not
 * all to shared shapes (then each model makes its own).
 */
function sharedReverse(model: Model): ReadonlyMap<ShapeLike, Relationship[]> | undefined {
  const prelude = sharedPrelude();
  const first = prelude?.shapes.values().next().value;
  if (!prelude || !first || model.shapes.get(first.id) !== first) return undefined;
  if (sharedReverseMap?.prelude !== prelude) {
    const index = new ShapeIndex(prelude);
    let map: Map<ShapeLike, Relationship[]> | undefined = new Map();
    for (const x of index.all) {
      const rels = index.forward(x);
      if (sharedForward.get(x) !== rels) {
        map = undefined;
        break;
      }
      for (const rel of rels) {
        if (!rel.target) continue;
        const list = map.get(rel.target);
        if (list) list.push(rel);
        else map.set(rel.target, [rel]);
      }
    }
    sharedReverseMap = { prelude, map };
  }
  return sharedReverseMap.map;
}

let sharedTraitsMap:
  | { prelude: Model; shared: { all: readonly ShapeLike[]; map: Map<ShapeId, Relationship[]> } | undefined }
  | undefined;

/**
 * The shared prelude's entries (its `all`) and the trait relationships among them, by target ID,
 * made once per process; `undefined` for a model not built on it, or if a shared trait is not
 * defined in the prelude (a model could define it).
 */
function sharedTraitReverse(
  model: Model,
): { all: readonly ShapeLike[]; map: ReadonlyMap<ShapeId, Relationship[]> } | undefined {
  const prelude = sharedPrelude();
  const first = prelude?.shapes.values().next().value;
  if (!prelude || !first || model.shapes.get(first.id) !== first) return undefined;
  if (sharedTraitsMap?.prelude !== prelude) {
    const index = new ShapeIndex(prelude);
    let map: Map<ShapeId, Relationship[]> | undefined = new Map();
    for (const x of index.all) {
      for (const rel of index.traitRelationships(x)) {
        if (rel.target === undefined || !isShared(rel.target)) {
          map = undefined;
          break;
        }
        const list = map.get(rel.targetId);
        if (list) list.push(rel);
        else map.set(rel.targetId, [rel]);
      }
      if (map === undefined) break;
    }
    sharedTraitsMap = { prelude, shared: map && { all: index.all, map } };
  }
  return sharedTraitsMap.shared;
}

/** The shared reverse relationships of a shared shape without `MEMBER_CONTAINER` ones, made once. */
const sharedReferencesCache = new WeakMap<ShapeLike, Relationship[]>();

function sharedReferences(s: ShapeLike, shared: Relationship[]): Relationship[] {
  let out = sharedReferencesCache.get(s);
  if (out === undefined) {
    out = shared.filter((r) => r.type !== "MEMBER_CONTAINER");
    sharedReferencesCache.set(s, out);
  }
  return out;
}

export class ShapeIndex {
  /** Every shape and member, shapes in model order, each followed by its members. */
  readonly all: ShapeLike[];
  /** By object, not by ID: an object key costs no string hashing. */
  private readonly forwardCache = new Map<ShapeLike, Relationship[]>();
  private readonly traitForward = new Map<ShapeId, Relationship[]>();
  private traitReverseMap: Map<ShapeId, Relationship[]> | undefined;

  constructor(readonly model: Model) {
    // sized first: a large model has hundreds of thousands (no copies while it grows)
    let count = 0;
    for (const shape of model.shapes.values()) count += 1 + shape.members.size;
    const all = new Array<ShapeLike>(count);
    let i = 0;
    for (const shape of model.shapes.values()) {
      all[i++] = shape;
      for (const member of shape.members.values()) all[i++] = member;
    }
    this.all = all;
  }

  /** The shape or member with this absolute ID. */
  get(id: ShapeId): ShapeLike | undefined {
    const direct = this.model.shapes.get(id);
    if (direct) return direct;
    const [root, member] = splitMember(id);
    if (member === undefined) return undefined;
    return this.model.shapes.get(root)?.members.get(member);
  }

  shape(id: ShapeId): Shape | undefined {
    return this.model.shapes.get(id);
  }

  /** The shape a member targets (undefined if unresolved); a non-member is returned as is. */
  resolveTarget(s: ShapeLike): ShapeLike | undefined {
    return isMember(s) ? this.get(s.target) : s;
  }

  /** Trait definition shapes (those carrying `smithy.api#trait`). */
  traitDefinition(traitId: ShapeId): Shape | undefined {
    const shape = this.model.shapes.get(traitId);
    return shape?.traits.has(TRAIT_TRAIT) ? shape : undefined;
  }

  /** The `@trait` value of a trait definition, as an object (`{}` when written bare). */
  traitDefinitionValue(traitId: ShapeId): { [key: string]: NodeValue } | undefined {
    const value = this.traitDefinition(traitId)?.traits.get(TRAIT_TRAIT);
    return isNodeObject(value) ? value : value === undefined ? undefined : {};
  }

  /** Outgoing relationships (Smithy's default neighbor provider, without trait relationships). */
  forward(s: ShapeLike): Relationship[] {
    let rels = this.forwardCache.get(s);
    if (!rels) {
      rels = sharedForward.get(s);
      if (!rels) {
        rels = this.computeForward(s);
        if (
          isShared(s) &&
          !sharedBindable() &&
          rels.every((r) => r.target !== undefined && isShared(r.target))
        ) {
          sharedForward.set(s, rels);
        }
      }
      this.forwardCache.set(s, rels);
    }
    return rels;
  }

  /** Relationships from a shape or member to the definitions of the traits applied to it. */
  traitRelationships(s: ShapeLike): Relationship[] {
    let rels = this.traitForward.get(s.id);
    if (!rels) {
      rels = [...s.traits.keys()].map((id) => ({
        type: "TRAIT" as const,
        from: s,
        targetId: id,
        target: this.get(id),
      }));
      this.traitForward.set(s.id, rels);
    }
    return rels;
  }

  /** Relationships whose target is `s` (Smithy's reverse neighbor provider). */
  reverse(s: ShapeLike): Relationship[] {
    return this.reverseOf(s, true);
  }

  /**
   * `reverse(s)` without the `MEMBER_CONTAINER` relationships of the members of `s`, in the same
   * order: what the validators and selectors read (none of them follows a member to its container
   * backwards). A structure's members are not each made a relationship to it.
   */
  references(s: ShapeLike): Relationship[] {
    // only members of `s` have a `MEMBER_CONTAINER` relationship to it
    return this.reverseOf(s, isMember(s) || s.members.size === 0);
  }

  /**
   * The container of a member whose one reference is its container's (`STRUCTURE_MEMBER`, ...):
   * `references(m)` is then that relationship alone, and a selector reads it without making it.
   * `undefined` where there may be more or none: something names the member's ID, the member or its
   * container is a shared one, or the container has mixins.
   */
  soleReferrer(m: Member): Shape | undefined {
    if (!this.sources) this.indexSources();
    if (this.sources?.has(m) || this.sharedReverse?.has(m)) return undefined;
    const container = this.model.shapes.get(m.container);
    if (container === undefined || container.mixins.length > 0 || container.members.get(m.name) !== m) {
      return undefined;
    }
    if (this.sharedReverse !== undefined && isShared(container)) return undefined;
    return memberRelationship(container, m) === undefined ? undefined : container;
  }

  private reverseOf(s: ShapeLike, containers: boolean): Relationship[] {
    if (!this.sources) this.indexSources();
    const cache = containers ? this.reverseCache : this.referenceCache;
    let own = cache.get(s);
    if (own === undefined) {
      own = this.ownReverse(s, containers);
      cache.set(s, own);
    }
    let shared = this.sharedReverse?.get(s);
    if (shared === undefined) return own;
    if (!containers) shared = sharedReferences(s, shared);
    if (own === NO_RELATIONSHIPS) return shared;
    const merged = containers ? this.mergedReverse : this.mergedReferences;
    let both = merged.get(s);
    if (!both) {
      both = [...shared, ...own];
      merged.set(s, both);
    }
    return both;
  }

  /**
   * Whether a member's target is a relationship (`MEMBER_TARGET`): as in Smithy, an enum member's
   * `Unit` target is none (nor in a service closure).
   */
  hasTargetRelationship(m: Member): boolean {
    return m.target !== UNIT || !isEnumType(this.model.shapes.get(m.container)?.type);
  }

  /**
   * For each target, the shapes and members with a relationship to it, in the order of `all`, each
   * once; a shape with members is listed as a source of itself, standing for its members' `MEMBER_CONTAINER`
   * relationships (and those to itself), which follow it in `all`. The relationships themselves are
   * made only for the targets someone asks about (`ownReverse`): most members are never a source
   * anyone reads, and a large model has hundreds of thousands.
   */
  private sources: Map<ShapeLike, ShapeLike[]> | undefined;
  /** `reverse` without the shared prelude's part, by target. */
  private readonly reverseCache = new Map<ShapeLike, Relationship[]>();
  /** `references` without the shared prelude's part, by target. */
  private readonly referenceCache = new Map<ShapeLike, Relationship[]>();

  private indexSources(): void {
    const sources = new Map<ShapeLike, ShapeLike[]>();
    const add = (target: ShapeLike, from: ShapeLike): void => {
      const list = sources.get(target);
      if (list === undefined) sources.set(target, [from]);
      else if (list[list.length - 1] !== from) list.push(from);
    };
    // the shared prelude's own relationships come first (it comes first), made once per process
    const shared = sharedReverse(this.model);
    this.sharedReverse = shared;
    // the shared entries, first: passed over by position where they are known (see `sharedCount`)
    const start = shared === undefined ? 0 : this.sharedPrefix();
    const all = this.all;
    for (let i = start; i < all.length; i++) {
      const x = all[i] as ShapeLike;
      if (shared && start === 0 && isShared(x)) continue;
      if (isMember(x)) {
        if (!this.hasTargetRelationship(x)) continue;
        const target = this.get(x.target);
        // a member targeting its container is read with the container's own entry
        if (target !== undefined && x.target !== x.container) add(target, x);
        continue;
      }
      if (isAggregate(x)) {
        // an aggregate: its mixins, then its own members (found from the member, `ownReverse`)
        for (const mixin of x.mixins) {
          const target = this.get(mixin);
          if (target !== undefined && !(isMember(target) && target.container === x.id)) add(target, x);
        }
      } else {
        for (const rel of this.forward(x)) {
          // a shape's relationships to its own members: found from the member (`ownReverse`)
          if (rel.target !== undefined && !(isMember(rel.target) && rel.target.container === x.id)) {
            add(rel.target, x);
          }
        }
      }
      if (x.members.size > 0) add(x, x);
    }
    this.sources = sources;
  }

  /**
   * The model's own relationships to `s`, in the order of `all`; without `containers`, none of type
   * `MEMBER_CONTAINER`.
   */
  private ownReverse(s: ShapeLike, containers: boolean): Relationship[] {
    let out: Relationship[] | undefined;
    const sources = this.sources?.get(s);
    if (isMember(s)) {
      // its container's relationship to it, where the container comes in `all`
      const container = this.model.shapes.get(s.container);
      if (sources !== undefined) for (const x of sources) out = this.reverseFrom(x, s, containers, out);
      if (container !== undefined && !(this.sharedReverse && isShared(container))) {
        return this.withContainer(s, container, out);
      }
      return out ?? NO_RELATIONSHIPS;
    }
    if (sources === undefined) return NO_RELATIONSHIPS;
    for (const x of sources) {
      out = this.reverseFrom(x, s, containers, out);
      if (x === s) for (const m of s.members.values()) out = this.reverseFrom(m, s, containers, out);
    }
    return out ?? NO_RELATIONSHIPS;
  }

  /** `out` with the relationships of `forward(x)` whose target is `s` added, in its order. */
  private reverseFrom(
    x: ShapeLike,
    s: ShapeLike,
    containers: boolean,
    out: Relationship[] | undefined,
  ): Relationship[] | undefined {
    if (!this.forwardCache.has(x)) {
      // what `forward(x)` holds with target `s`, made without the rest
      if (isMember(x)) {
        if (containers && this.model.shapes.get(x.container) === s) {
          out ??= [];
          out.push({ type: "MEMBER_CONTAINER", from: x, targetId: x.container, target: s });
        }
        if (this.hasTargetRelationship(x) && this.get(x.target) === s) {
          out ??= [];
          out.push({ type: "MEMBER_TARGET", from: x, targetId: x.target, target: s });
        }
        return out;
      }
      // an aggregate's relationships are its mixins, then those to its own members: unless `s` is
      // one of them or mixed in, there is none to `s` (an input structure is a source of itself)
      if (isAggregate(x) && !(isMember(s) && s.container === x.id) && !this.mixesIn(x, s)) return out;
    }
    for (const rel of this.forward(x)) {
      if (rel.target !== s || (!containers && rel.type === "MEMBER_CONTAINER")) continue;
      out ??= [];
      out.push(rel);
    }
    return out;
  }

  private mixesIn(x: Shape, s: ShapeLike): boolean {
    for (const mixin of x.mixins) if (this.get(mixin) === s) return true;
    return false;
  }

  /**
   * A member's reverse relationships with its container's (the `STRUCTURE_MEMBER` one, ...) put in
   * the order of `all`: after those from shapes before the container, before those after it.
   */
  private withContainer(s: Member, container: Shape, rels: Relationship[] | undefined): Relationship[] {
    const own = this.containerRelationships(s, container);
    if (own.length === 0) return rels ?? NO_RELATIONSHIPS;
    if (rels === undefined) return own;
    const at = this.positionOf(container);
    const before = rels.filter((r) => this.positionOf(r.from) < at);
    const after = rels.filter((r) => this.positionOf(r.from) >= at);
    return [...before, ...own, ...after];
  }

  /**
   * What `forward(container)` holds with target `s`: its one member relationship, made without the
   * container's others (a mixin is a shape, never a member, but one written as a member ID is
   * looked for the long way).
   */
  private containerRelationships(s: Member, container: Shape): Relationship[] {
    const type = memberRelationship(container, s);
    if (container.mixins.length > 0 || type === undefined || container.members.get(s.name) !== s) {
      return this.forward(container).filter((r) => r.target === s);
    }
    return [{ type, from: container, targetId: s.id, target: s }];
  }

  private positions: Map<ShapeLike, number> | undefined;

  /** Where a shape or member comes in `all` (worked out only for the rare member with sources). */
  private positionOf(x: ShapeLike): number {
    if (!this.positions) {
      this.positions = new Map();
      for (const [i, y] of this.all.entries()) this.positions.set(y, i);
    }
    return this.positions.get(x) ?? -1;
  }

  /** `reverse` holds the model's own relationships only when this is set (see `sharedReverse`). */
  private sharedReverse: ReadonlyMap<ShapeLike, Relationship[]> | undefined;
  /** Shared and own reverse relationships of one target, joined once. */
  private readonly mergedReverse = new Map<ShapeLike, Relationship[]>();
  /** The same for `references`. */
  private readonly mergedReferences = new Map<ShapeLike, Relationship[]>();

  /** Trait relationships whose target is the trait definition `s`. */
  reverseTraits(s: ShapeLike): Relationship[] {
    const own = this.ownReverseTraits(s);
    const shared = this.sharedTraits?.get(s.id);
    if (shared === undefined) return own;
    if (own.length === 0) return shared;
    let both = this.mergedTraits.get(s.id);
    if (!both) {
      both = [...shared, ...own];
      this.mergedTraits.set(s.id, both);
    }
    return both;
  }

  /**
   * `reverseTraits(s)` without the relationships from the first `sharedCount` entries of `all`
   * (those come first, and are the same in every model).
   */
  ownReverseTraits(s: ShapeLike): Relationship[] {
    if (!this.traitReverseMap) {
      const map = new Map<ShapeId, Relationship[]>();
      const all = this.all;
      for (let i = this.sharedCount; i < all.length; i++) {
        for (const rel of this.traitRelationships(all[i] as ShapeLike)) {
          const list = map.get(rel.targetId);
          if (list) list.push(rel);
          else map.set(rel.targetId, [rel]);
        }
      }
      this.traitReverseMap = map;
    }
    return this.traitReverseMap.get(s.id) ?? NO_RELATIONSHIPS;
  }

  /**
   * `references(s)` without the relationships from the first `sharedCount` entries of `all`, which
   * come first in it.
   */
  ownReferences(s: ShapeLike): Relationship[] {
    if (this.sharedCount === 0) return this.references(s);
    const containers = isMember(s) || s.members.size === 0;
    const cache = containers ? this.reverseCache : this.referenceCache;
    let own = cache.get(s);
    if (own === undefined) {
      own = this.ownReverse(s, containers);
      cache.set(s, own);
    }
    return own;
  }

  /** The relationships among the first `sharedCount` entries to `s` (`references(s)` begins with them). */
  sharedReferences(s: ShapeLike): readonly Relationship[] {
    if (this.sharedCount === 0) return NO_RELATIONSHIPS;
    const shared = this.sharedReverse?.get(s);
    return shared === undefined ? NO_RELATIONSHIPS : sharedReferences(s, shared);
  }

  /** The same for `reverseTraits(s)`. */
  sharedReverseTraits(s: ShapeLike): readonly Relationship[] {
    if (this.sharedCount === 0) return NO_RELATIONSHIPS;
    return this.sharedTraits?.get(s.id) ?? NO_RELATIONSHIPS;
  }

  private sharedLength: number | undefined;
  /** Trait relationships among the shared entries, by target ID, when `sharedCount` is not 0. */
  private sharedTraits: ReadonlyMap<ShapeId, Relationship[]> | undefined;
  /** Shared and own trait relationships to one target, joined once. */
  private readonly mergedTraits = new Map<ShapeId, Relationship[]>();

  /**
   * How many entries at the start of `all` are the shared prelude's (see shared-prelude.ts), the same
   * objects in the same order as in the prelude itself, when their relationships among themselves
   * (reverse and trait ones) are made once per process; 0 otherwise (each model makes its own).
   */
  get sharedCount(): number {
    if (this.sharedLength === undefined) {
      if (!this.sources) this.indexSources();
      const count = this.sharedReverse === undefined ? 0 : this.sharedPrefix();
      this.sharedLength = count;
      this.sharedTraits = count > 0 ? sharedTraitReverse(this.model)?.map : undefined;
    }
    return this.sharedLength;
  }

  private prefixLength: number | undefined;

  /** `sharedCount` without asking whether the reverse relationships among them are made once. */
  private sharedPrefix(): number {
    if (this.prefixLength === undefined) {
      const shared = sharedTraitReverse(this.model);
      let count = 0;
      if (shared !== undefined && shared.all.length <= this.all.length) {
        count = shared.all.length;
        for (let i = 0; i < count; i++) {
          if (this.all[i] !== shared.all[i]) {
            count = 0;
            break;
          }
        }
      }
      this.prefixLength = count;
    }
    return this.prefixLength;
  }

  private computeForward(s: ShapeLike): Relationship[] {
    if (isMember(s)) {
      // most of a model: no closure made for a member
      const container = this.model.shapes.get(s.container);
      const out: Relationship[] = [
        { type: "MEMBER_CONTAINER", from: s, targetId: s.container, target: container },
      ];
      if (this.hasTargetRelationship(s)) {
        out.push({ type: "MEMBER_TARGET", from: s, targetId: s.target, target: this.get(s.target) });
      }
      return out;
    }
    const out: Relationship[] = [];
    const add = (type: RelationshipType, targetId: ShapeId | undefined, from: ShapeLike = s) => {
      if (targetId !== undefined) out.push({ type, from, targetId, target: this.get(targetId) });
    };
    for (const mixin of s.mixins) add("MIXIN", mixin);
    switch (s.type) {
      // a shape's members are its own: no lookup by ID
      case "map":
        for (const m of s.members.values()) {
          out.push({ type: m.name === "key" ? "MAP_KEY" : "MAP_VALUE", from: s, targetId: m.id, target: m });
        }
        break;
      case "structure":
      case "union":
      case "enum":
      case "intEnum":
      case "list": {
        const type = MEMBER_RELATIONSHIP[s.type] as RelationshipType;
        for (const m of s.members.values()) out.push({ type, from: s, targetId: m.id, target: m });
        break;
      }
      case "operation":
        // no relationship to a `Unit` input or output, as in Smithy
        if (s.input !== UNIT) add("INPUT", s.input);
        if (s.output !== UNIT) add("OUTPUT", s.output);
        for (const e of s.errors ?? []) add("ERROR", e);
        this.addBound(s, out);
        break;
      case "service":
        for (const o of s.operations ?? []) add("OPERATION", o);
        for (const r of s.resources ?? []) add("RESOURCE", r);
        for (const e of s.errors ?? []) add("ERROR", e);
        break;
      case "resource":
        for (const id of s.identifiers?.values() ?? []) add("IDENTIFIER", id);
        for (const id of s.properties?.values() ?? []) add("PROPERTY", id);
        for (const r of s.resources ?? []) add("RESOURCE", r);
        for (const [type, id] of lifecycle(s)) {
          add("OPERATION", id);
          add(type, id);
          add(
            type === "PUT" || type === "READ" || type === "UPDATE" || type === "DELETE"
              ? "INSTANCE_OPERATION"
              : "COLLECTION_OPERATION",
            id,
          );
        }
        for (const o of s.operations ?? []) {
          add("OPERATION", o);
          add("INSTANCE_OPERATION", o);
        }
        for (const o of s.collectionOperations ?? []) {
          add("OPERATION", o);
          add("COLLECTION_OPERATION", o);
        }
        this.addBound(s, out);
        break;
      default:
        break;
    }
    return out;
  }

  private boundParents: Map<ShapeId, ShapeId[]> | undefined;

  /** BOUND relationships: from an operation or resource to each service/resource that binds it. */
  private addBound(s: Shape, out: Relationship[]): void {
    if (!this.boundParents) {
      this.boundParents = new Map();
      for (const parent of this.model.shapes.values()) {
        if (parent.type !== "service" && parent.type !== "resource") continue;
        const children = new Set<ShapeId>([...(parent.operations ?? []), ...(parent.resources ?? [])]);
        if (parent.type === "resource") {
          for (const [, id] of lifecycle(parent)) children.add(id);
          for (const id of parent.collectionOperations ?? []) children.add(id);
        }
        for (const child of children) {
          const list = this.boundParents.get(child);
          if (list) list.push(parent.id);
          else this.boundParents.set(child, [parent.id]);
        }
      }
    }
    for (const parent of this.boundParents.get(s.id) ?? []) {
      out.push({ type: "BOUND", from: s, targetId: parent, target: this.get(parent) });
    }
  }
}

/** The lifecycle operations a resource declares, with their relationship type. */
export function lifecycle(s: Shape): [RelationshipType, ShapeId][] {
  const out: [RelationshipType, ShapeId][] = [];
  if (s.put) out.push(["PUT", s.put]);
  if (s.create) out.push(["CREATE", s.create]);
  if (s.read) out.push(["READ", s.read]);
  if (s.update) out.push(["UPDATE", s.update]);
  if (s.delete) out.push(["DELETE", s.delete]);
  if (s.list) out.push(["LIST", s.list]);
  return out;
}
