/**
 * The model assembler (smithy-notes.md section 2): merges parsed IDL and JSON files, resolves
 * relative shape IDs, applies `apply` statements, merges traits, flattens mixins, resolves
 * elided targets and builds the `Model`. Problems become diagnostics; it never throws.
 */
import type { NodeValue, ShapeId, ShapeType } from "./ast.js";
import {
  type FileScope,
  type MemberDef,
  type ParsedFile,
  type RawNode,
  type RefDef,
  type ShapeDef,
  SyntacticShapeId,
  type TraitDef,
} from "./definitions.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import type { Member, Model, Shape } from "./model.js";
import { isNodeObject, nodeEquals, setKey } from "./node-value.js";
import { idiomaticTraitName, PRELUDE_NAMESPACE, splitMember } from "./shape-id.js";
import type { SourceLocation } from "./source-location.js";

export interface AssembleOptions {
  /** Report unknown traits as WARNING instead of ERROR (Smithy's ALLOW_UNKNOWN_TRAITS). */
  allowUnknownTraits?: boolean;
}

export interface AssembleResult {
  model: Model;
  diagnostics: Diagnostic[];
}

const MIXIN = "smithy.api#mixin";
const TRAIT = "smithy.api#trait";
const ENUM_VALUE = "smithy.api#enumValue";
const DEFAULT = "smithy.api#default";
const BOX = "smithy.api#box";

interface Resolved {
  id: ShapeId;
  found: boolean;
}

interface TraitEntry {
  value: NodeValue;
  location: SourceLocation;
}
type TraitTable = Map<ShapeId, TraitEntry>;

/** Shared by members without traits; replaced by a fresh table before any write. */
const EMPTY_TABLE: TraitTable = new Map();

interface BuildMember {
  def: MemberDef;
  scope: FileScope;
  traits: TraitTable;
}

interface BuildShape {
  def: ShapeDef;
  traits: TraitTable;
  /** Local members in declaration order. */
  members: BuildMember[];
  /** Traits applied (via `apply`) to members that are not declared locally (inherited ones). */
  memberApplies: Map<string, TraitTable> | undefined;
  state: "new" | "building" | "done";
  shape?: Shape;
}

export function assemble(files: readonly ParsedFile[], options: AssembleOptions = {}): AssembleResult {
  return new Assembler(files, options).run();
}

function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

class Assembler {
  readonly diagnostics: Diagnostic[] = [];
  readonly defs = new Map<ShapeId, ShapeDef>();
  readonly builds = new Map<ShapeId, BuildShape>();
  readonly metadata = new Map<string, { value: NodeValue; location: SourceLocation }>();

  constructor(
    readonly files: readonly ParsedFile[],
    readonly options: AssembleOptions,
  ) {}

  report(
    severity: Severity,
    message: string,
    location: SourceLocation | undefined,
    shapeId?: ShapeId,
    id = "Model",
  ): void {
    const d: Diagnostic = { severity, id, message };
    if (location) d.location = location;
    if (shapeId) d.shapeId = shapeId;
    this.diagnostics.push(d);
  }

  run(): AssembleResult {
    for (const file of this.files) this.diagnostics.push(...file.diagnostics);
    const duplicates: ShapeDef[] = [];
    for (const file of this.files) {
      for (const def of file.shapes) {
        if (this.defs.has(def.id)) duplicates.push(def);
        else this.defs.set(def.id, def);
      }
    }
    for (const file of this.files) this.checkUses(file);
    for (const file of this.files) {
      for (const m of file.metadata) this.addMetadata(m.key, this.resolveNode(m.value, m.scope), m.location);
    }
    for (const def of this.defs.values()) this.builds.set(def.id, this.createBuild(def));
    for (const dup of duplicates) this.checkDuplicate(dup);
    for (const file of this.files)
      for (const apply of file.applies) this.applyTraits(apply.target, apply.traits, apply.scope);
    const shapes = new Map<ShapeId, Shape>();
    for (const id of this.builds.keys()) {
      const shape = this.build(id);
      if (shape) shapes.set(id, shape);
    }
    const metadata = new Map<string, NodeValue>();
    for (const [k, v] of this.metadata) metadata.set(k, v.value);
    return { model: { metadata, shapes }, diagnostics: this.diagnostics };
  }

  // ---------------------------------------------------------------- resolution

  /** Resolves a shape ID written in `scope` (smithy-notes 2.4). */
  resolve(text: string, scope: FileScope): Resolved {
    let cache = this.resolveCache.get(scope);
    if (!cache) {
      cache = new Map();
      this.resolveCache.set(scope, cache);
    }
    let hit = cache.get(text);
    if (!hit) {
      hit = this.resolveUncached(text, scope);
      cache.set(text, hit);
    }
    return hit;
  }

  /** Resolution results per file scope and text (the set of defined shapes no longer changes). */
  readonly resolveCache = new Map<FileScope, Map<string, Resolved>>();

  resolveUncached(text: string, scope: FileScope): Resolved {
    if (scope.absolute || text.includes("#")) {
      return { id: text, found: this.defs.has(splitMember(text)[0]) };
    }
    const [root, member] = splitMember(text);
    const suffix = member === undefined ? "" : `$${member}`;
    const used = scope.uses.get(root);
    if (used) return { id: used.id + suffix, found: this.defs.has(used.id) };
    if (scope.namespace !== undefined) {
      const local = `${scope.namespace}#${root}`;
      if (this.defs.has(local)) return { id: local + suffix, found: true };
    }
    const prelude = `${PRELUDE_NAMESPACE}#${root}`;
    if (this.defs.has(prelude)) return { id: prelude + suffix, found: true };
    return { id: `${scope.namespace ?? PRELUDE_NAMESPACE}#${root}${suffix}`, found: false };
  }

  ref(ref: RefDef | undefined, scope: FileScope): ShapeId | undefined {
    return ref === undefined ? undefined : this.resolve(ref.id, scope).id;
  }

  refs(refs: RefDef[] | undefined, scope: FileScope): ShapeId[] | undefined {
    return refs?.map((r) => this.resolve(r.id, scope).id);
  }

  resolveNode(node: RawNode, scope: FileScope): NodeValue {
    if (node instanceof SyntacticShapeId) {
      const { id, found } = this.resolve(node.text, scope);
      if (!found) {
        this.report(
          "DANGER",
          `Syntactic shape ID \`${node.text}\` does not resolve to a valid shape ID: \`${id}\`. Did you mean to quote this string? Are you missing a model file?`,
          node.location,
          undefined,
          "SyntacticShapeIdTarget",
        );
      }
      return id;
    }
    if (Array.isArray(node)) return node.map((n) => this.resolveNode(n, scope));
    if (node !== null && typeof node === "object") {
      const out: { [key: string]: NodeValue } = {};
      for (const k of Object.keys(node)) setKey(out, k, this.resolveNode(node[k] as RawNode, scope));
      return out;
    }
    return node;
  }

  checkUses(file: ParsedFile): void {
    for (const use of file.scope.uses.values()) {
      if (!this.defs.has(use.id)) {
        this.report("WARNING", `Use statement refers to undefined shape: ${use.id}`, use.location);
      }
    }
  }

  // ---------------------------------------------------------------- metadata

  addMetadata(key: string, value: NodeValue, location: SourceLocation): void {
    const previous = this.metadata.get(key);
    if (!previous) {
      this.metadata.set(key, { value, location });
    } else if (Array.isArray(previous.value) && Array.isArray(value)) {
      previous.value = [...previous.value, ...value];
    } else if (!nodeEquals(previous.value, value)) {
      this.report(
        "ERROR",
        `Metadata conflict for key \`${key}\`. Defined in both \`${formatLocation(previous.location)}\` and \`${formatLocation(location)}\``,
        location,
      );
    }
  }

  // ---------------------------------------------------------------- traits

  /** The JSON value of a trait application, with "no value" coerced by the trait shape's type (2.7). */
  traitValue(trait: TraitDef, scope: FileScope, target: string): { id: ShapeId; value: NodeValue } {
    const { id } = this.resolve(trait.name, scope);
    const def = this.defs.get(id);
    if (!def) {
      this.report(
        this.options.allowUnknownTraits ? "WARNING" : "ERROR",
        `Unable to resolve trait \`${id}\`. If this is a custom trait, then it must be defined before it can be used in a model.`,
        trait.location,
        target,
        "Model.UnresolvedTrait",
      );
    } else if (!this.isTraitShape(def)) {
      this.report(
        "ERROR",
        `Shape \`${id}\` cannot be applied as a trait. If this is a custom trait, please add \`@trait\` to this shape.`,
        trait.location,
        target,
      );
    }
    if (trait.value !== undefined) return { id, value: this.resolveNode(trait.value, scope) };
    switch (def?.type) {
      case undefined:
      case "structure":
      case "map":
        return { id, value: {} };
      case "list":
      case "set":
        return { id, value: [] };
      default:
        return { id, value: null };
    }
  }

  readonly traitShapeCache = new Map<ShapeDef, boolean>();

  isTraitShape(def: ShapeDef): boolean {
    let known = this.traitShapeCache.get(def);
    if (known === undefined) {
      known = def.traits.some((t) => this.resolve(t.name, def.scope).id === TRAIT);
      this.traitShapeCache.set(def, known);
    }
    return known;
  }

  mergeTrait(
    table: TraitTable,
    id: ShapeId,
    value: NodeValue,
    location: SourceLocation,
    target: ShapeId,
  ): void {
    const previous = table.get(id);
    if (!previous) {
      table.set(id, { value, location });
    } else if (Array.isArray(previous.value) && Array.isArray(value)) {
      table.set(id, { value: [...previous.value, ...value], location: previous.location });
    } else if (!nodeEquals(previous.value, value)) {
      this.report(
        "ERROR",
        `Conflicting \`${id}\` trait found on shape \`${target}\`. The previous trait was defined at \`${formatLocation(previous.location)}\`, and a conflicting trait was defined at \`${formatLocation(location)}\`.`,
        location,
        target,
      );
    }
  }

  addTraits(table: TraitTable, traits: readonly TraitDef[], scope: FileScope, target: ShapeId): void {
    for (const t of traits) {
      const { id, value } = this.traitValue(t, scope, target);
      this.mergeTrait(table, id, value, t.location, target);
    }
  }

  // ---------------------------------------------------------------- shapes

  createBuild(def: ShapeDef): BuildShape {
    let traits = EMPTY_TABLE;
    if (def.traits.length > 0) {
      traits = new Map();
      this.addTraits(traits, def.traits, def.scope, def.id);
    }
    const members: BuildMember[] = [];
    for (const m of def.members) {
      let memberTraits = EMPTY_TABLE;
      if (m.traits.length > 0) {
        memberTraits = new Map();
        this.addTraits(memberTraits, m.traits, def.scope, `${def.id}$${m.name}`);
      }
      members.push({ def: m, scope: def.scope, traits: memberTraits });
    }
    return { def, traits, members, memberApplies: undefined, state: "new" };
  }

  checkDuplicate(dup: ShapeDef): void {
    const first = this.builds.get(dup.id);
    if (!first) return;
    const other = this.createBuild(dup);
    if (this.signature(first) === this.signature(other)) {
      this.report(
        "NOTE",
        `Ignoring duplicate but equivalent shape definition: ${dup.id} defined at ${formatLocation(dup.location)} and ${formatLocation(first.def.location)}`,
        dup.location,
        dup.id,
        "Model.IgnoredDuplicateDefinition",
      );
      return;
    }
    this.report(
      "ERROR",
      `Conflicting shape definition for \`${dup.id}\` found at \`${formatLocation(first.def.location)}\` and \`${formatLocation(dup.location)}\``,
      dup.location,
      dup.id,
    );
  }

  signature(b: BuildShape): string {
    const d = b.def;
    const traits = (t: TraitTable) => [...t.entries()].map(([k, v]) => [k, v.value]).sort();
    const s = d.scope;
    return JSON.stringify({
      type: d.type === "set" ? "list" : d.type,
      traits: traits(b.traits),
      mixins: this.refs(d.mixins, s),
      members: b.members.map((m) => [m.def.name, this.ref(m.def.target, s), traits(m.traits)]),
      input: this.ref(d.input, s),
      output: this.ref(d.output, s),
      errors: this.refs(d.errors, s),
      version: d.version,
      operations: this.refs(d.operations, s),
      resources: this.refs(d.resources, s),
      rename: d.rename,
      identifiers: d.identifiers?.map(([k, r]) => [k, this.ref(r, s)]),
      properties: d.properties?.map(([k, r]) => [k, this.ref(r, s)]),
      lifecycle: [d.put, d.create, d.read, d.update, d.delete, d.list].map((r) => this.ref(r, s)),
      collectionOperations: this.refs(d.collectionOperations, s),
    });
  }

  applyTraits(targetRef: RefDef, traits: readonly TraitDef[], scope: FileScope): void {
    if (traits.length === 0) return;
    const { id: target } = this.resolve(targetRef.id, scope);
    const [shapeId, memberName] = splitMember(target);
    const build = this.builds.get(shapeId);
    const member =
      memberName === undefined ? undefined : build?.members.find((m) => m.def.name === memberName);
    if (!build || (memberName !== undefined && !member && !build.def.mixins.length)) {
      for (const t of traits) {
        const { id } = this.resolve(t.name, scope);
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
        const { id } = this.resolve(t.name, scope);
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
      if (build.traits === EMPTY_TABLE) build.traits = new Map();
      this.addTraits(build.traits, traits, scope, target);
    } else if (member) {
      if (member.traits === EMPTY_TABLE) member.traits = new Map();
      this.addTraits(member.traits, traits, scope, target);
    } else {
      build.memberApplies ??= new Map();
      let table = build.memberApplies.get(memberName);
      if (!table) {
        table = new Map();
        build.memberApplies.set(memberName, table);
      }
      this.addTraits(table, traits, scope, target);
    }
  }

  /** Builds (once) the final shape, building its mixins first. */
  build(id: ShapeId): Shape | undefined {
    const b = this.builds.get(id);
    if (!b) return undefined;
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
    const scope = def.scope;
    const id = def.id;
    const type: ShapeType = def.type === "set" ? "list" : def.type;
    if (scope.version === "1.0") this.checkVersion1(b);
    // ---- mixins
    const mixinIds =
      def.mixins.length === 0
        ? []
        : (this.refs(def.mixins, scope) ?? []).filter((m, i, all) => all.indexOf(m) === i);
    const mixins: Shape[] = [];
    const badType: ShapeId[] = [];
    for (const mixinId of mixinIds) {
      const mb = this.builds.get(mixinId);
      if (mb?.state === "building") {
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
    // ---- traits
    // Without mixins the effective traits are the introduced ones: one Map serves as both.
    const introducedTraits = new Map<ShapeId, NodeValue>();
    const traits = mixins.length === 0 ? introducedTraits : new Map<ShapeId, NodeValue>();
    for (const mixin of mixins) {
      const local = localTraitsOf(mixin);
      for (const [k, v] of mixin.traits) {
        if (k !== MIXIN && !local.has(k)) traits.set(k, v);
      }
    }
    for (const [k, v] of b.traits) {
      traits.set(k, v.value);
      introducedTraits.set(k, v.value);
    }
    // ---- members
    const members = new Map<string, Member>();
    for (const mixin of mixins) {
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
            // Smithy records the later mixin's member traits as introduced (smithy-notes 3.3.3).
            for (const [k, v] of m.traits) {
              existing.traits.set(k, v);
              existing.introducedTraits.set(k, v);
            }
          }
          continue;
        }
        members.set(m.name, {
          id: `${id}$${m.name}`,
          name: m.name,
          container: id,
          target: m.target,
          traits: new Map(m.traits),
          introducedTraits: new Map(),
          inheritedFrom: mixin.id,
          location: m.location,
        });
      }
    }
    for (const local of b.members) {
      const memberId = `${id}$${local.def.name}`;
      let target = this.ref(local.def.target, scope);
      const inherited = members.get(local.def.name);
      if (target === undefined) {
        target = this.elidedTarget(def, local.def.name) ?? inherited?.target;
        if (target === undefined) {
          this.report(
            "ERROR",
            "Member target was elided, but no bound resource or mixin contained a matching identifier or member name.",
            local.def.location,
            memberId,
          );
          continue;
        }
      }
      const localTraits = new Map<ShapeId, NodeValue>();
      if (local.traits.size > 0) for (const [k, v] of local.traits) localTraits.set(k, v.value);
      if (inherited) {
        if (inherited.target !== target) {
          this.report(
            "ERROR",
            `Member conflicts with an inherited mixin member: \`${inherited.inheritedFrom}$${local.def.name}\``,
            local.def.location,
            memberId,
          );
        }
        for (const [k, v] of localTraits) {
          inherited.traits.set(k, v);
          inherited.introducedTraits.set(k, v);
        }
        inherited.location = local.def.location;
      } else {
        members.set(local.def.name, {
          id: memberId,
          name: local.def.name,
          container: id,
          target,
          // a local member's effective traits are its introduced ones: one Map serves as both
          traits: localTraits,
          introducedTraits: localTraits,
          location: local.def.location,
        });
      }
    }
    for (const [name, table] of b.memberApplies ?? []) {
      const member = members.get(name);
      if (!member) {
        for (const [traitId, t] of table) {
          this.report(
            "ERROR",
            `Trait \`${idiomaticTraitName(traitId)}\` applied to unknown shape \`${id}$${name}\``,
            t.location,
          );
        }
        continue;
      }
      for (const [k, v] of table) {
        const existing = member.introducedTraits.get(k);
        const value = Array.isArray(existing) && Array.isArray(v.value) ? [...existing, ...v.value] : v.value;
        member.traits.set(k, value);
        member.introducedTraits.set(k, value);
      }
    }
    if (type === "enum") {
      for (const m of members.values()) {
        if (!m.traits.has(ENUM_VALUE)) {
          m.traits.set(ENUM_VALUE, m.name);
          m.introducedTraits.set(ENUM_VALUE, m.name);
        }
      }
    }
    this.checkMemberNames(type, id, members, def);
    const shape: Shape = {
      id,
      type,
      traits,
      introducedTraits,
      mixins: mixinIds,
      members,
      location: def.location,
    };
    this.buildEntityProperties(shape, def, mixins);
    return shape;
  }

  elidedTarget(def: ShapeDef, name: string): ShapeId | undefined {
    if (!def.forResource) return undefined;
    const resourceId = this.resolve(def.forResource.id, def.scope).id;
    const resource = this.defs.get(resourceId);
    if (resource?.type !== "resource") {
      this.report(
        "ERROR",
        resource
          ? `The target of the \`for\` production must be a resource shape, but found a ${resource.type} shape: ${resourceId}`
          : `The target of the \`for\` production must be a resource shape, but found an unresolved shape: ${resourceId}`,
        def.forResource.location,
        def.id,
      );
      return undefined;
    }
    const property = resource.properties?.find(([k]) => k === name);
    const identifier = resource.identifiers?.find(([k]) => k === name);
    const ref = property?.[1] ?? identifier?.[1];
    return ref === undefined ? undefined : this.resolve(ref.id, resource.scope).id;
  }

  checkMemberNames(type: ShapeType, id: ShapeId, members: Map<string, Member>, def: ShapeDef): void {
    if (type === "list") {
      const extra = [...members.keys()].filter((k) => k !== "member");
      if (extra.length > 0) {
        this.report(
          "ERROR",
          `List shapes may only have a \`member\` member, but found \`${extra[0]}\``,
          def.location,
          id,
        );
      } else if (!members.has("member")) {
        this.report("ERROR", `Missing required member of shape \`${id}\`: member`, def.location, id);
      }
    } else if (type === "map") {
      const extra = [...members.keys()].filter((k) => k !== "key" && k !== "value");
      if (extra.length > 0) {
        this.report(
          "ERROR",
          `Map shapes may only have \`key\` and \`value\` members, but found \`${extra[0]}\``,
          def.location,
          id,
        );
      } else {
        const missing = ["key", "value"].filter((k) => !members.has(k));
        if (missing.length > 0) {
          this.report(
            "ERROR",
            `Missing required member${missing.length > 1 ? "s" : ""} of shape \`${id}\`: ${missing.join(", ")}`,
            def.location,
            id,
          );
        }
      }
    } else if (type === "enum" || type === "intEnum") {
      for (const m of members.values()) {
        if (m.target !== `${PRELUDE_NAMESPACE}#Unit`) {
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
    const s = def.scope;
    const mergeList = (local: ShapeId[] | undefined, pick: (m: Shape) => ShapeId[] | undefined) => {
      const out: ShapeId[] = [];
      for (const m of mixins) for (const x of pick(m) ?? []) if (!out.includes(x)) out.push(x);
      for (const x of local ?? []) if (!out.includes(x)) out.push(x);
      return out;
    };
    switch (shape.type) {
      case "operation":
        shape.input = this.ref(def.input, s) ?? `${PRELUDE_NAMESPACE}#Unit`;
        shape.output = this.ref(def.output, s) ?? `${PRELUDE_NAMESPACE}#Unit`;
        if (
          shape.introducedTraits.has(MIXIN) &&
          (shape.input !== `${PRELUDE_NAMESPACE}#Unit` || shape.output !== `${PRELUDE_NAMESPACE}#Unit`)
        ) {
          this.report(
            "ERROR",
            `Operation shapes with the mixin trait MUST target \`smithy.api#Unit\` for their input and output. Operation mixin shape \`${shape.id}\` defines one or both of these properties.`,
            def.location,
            shape.id,
          );
        }
        shape.errors = mergeList(this.refs(def.errors, s), (m) => m.errors);
        break;
      case "service": {
        const version = def.version ?? mixins.findLast((m) => m.version !== undefined)?.version;
        if (version !== undefined) shape.version = version;
        shape.operations = mergeList(this.refs(def.operations, s), (m) => m.operations);
        shape.resources = mergeList(this.refs(def.resources, s), (m) => m.resources);
        shape.errors = mergeList(this.refs(def.errors, s), (m) => m.errors);
        const rename = new Map<ShapeId, string>();
        for (const m of mixins) for (const [k, v] of m.rename ?? []) rename.set(k, v);
        for (const [k, v] of def.rename ?? []) rename.set(k, v);
        shape.rename = rename;
        break;
      }
      case "resource": {
        const toMap = (entries: [string, RefDef][] | undefined) => {
          const map = new Map<string, ShapeId>();
          for (const [k, r] of entries ?? []) map.set(k, this.resolve(r.id, s).id);
          return map;
        };
        shape.identifiers = toMap(def.identifiers);
        shape.properties = toMap(def.properties);
        for (const key of ["put", "create", "read", "update", "delete", "list"] as const) {
          const v = this.ref(def[key], s);
          if (v !== undefined) shape[key] = v;
        }
        shape.operations = mergeList(this.refs(def.operations, s), (m) => m.operations);
        shape.collectionOperations = mergeList(
          this.refs(def.collectionOperations, s),
          (m) => m.collectionOperations,
        );
        shape.resources = mergeList(this.refs(def.resources, s), (m) => m.resources);
        break;
      }
    }
  }

  /** IDL 1.0 interop (smithy-notes 2.18): implicit defaults on unboxed numbers and booleans. */
  checkVersion1(b: BuildShape): void {
    const type = b.def.type;
    const primitive = PRIMITIVE_DEFAULTS[type];
    if (primitive !== undefined && !b.traits.has(BOX) && !b.traits.has(DEFAULT)) {
      if (b.traits === EMPTY_TABLE) b.traits = new Map();
      b.traits.set(DEFAULT, { value: primitive, location: b.def.location });
    }
    if (b.traits.has(BOX)) b.traits.delete(BOX);
    if (type !== "structure") return;
    for (const m of b.members) {
      if (m.traits.has(DEFAULT)) continue;
      if (m.traits === EMPTY_TABLE) m.traits = new Map();
      if (m.traits.has(BOX)) {
        m.traits.set(DEFAULT, { value: null, location: m.def.location });
        continue;
      }
      const targetId = this.ref(m.def.target, m.scope);
      const target = targetId === undefined ? undefined : this.defs.get(targetId);
      if (!target) continue;
      const value = PRIMITIVE_DEFAULTS[target.type];
      if (value === undefined) continue;
      const boxed = target.traits.some((t) => this.resolve(t.name, target.scope).id === BOX);
      const targetHasDefault = target.traits.some((t) => this.resolve(t.name, target.scope).id === DEFAULT);
      if (!boxed && (targetHasDefault || target.scope.version === "1.0")) {
        m.traits.set(DEFAULT, { value, location: m.def.location });
      }
    }
    for (const m of b.members) if (m.traits.has(BOX)) m.traits.delete(BOX);
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

function localTraitsOf(mixin: Shape): Set<ShapeId> {
  const value = mixin.introducedTraits.get(MIXIN);
  const out = new Set<ShapeId>();
  if (isNodeObject(value) && Array.isArray(value.localTraits)) {
    for (const t of value.localTraits) if (typeof t === "string") out.add(t);
  }
  return out;
}
