/**
 * A definition built into its `Shape`: mixins first (their traits and members inherited), then its
 * own traits and members, `apply` to inherited members, enum values, the member rules of its type,
 * and the properties of operations, services and resources; IDL 1.0 defaults.
 */
import type { NodeValue, ShapeId, ShapeType } from "../ast.js";
import type { MemberDef, ShapeDef } from "../definitions.js";
import type { Member, Shape } from "../model.js";
import { isNodeObject } from "../node-value.js";
import { idiomaticTraitName, joinMember } from "../shape-id.js";
import { SmallMap } from "../small-map.js";
import {
  AssembledMember,
  AssembledShape,
  BOX,
  type BuildMember,
  BuildShape,
  DEFAULT,
  ENUM_VALUE,
  MIXIN,
  NO_IDS,
  NO_MEMBERS,
  NO_SHAPES,
  NO_TRAITS,
  type TraitTable,
  UNIT,
  writableTraits,
} from "./assembled-shape.js";
import { TraitMerger } from "./traits.js";

/** The assembler's shape building, on its trait merging. */
export abstract class ShapeBuilder extends TraitMerger {
  /** Builds (once) the final shape, building its mixins first. */
  build(id: ShapeId): Shape | undefined {
    const entry = this.entries.get(id);
    return entry instanceof BuildShape ? this.buildOnce(entry) : entry;
  }

  buildOnce(b: BuildShape): Shape | undefined {
    if (b.state === "done") return b.shape;
    if (b.state === "building") return undefined;
    b.state = "building";
    try {
      b.shape = this.buildShape(b);
    } finally {
      b.state = "done";
    }
    return b.shape;
  }

  buildShape(b: BuildShape): Shape {
    const def = b.def;
    const id = def.id;
    const type: ShapeType = def.type === "set" ? "list" : def.type;
    if (def.scope.version === "1.0") this.checkVersion1(b);
    const mixinIds =
      def.mixins.length === 0
        ? NO_IDS
        : (this.refs(def.mixins, def.scope) ?? []).filter((m, i, all) => all.indexOf(m) === i);
    const mixins = this.mixinsOf(b, type, mixinIds);
    // The merged table becomes the introduced traits; without mixins it is also the effective one.
    const introducedTraits = b.traits;
    const traits = mixins.length === 0 ? introducedTraits : inheritedTraits(mixins, introducedTraits);
    const members = this.membersOf(b, type, mixins);
    this.checkMemberNames(type, id, members, def);
    const shape = new AssembledShape(id, type, traits, introducedTraits, mixinIds, members, def.location);
    this.buildEntityProperties(shape, def, mixins);
    return shape;
  }

  /**
   * The mixins of a shape, each built first, in order; a cycle, an unknown shape, a shape without
   * `@mixin` or of another type is reported and left out.
   */
  mixinsOf(b: BuildShape, type: ShapeType, mixinIds: readonly ShapeId[]): Shape[] {
    const def = b.def;
    const id = def.id;

    const mixins: Shape[] = mixinIds.length === 0 ? (NO_SHAPES as Shape[]) : [];
    const badType: ShapeId[] = mixinIds.length === 0 ? NO_IDS : [];
    for (let i = 0; i < mixinIds.length; i++) {
      const mixinId = mixinIds[i] as ShapeId;
      const mb = this.entries.get(mixinId);
      if (mb instanceof BuildShape && mb.state === "building") {
        this.report(
          "ERROR",
          `Unable to resolve mixins; cycles detected between this shape and [${mixinId}]`,
          def.location,
          id,
        );
        continue;
      }
      const mixin = this.build(mixinId);
      if (!mixin) {
        this.report("ERROR", `Cannot apply mixin to ${id}: ${mixinId} not found`, def.location, id);
        continue;
      }
      if (!mixin.introducedTraits.has(MIXIN)) {
        this.report(
          "ERROR",
          `Attempted to use ${mixinId} as a mixin, but it is not marked with the mixin trait`,
          def.location,
          id,
        );
        continue;
      }
      if (mixin.type !== type) {
        badType.push(mixinId);
        continue;
      }
      mixins.push(mixin);
    }
    if (badType.length > 0) {
      this.report(
        "ERROR",
        `Mixins may only be mixed into shapes of the same type. The following mixins were applied to the ${type} shape \`${id}\` which are not ${type} shapes: [${badType.map((m) => `\`${m}\``).join(", ")}]`,
        def.location,
        id,
      );
    }
    return mixins;
  }

  /**
   * A shape's members: those inherited from its mixins first, then its own (an own member of an
   * inherited name replaces its target check and adds its traits), then `apply` to inherited
   * members, then each enum member's `enumValue`.
   */
  membersOf(b: BuildShape, type: ShapeType, mixins: readonly Shape[]): SmallMap<string, BuildMember> {
    const def = b.def;
    const id = def.id;
    const scope = def.scope;
    let memberCount = def.members.length;
    for (let i = 0; i < mixins.length; i++) memberCount += (mixins[i] as Shape).members.size;
    const members =
      memberCount === 0 ? NO_MEMBERS : new SmallMap<string, BuildMember>(undefined, memberCount);
    for (let i = 0; i < mixins.length; i++) {
      const mixin = mixins[i] as Shape;
      for (const m of mixin.members.values()) {
        const existing = members.get(m.name);
        if (existing) {
          if (existing.target !== m.target) {
            this.report(
              "ERROR",
              `Member conflicts with an inherited mixin member: \`${m.id}\``,
              existing.location,
              existing.id,
            );
          } else {
            // Smithy records the later mixin's member traits as introduced.
            for (const [k, v] of m.traits) {
              existing.traits.set(k, v);
              existing.introducedTraits.set(k, v);
            }
          }
          continue;
        }
        members.set(
          m.name,
          new AssembledMember(
            m.name,
            id,
            m.target,
            new SmallMap(m.traits),
            new SmallMap(),
            mixin.id,
            m.location,
          ),
        );
      }
    }
    const localMembers = def.members;
    for (let i = 0; i < localMembers.length; i++) {
      const local = localMembers[i] as MemberDef;
      let target = local.target === undefined ? undefined : this.resolve(local.target, scope);
      const inherited = mixins.length === 0 ? undefined : members.get(local.name);
      if (target === undefined) {
        target = this.elidedTarget(def, local.name) ?? inherited?.target;
        if (target === undefined) {
          this.report(
            "ERROR",
            "Member target was elided, but no bound resource or mixin contained a matching identifier or member name.",
            local.location,
            joinMember(id, local.name),
          );
          continue;
        }
      }
      const table = b.memberTraits[i];
      const localTraits = table ?? NO_TRAITS;
      if (inherited) {
        if (inherited.target !== target) {
          this.report(
            "ERROR",
            `Member conflicts with an inherited mixin member: \`${inherited.inheritedFrom}$${local.name}\``,
            local.location,
            joinMember(id, local.name),
          );
        }
        for (const [k, v] of localTraits) {
          inherited.traits.set(k, v);
          inherited.introducedTraits.set(k, v);
        }
        inherited.location = local.location;
      } else {
        // a local member's effective traits are its introduced ones: one map serves as both;
        // its name is new (the parsers reject repeated member names; inherited ones took the branch above)
        members.append(
          local.name,
          new AssembledMember(local.name, id, target, localTraits, localTraits, undefined, local.location),
        );
      }
    }
    if (b.memberApplies) {
      for (const [name, table] of b.memberApplies) {
        const member = members.get(name);
        if (!member) {
          for (const traitId of table.keys()) {
            this.report(
              "ERROR",
              `Trait \`${idiomaticTraitName(traitId)}\` applied to unknown shape \`${id}$${name}\``,
              this.traitLocation(def, name, traitId),
            );
          }
          continue;
        }
        writableTraits(member);
        for (const [k, v] of table) {
          const existing = member.introducedTraits.get(k);
          const value = Array.isArray(existing) && Array.isArray(v) ? [...existing, ...v] : v;
          member.traits.set(k, value);
          member.introducedTraits.set(k, value);
        }
      }
    }
    if (type === "enum") {
      for (let i = 0; i < members.size; i++) {
        const m = members.valueAt(i);
        if (!m.traits.has(ENUM_VALUE)) {
          writableTraits(m);
          m.traits.set(ENUM_VALUE, m.name);
          m.introducedTraits.set(ENUM_VALUE, m.name);
        }
      }
    }
    return members;
  }

  elidedTarget(def: ShapeDef, name: string): ShapeId | undefined {
    if (!def.forResource) return undefined;
    const resourceId = this.resolve(def.forResource.id, def.scope);
    const entry = this.entries.get(resourceId);
    if (entry !== undefined && !(entry instanceof BuildShape) && entry.type === "resource") {
      // built at once while streaming: its properties and identifiers are resolved already
      return entry.properties?.get(name) ?? entry.identifiers?.get(name);
    }
    const resource = entry instanceof BuildShape ? entry.def : undefined;
    if (resource?.type !== "resource") {
      const type = entry instanceof BuildShape ? entry.def.type : entry?.type;
      this.report(
        "ERROR",
        type
          ? `The target of the \`for\` production must be a resource shape, but found a ${type} shape: ${resourceId}`
          : `The target of the \`for\` production must be a resource shape, but found an unresolved shape: ${resourceId}`,
        def.forResource.location,
        def.id,
      );
      return undefined;
    }
    const property = resource.properties?.find(([k]) => k === name);
    const identifier = resource.identifiers?.find(([k]) => k === name);
    const ref = property?.[1] ?? identifier?.[1];
    return ref === undefined ? undefined : this.resolve(ref.id, resource.scope);
  }

  checkMemberNames(type: ShapeType, id: ShapeId, members: SmallMap<string, Member>, def: ShapeDef): void {
    if (type === "list") {
      const extra = firstKeyOtherThan(members, "member", "member");
      if (extra !== undefined) {
        this.report(
          "ERROR",
          `List shapes may only have a \`member\` member, but found \`${extra}\``,
          def.location,
          id,
        );
      } else if (!members.has("member")) {
        this.report("ERROR", `Missing required member of shape \`${id}\`: member`, def.location, id);
      }
    } else if (type === "map") {
      const extra = firstKeyOtherThan(members, "key", "value");
      if (extra !== undefined) {
        this.report(
          "ERROR",
          `Map shapes may only have \`key\` and \`value\` members, but found \`${extra}\``,
          def.location,
          id,
        );
      } else if (!members.has("key") || !members.has("value")) {
        const missing = ["key", "value"].filter((k) => !members.has(k));
        this.report(
          "ERROR",
          `Missing required member${missing.length > 1 ? "s" : ""} of shape \`${id}\`: ${missing.join(", ")}`,
          def.location,
          id,
        );
      }
    } else if (type === "enum" || type === "intEnum") {
      for (let i = 0; i < members.size; i++) {
        const m = members.valueAt(i);
        if (m.target !== UNIT) {
          this.report(
            "ERROR",
            `Enum members may only target \`smithy.api#Unit\`, but found \`${m.target}\``,
            m.location,
            m.id,
          );
        }
      }
    } else if (type !== "structure" && type !== "union" && members.size > 0) {
      this.report("ERROR", `Shapes of type ${type} cannot have members`, def.location, id);
    }
  }

  buildEntityProperties(shape: Shape, def: ShapeDef, mixins: readonly Shape[]): void {
    if (shape.type !== "operation" && shape.type !== "service" && shape.type !== "resource") return;
    const s = def.scope;
    switch (shape.type) {
      case "operation":
        shape.input = this.ref(def.input, s) ?? UNIT;
        shape.output = this.ref(def.output, s) ?? UNIT;
        if (shape.introducedTraits.has(MIXIN) && (shape.input !== UNIT || shape.output !== UNIT)) {
          this.report(
            "ERROR",
            `Operation shapes with the mixin trait MUST target \`smithy.api#Unit\` for their input and output. Operation mixin shape \`${shape.id}\` defines one or both of these properties.`,
            def.location,
            shape.id,
          );
        }
        shape.errors = mergeIds(mixins, "errors", this.refs(def.errors, s));
        break;
      case "service": {
        const version = def.version ?? mixins.findLast((m) => m.version !== undefined)?.version;
        if (version !== undefined) shape.version = version;
        shape.operations = mergeIds(mixins, "operations", this.refs(def.operations, s));
        shape.resources = mergeIds(mixins, "resources", this.refs(def.resources, s));
        shape.errors = mergeIds(mixins, "errors", this.refs(def.errors, s));
        const rename = new Map<ShapeId, string>();
        for (const m of mixins) for (const [k, v] of m.rename ?? []) rename.set(k, v);
        for (const [k, v] of def.rename ?? []) rename.set(k, v);
        shape.rename = rename;
        break;
      }
      case "resource": {
        shape.identifiers = this.resolveEntries(def.identifiers, s);
        shape.properties = this.resolveEntries(def.properties, s);
        for (const key of ["put", "create", "read", "update", "delete", "list"] as const) {
          const v = this.ref(def[key], s);
          if (v !== undefined) shape[key] = v;
        }
        shape.operations = mergeIds(mixins, "operations", this.refs(def.operations, s));
        shape.collectionOperations = mergeIds(
          mixins,
          "collectionOperations",
          this.refs(def.collectionOperations, s),
        );
        shape.resources = mergeIds(mixins, "resources", this.refs(def.resources, s));
        break;
      }
    }
  }

  /** IDL 1.0 interop: implicit defaults on unboxed numbers and booleans. */
  checkVersion1(b: BuildShape): void {
    const type = b.def.type;
    const primitive = PRIMITIVE_DEFAULTS[type];
    if (primitive !== undefined && !b.traits.has(BOX) && !b.traits.has(DEFAULT)) {
      if (b.traits === NO_TRAITS) b.traits = new SmallMap();
      b.traits.set(DEFAULT, primitive);
    }
    if (b.traits.has(BOX)) b.traits.delete(BOX);
    if (type !== "structure") return;
    const members = b.def.members;
    for (let i = 0; i < members.length; i++) {
      const def = members[i] as MemberDef;
      if (b.memberTraits[i]?.has(DEFAULT)) continue;
      const traits = this.memberTable(b, i);
      if (traits.has(BOX)) {
        traits.set(DEFAULT, null);
        continue;
      }
      const targetId = def.target === undefined ? undefined : this.resolve(def.target, b.def.scope);
      const target = targetId === undefined ? undefined : this.defOf(targetId);
      if (!target) continue;
      const value = PRIMITIVE_DEFAULTS[target.type];
      if (value === undefined) continue;
      const boxed = target.traits.some((t) => this.resolve(t.name, target.scope) === BOX);
      const targetHasDefault = target.traits.some((t) => this.resolve(t.name, target.scope) === DEFAULT);
      if (!boxed && (targetHasDefault || target.scope.version === "1.0")) {
        traits.set(DEFAULT, value);
      }
    }
    for (const table of b.memberTraits) if (table.has(BOX)) table.delete(BOX);
  }
}

const PRIMITIVE_DEFAULTS: Partial<Record<string, NodeValue>> = {
  boolean: false,
  byte: 0,
  short: 0,
  integer: 0,
  long: 0,
  float: 0,
  double: 0,
};

/** IDs from the mixins' lists (`pick`), then the local ones, each once. */
function mergeIds(
  mixins: readonly Shape[],
  key: "errors" | "operations" | "resources" | "collectionOperations",
  local: ShapeId[] | undefined,
): ShapeId[] {
  const out: ShapeId[] = [];
  for (let i = 0; i < mixins.length; i++) {
    const inherited = (mixins[i] as Shape)[key];
    if (inherited) addNew(out, inherited);
  }
  if (local) addNew(out, local);
  return out;
}

/** Appends the IDs `out` does not hold yet. */
function addNew(out: ShapeId[], ids: readonly ShapeId[]): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as ShapeId;
    if (!out.includes(id)) out.push(id);
  }
}

/** The first key that is neither `a` nor `b`. */
function firstKeyOtherThan(map: SmallMap<string, unknown>, a: string, b: string): string | undefined {
  for (let i = 0; i < map.size; i++) {
    const k = map.keyAt(i);
    if (k !== a && k !== b) return k;
  }
  return undefined;
}

/** A shape's effective traits: its mixins' (but `mixin` and their local traits), then its own. */
function inheritedTraits(mixins: readonly Shape[], own: TraitTable): TraitTable {
  const traits = new SmallMap<ShapeId, NodeValue>();
  for (const mixin of mixins) {
    const local = localTraitsOf(mixin);
    for (const [k, v] of mixin.traits) {
      if (k !== MIXIN && !local.has(k)) traits.set(k, v);
    }
  }
  for (const [k, v] of own) traits.set(k, v);
  return traits;
}

function localTraitsOf(mixin: Shape): Set<ShapeId> {
  const value = mixin.introducedTraits.get(MIXIN);
  const out = new Set<ShapeId>();
  if (isNodeObject(value) && Array.isArray(value.localTraits)) {
    for (const t of value.localTraits) if (typeof t === "string") out.add(t);
  }
  return out;
}
