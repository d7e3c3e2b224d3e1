/**
 * The shapes and members the assembler makes (the Model's, built in place), a definition on its way
 * to becoming a shape, and the shared empty values and prelude IDs every step of it reads.
 */
import type { NodeValue, ShapeId, ShapeType } from "../ast.js";
import type { ShapeDef } from "../definitions.js";
import type { Member, Shape } from "../model.js";
import { SharedEmptyMap, SmallMap } from "../small-map.js";
import { columnOf, deferredOf, Located, lineOf, type SourceLocation } from "../source-location.js";

export const MIXIN = "smithy.api#mixin";
export const TRAIT = "smithy.api#trait";
export const ENUM_VALUE = "smithy.api#enumValue";
export const DEFAULT = "smithy.api#default";
export const BOX = "smithy.api#box";
export const UNIT = "smithy.api#Unit";

/**
 * The value of every trait applied without one (`@required`, `@input`): a large model has tens of
 * thousands. Shared and frozen, as the Model is read-only downstream.
 */
export const EMPTY_OBJECT: NodeValue = Object.freeze({});
export const EMPTY_LIST: NodeValue = Object.freeze([]) as unknown as NodeValue[];

/** Shared by shapes without mixins (frozen: the Model is read-only downstream). */
export const NO_SHAPES: readonly Shape[] = Object.freeze([]);
export const NO_IDS = Object.freeze([]) as unknown as ShapeId[];

/**
 * Traits merged on one shape or member: becomes the Model's map as is (no copy). Where each trait
 * was written is not recorded: only a conflict message needs it, and `traitLocation` finds it then.
 */
export type TraitTable = SmallMap<ShapeId, NodeValue>;

/** A member while the assembler builds it: its maps are writable. */
export interface BuildMember extends Member {
  traits: TraitTable;
  introducedTraits: TraitTable;
}

/** The Model's members and shapes (their location: see `Located`). */
export class AssembledMember extends Located implements BuildMember {
  constructor(
    readonly name: string,
    readonly container: ShapeId,
    public target: ShapeId,
    public traits: TraitTable,
    public introducedTraits: TraitTable,
    public inheritedFrom: ShapeId | undefined,
    location: SourceLocation,
  ) {
    super(location.file, lineOf(location), columnOf(location), deferredOf(location));
  }

  /** The ID once read (private: no own key). */
  #id: ShapeId | undefined = undefined;

  /**
   * `ns#Shape$name`, made when first read: a large model has many members, whose IDs the assembler
   * never reads; the validators read most of them, some many times.
   */
  get id(): ShapeId {
    let id = this.#id;
    if (id === undefined) {
      id = `${this.container}$${this.name}`;
      this.#id = id;
    }
    return id;
  }
}

export class AssembledShape extends Located implements Shape {
  declare input?: ShapeId;
  declare output?: ShapeId;
  declare errors?: ShapeId[];
  declare version?: string;
  declare operations?: ShapeId[];
  declare resources?: ShapeId[];
  declare rename?: Map<ShapeId, string>;
  declare identifiers?: Map<string, ShapeId>;
  declare properties?: Map<string, ShapeId>;
  declare put?: ShapeId;
  declare create?: ShapeId;
  declare read?: ShapeId;
  declare update?: ShapeId;
  declare delete?: ShapeId;
  declare list?: ShapeId;
  declare collectionOperations?: ShapeId[];

  constructor(
    readonly id: ShapeId,
    readonly type: ShapeType,
    public traits: ReadonlyMap<ShapeId, NodeValue>,
    public introducedTraits: ReadonlyMap<ShapeId, NodeValue>,
    readonly mixins: ShapeId[],
    readonly members: ReadonlyMap<string, Member>,
    location: SourceLocation,
  ) {
    super(location.file, lineOf(location), columnOf(location), deferredOf(location));
  }
}

/** A shape definition on its way to becoming a `Shape`. */
export class BuildShape {
  traits: TraitTable = NO_TRAITS;
  /** Trait tables of the local members, in `def.members` order (`NO_TRAITS` when none). */
  memberTraits: TraitTable[] = NO_MEMBER_TRAITS;
  /** Traits applied (via `apply`) to members that are not declared locally (inherited ones). */
  memberApplies: Map<string, TraitTable> | undefined = undefined;
  state: "new" | "building" | "done" = "new";
  shape: Shape | undefined = undefined;

  constructor(readonly def: ShapeDef) {}
}

/** A defined shape: still a definition, or already built (streaming builds plain shapes at once). */
export type Entry = BuildShape | Shape;

export const NO_TRAITS: TraitTable = new SharedEmptyMap();
export const NO_MEMBERS: SmallMap<string, BuildMember> = new SharedEmptyMap();
/** Shared by shapes none of whose members has traits; replaced before any write. */
export const NO_MEMBER_TRAITS: TraitTable[] = [];

/** Gives a member its own traits Map before a write (local members share one for both views). */
export function writableTraits(member: BuildMember): void {
  if (member.traits === NO_TRAITS) {
    const traits: TraitTable = new SmallMap();
    member.traits = traits;
    member.introducedTraits = traits;
  }
}
