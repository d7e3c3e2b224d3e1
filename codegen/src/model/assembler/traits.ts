/**
 * Trait applications resolved and merged into tables: on a shape's definition and its members, and
 * by `apply` (into a definition, or into a shape the streaming assembler built at once).
 */
import type { NodeValue, ShapeId } from "../ast.js";
import type { FileScope, MemberDef, RefDef, ShapeDef, TraitDef } from "../definitions.js";
import type { Shape } from "../model.js";
import { nodeEquals } from "../node-value.js";
import { idiomaticTraitName, joinMember, PRELUDE_NAMESPACE, splitMember } from "../shape-id.js";
import { SmallMap } from "../small-map.js";
import type { SourceLocation } from "../source-location.js";
import {
  type BuildMember,
  BuildShape,
  EMPTY_LIST,
  EMPTY_OBJECT,
  type Entry,
  NO_MEMBER_TRAITS,
  NO_TRAITS,
  TRAIT,
  type TraitTable,
  writableTraits,
} from "./assembled-shape.js";
import { Resolver } from "./resolve.js";
import { DEFER, FALLBACK, formatLocation } from "./state.js";

/** The assembler's trait merging, on its name resolution. */
export abstract class TraitMerger extends Resolver {
  /** The absolute ID of the trait a trait application names; unknown and non-trait shapes are reported. */
  traitId(trait: TraitDef, scope: FileScope, owner: ShapeId, member: string | undefined): ShapeId {
    const id = this.resolve(trait.name, scope);
    const entry = this.entries.get(id);
    if (!entry) {
      if (this.deferUnknown) throw DEFER;
      this.report(
        this.options.allowUnknownTraits ? "WARNING" : "ERROR",
        `Unable to resolve trait \`${id}\`. If this is a custom trait, then it must be defined before it can be used in a model.`,
        trait.location,
        joinMember(owner, member),
        "Model.UnresolvedTrait",
      );
    } else if (!this.isTraitShape(entry)) {
      this.report(
        "ERROR",
        `Shape \`${id}\` cannot be applied as a trait. If this is a custom trait, please add \`@trait\` to this shape.`,
        trait.location,
        joinMember(owner, member),
      );
    }
    return id;
  }

  /** The JSON value of a trait application, with "no value" coerced by the trait shape's type (2.7). */
  traitValue(trait: TraitDef, scope: FileScope, id: ShapeId): NodeValue {
    if (trait.value !== undefined) return this.resolveNode(trait.value, scope);
    const entry = this.entries.get(id);
    switch (entry instanceof BuildShape ? entry.def.type : entry?.type) {
      case undefined:
      case "structure":
      case "map":
        return EMPTY_OBJECT;
      case "list":
      case "set":
        return EMPTY_LIST;
      default:
        return null;
    }
  }

  readonly traitShapeCache = new Map<ShapeDef, boolean>();

  /** Whether a shape's own definition has `@trait` (`apply` does not count). */
  isTraitShape(entry: Entry): boolean {
    if (!(entry instanceof BuildShape)) return this.traitShapes.has(entry.id);
    const def = entry.def;
    let known = this.traitShapeCache.get(def);
    if (known === undefined) {
      known = def.traits.some((t) => this.resolve(t.name, def.scope) === TRAIT);
      this.traitShapeCache.set(def, known);
    }
    return known;
  }

  /**
   * Resolves and merges trait applications into a table: a repeated list trait concatenates, an equal
   * value is kept once, a different value is a conflict. `owner` (and `member`) name the target;
   * `ownerDef` is its definition unless it is already built.
   */
  addTraits(
    table: TraitTable,
    traits: readonly TraitDef[],
    scope: FileScope,
    owner: ShapeId,
    ownerDef: ShapeDef | undefined,
    member: string | undefined,
  ): void {
    for (let i = 0; i < traits.length; i++) {
      const trait = traits[i] as TraitDef;
      const id = this.traitId(trait, scope, owner, member);
      const value = this.traitValue(trait, scope, id);
      if (!table.has(id)) {
        table.set(id, value);
        continue;
      }
      const previous = table.get(id) as NodeValue;
      if (Array.isArray(previous) && Array.isArray(value)) {
        table.set(id, [...previous, ...value]);
      } else if (!nodeEquals(previous, value)) {
        if (this.streaming) throw FALLBACK;
        const target = joinMember(owner, member);
        const previousLocation = (ownerDef && this.traitLocation(ownerDef, member, id)) ?? trait.location;
        this.report(
          "ERROR",
          `Conflicting \`${id}\` trait found on shape \`${target}\`. The previous trait was defined at \`${formatLocation(previousLocation)}\`, and a conflicting trait was defined at \`${formatLocation(trait.location)}\`.`,
          trait.location,
          target,
        );
      }
    }
  }

  /**
   * Where a trait was first applied to a shape or member: on the definition, else by the first `apply`
   * (the order in which tables are filled). Only conflict messages need it, so nothing is recorded.
   */
  traitLocation(owner: ShapeDef, member: string | undefined, traitId: ShapeId): SourceLocation | undefined {
    const written =
      member === undefined ? owner.traits : owner.members.find((m) => m.name === member)?.traits;
    const local = written?.find((t) => this.resolve(t.name, owner.scope) === traitId);
    if (local) return local.location;
    const target = joinMember(owner.id, member);
    for (const file of this.files) {
      for (const apply of file.applies) {
        if (this.resolve(apply.target.id, apply.scope) !== target) continue;
        const applied = apply.traits.find((t) => this.resolve(t.name, apply.scope) === traitId);
        if (applied) return applied.location;
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------- shapes

  /** Resolves and merges the traits written on a shape and its members. */
  addDefTraits(b: BuildShape): void {
    const def = b.def;
    if (def.traits.length > 0) {
      b.traits = new SmallMap(undefined, def.traits.length);
      this.addTraits(b.traits, def.traits, def.scope, def.id, def, undefined);
    }
    const members = def.members;
    for (let i = 0; i < members.length; i++) {
      const m = members[i] as MemberDef;
      if (m.traits.length === 0) continue;
      const table: TraitTable = new SmallMap(undefined, m.traits.length);
      this.addTraits(table, m.traits, def.scope, def.id, def, m.name);
      if (b.memberTraits === NO_MEMBER_TRAITS) b.memberTraits = new Array(members.length).fill(NO_TRAITS);
      b.memberTraits[i] = table;
    }
  }

  /** A member's trait table, made writable. */
  memberTable(b: BuildShape, index: number): TraitTable {
    if (b.memberTraits === NO_MEMBER_TRAITS) b.memberTraits = new Array(b.def.members.length).fill(NO_TRAITS);
    let table = b.memberTraits[index] as TraitTable;
    if (table === NO_TRAITS) {
      table = new SmallMap();
      b.memberTraits[index] = table;
    }
    return table;
  }

  applyTraits(targetRef: RefDef, traits: readonly TraitDef[], scope: FileScope): void {
    if (traits.length === 0) return;
    const target = this.resolve(targetRef.id, scope);
    const [shapeId, memberName] = splitMember(target);
    const entry = this.entries.get(shapeId);
    if (entry && !(entry instanceof BuildShape)) {
      this.applyToBuilt(entry, memberName, traits, scope);
      return;
    }
    const build = entry;
    const memberIndex =
      memberName === undefined || !build ? -1 : build.def.members.findIndex((m) => m.name === memberName);
    if (!build || (memberName !== undefined && memberIndex < 0 && !build.def.mixins.length)) {
      for (const t of traits) {
        const id = this.resolve(t.name, scope);
        this.report(
          "ERROR",
          `Trait \`${idiomaticTraitName(id)}\` applied to unknown shape \`${target}\``,
          t.location,
        );
      }
      return;
    }
    if (
      shapeId.startsWith(`${PRELUDE_NAMESPACE}#`) &&
      scope.namespace !== PRELUDE_NAMESPACE &&
      !scope.absolute
    ) {
      for (const t of traits) {
        const id = this.resolve(t.name, scope);
        this.report(
          "ERROR",
          `Cannot apply \`${id}\` to an immutable prelude shape defined in \`${PRELUDE_NAMESPACE}\`.`,
          t.location,
          target,
        );
      }
      return;
    }
    if (memberName === undefined) {
      if (build.traits === NO_TRAITS) build.traits = new SmallMap();
      this.addTraits(build.traits, traits, scope, build.def.id, build.def, undefined);
    } else if (memberIndex >= 0) {
      this.addTraits(
        this.memberTable(build, memberIndex),
        traits,
        scope,
        build.def.id,
        build.def,
        memberName,
      );
    } else {
      build.memberApplies ??= new Map();
      let table = build.memberApplies.get(memberName);
      if (!table) {
        table = new SmallMap();
        build.memberApplies.set(memberName, table);
      }
      this.addTraits(table, traits, scope, build.def.id, build.def, memberName);
    }
  }

  /**
   * `apply` to a shape the streaming assembler built at once (no mixins, not in the prelude): the
   * same merge into the tables the shape and its members already use.
   */
  applyToBuilt(
    shape: Shape,
    memberName: string | undefined,
    traits: readonly TraitDef[],
    scope: FileScope,
  ): void {
    if (!this.streaming || shape.id.startsWith(`${PRELUDE_NAMESPACE}#`)) throw FALLBACK;
    if (this.isSeeded(shape)) throw FALLBACK;
    if (memberName === undefined) {
      // a shape without mixins uses one table as its effective and its introduced traits
      let table = shape.traits as TraitTable;
      if (table === NO_TRAITS) {
        table = new SmallMap();
        shape.traits = table;
        shape.introducedTraits = table;
      }
      this.addTraits(table, traits, scope, shape.id, undefined, undefined);
      return;
    }
    const member = shape.members.get(memberName) as BuildMember | undefined;
    // an enum member given its name as `enumValue` would hold it before the applied traits, not after
    if (!member || shape.type === "enum") throw FALLBACK;
    writableTraits(member);
    this.addTraits(member.traits, traits, scope, shape.id, undefined, memberName);
  }

  /** Whether a shape comes from a prelude assembled beforehand (streaming only). */
  protected isSeeded(_shape: Shape): boolean {
    return false;
  }
}
