/**
 * The model assembler: merges parsed IDL and JSON files, resolves
 * relative shape IDs, applies `apply` statements, merges traits, flattens mixins, resolves
 * elided targets and builds the `Model`. Problems become diagnostics; it never throws.
 *
 * It runs in one of two ways, with the same result:
 * - `assemble(files)` takes every parsed file at once: all definitions are registered, then traits
 *   resolved, `apply` merged and shapes built. This is the reference, and it reports every problem.
 * - `StreamingAssembler` is fed one definition at a time while the parser reads (sources.ts), and
 *   builds each plain shape at once, so the parser's definitions die young instead of living until
 *   the whole model is read (which made garbage collection the larger part of assembling a big
 *   model). It defers shapes it cannot build yet (mixins, `for`, elided targets, traits defined
 *   further on) to the end. It gives up, and the caller runs `assemble`, as soon as anything would
 *   be reported, or an assumption it made about a name turns out wrong: the reference then gives
 *   the exact diagnostics in their usual order.
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
import { BUNDLED_FILE_PREFIX } from "./prelude/bundled.js";
import { preludeShapeNames } from "./prelude/prelude-files.js";
import { idiomaticTraitName, joinMember, PRELUDE_NAMESPACE, splitMember } from "./shape-id.js";
import { SharedEmptyMap, SmallMap } from "./small-map.js";
import {
  columnOf,
  deferredOf,
  Located,
  lineOf,
  type SourceLocation,
  visibleLocation,
} from "./source-location.js";

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
const UNIT = "smithy.api#Unit";

/**
 * The value of every trait applied without one (`@required`, `@input`): a large model has tens of
 * thousands. Shared and frozen, as the Model is read-only downstream.
 */
const EMPTY_OBJECT: NodeValue = Object.freeze({});
const EMPTY_LIST: NodeValue = Object.freeze([]) as unknown as NodeValue[];

/** Shared by shapes without mixins (frozen: the Model is read-only downstream). */
const NO_SHAPES: readonly Shape[] = Object.freeze([]);
const NO_IDS = Object.freeze([]) as unknown as ShapeId[];

/**
 * Traits merged on one shape or member: becomes the Model's map as is (no copy). Where each trait
 * was written is not recorded: only a conflict message needs it, and `traitLocation` finds it then.
 */
type TraitTable = SmallMap<ShapeId, NodeValue>;

/** A member while the assembler builds it: its maps are writable. */
interface BuildMember extends Member {
  traits: TraitTable;
  introducedTraits: TraitTable;
}

/** The Model's members and shapes (their location: see `Located`). */
class AssembledMember extends Located implements BuildMember {
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

class AssembledShape extends Located implements Shape {
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
class BuildShape {
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
type Entry = BuildShape | Shape;

/** Thrown by the streaming assembler to give the whole job to the reference `assemble`. */
const FALLBACK = Symbol("fall back to the reference assembler");
/** Thrown while trying to build a shape at once, when it needs a shape not defined yet. */
const DEFER = Symbol("defer this shape to the end");

const NO_TRAITS: TraitTable = new SharedEmptyMap();
const NO_MEMBERS: SmallMap<string, BuildMember> = new SharedEmptyMap();
/** Shared by shapes none of whose members has traits; replaced before any write. */
const NO_MEMBER_TRAITS: TraitTable[] = [];

/** Gives a member its own traits Map before a write (local members share one for both views). */
function writableTraits(member: BuildMember): void {
  if (member.traits === NO_TRAITS) {
    const traits: TraitTable = new SmallMap();
    member.traits = traits;
    member.introducedTraits = traits;
  }
}

export function assemble(files: readonly ParsedFile[], options: AssembleOptions = {}): AssembleResult {
  return new Assembler([...files], options).run();
}

function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

class Assembler {
  readonly diagnostics: Diagnostic[] = [];
  /**
   * Every defined shape by absolute ID (the first definition when duplicated), in definition order.
   * Once built, it is the Model's `shapes` map: each entry is replaced by its shape in place.
   */
  readonly entries = new Map<ShapeId, Entry>();
  readonly metadata = new Map<string, { value: NodeValue; location: SourceLocation }>();
  /** Streaming only: report nothing, give up instead (see the file comment). */
  protected streaming = false;
  /** Streaming only, while building a shape at once: a shape not defined yet defers it. */
  protected deferUnknown = false;
  /**
   * Streaming only: `ns#Name` IDs that were not defined when a relative `Name` was resolved to the
   * prelude's `smithy.api#Name`; defining one of them later would have changed that resolution.
   */
  protected assumedPrelude: Set<ShapeId> | undefined;
  /**
   * Streaming only: `ns#Name` IDs, `Name` being a prelude shape's name, that the caller expects to
   * be defined further on (a model may define its own `Timestamp`): a relative `Name` resolves to
   * them at once, and streaming gives up if one is not defined in the end.
   */
  protected expectedLocal: ReadonlySet<ShapeId> | undefined;
  /** Streaming only: shapes built at once whose own definition has `@trait`. */
  protected readonly traitShapes = new Set<ShapeId>();

  constructor(
    protected files: ParsedFile[],
    readonly options: AssembleOptions,
  ) {}

  report(
    severity: Severity,
    message: string,
    location: SourceLocation | undefined,
    shapeId?: ShapeId,
    id = "Model",
  ): void {
    if (this.streaming) throw FALLBACK;
    const d: Diagnostic = { severity, id, message };
    if (location) d.location = visibleLocation(location);
    if (shapeId) d.shapeId = shapeId;
    this.diagnostics.push(d);
  }

  run(): AssembleResult {
    for (const file of this.files) this.diagnostics.push(...file.diagnostics);
    const duplicates: ShapeDef[] = [];
    /** The entries in definition order, iterated without a Map iterator. */
    const builds: BuildShape[] = [];
    for (const file of this.files) {
      const defs = file.shapes;
      for (let i = 0; i < defs.length; i++) {
        const def = defs[i] as ShapeDef;
        if (this.entries.has(def.id)) {
          duplicates.push(def);
        } else {
          const b = new BuildShape(def);
          this.entries.set(def.id, b);
          builds.push(b);
        }
      }
    }
    this.usesAndMetadata();
    // traits are resolved once every shape is known
    for (let i = 0; i < builds.length; i++) this.addDefTraits(builds[i] as BuildShape);
    for (const dup of duplicates) this.checkDuplicate(dup);
    return this.finish(builds);
  }

  /** Checks `use` statements and merges metadata, every shape being defined. */
  usesAndMetadata(): void {
    for (const file of this.files) this.checkUses(file);
    for (const file of this.files) {
      for (const m of file.metadata) this.addMetadata(m.key, this.resolveNode(m.value, m.scope), m.location);
    }
  }

  /** Merges `apply` statements, builds `builds` (in order) and returns the Model. */
  finish(builds: readonly BuildShape[]): AssembleResult {
    for (const file of this.files)
      for (const apply of file.applies) this.applyTraits(apply.target, apply.traits, apply.scope);
    for (let i = 0; i < builds.length; i++) this.buildOnce(builds[i] as BuildShape);
    // every shape is built: replace each definition by its shape (keeping the order), or drop it
    const entries = this.entries;
    for (let i = 0; i < builds.length; i++) {
      const b = builds[i] as BuildShape;
      if (b.shape) entries.set(b.def.id, b.shape);
      else entries.delete(b.def.id);
    }
    const metadata = new Map<string, NodeValue>();
    for (const [k, v] of this.metadata) metadata.set(k, v.value);
    return { model: { metadata, shapes: entries as Map<ShapeId, Shape> }, diagnostics: this.diagnostics };
  }

  /** The definition of a shape not built yet. */
  defOf(id: ShapeId): ShapeDef | undefined {
    const entry = this.entries.get(id);
    return entry instanceof BuildShape ? entry.def : undefined;
  }

  /** Whether the shape (or the shape of the member) `id` names is defined. */
  known(id: ShapeId): boolean {
    const at = id.indexOf("$");
    return this.entries.has(at < 0 ? id : id.slice(0, at));
  }

  // ---------------------------------------------------------------- resolution

  /** Resolves a shape ID written in `scope`. */
  resolve(text: string, scope: FileScope): ShapeId {
    if (scope.absolute || text.includes("#")) return text;
    // a file's own `use` statements come first; past them, files of one namespace resolve alike
    if (scope.uses.size > 0) {
      const dollar = text.indexOf("$");
      const used = scope.uses.get(dollar < 0 ? text : text.slice(0, dollar));
      if (used) return dollar < 0 ? used.id : used.id + text.slice(dollar);
    }
    let cache = this.resolveCache;
    if (scope.namespace !== this.cacheNamespace || cache === undefined) {
      cache = new Map();
      this.resolveCache = cache;
      this.cacheNamespace = scope.namespace;
    }
    let hit = cache.get(text);
    if (!hit) {
      hit = this.resolveUncached(text, scope);
      cache.set(text, hit);
    }
    return hit;
  }

  /**
   * Resolved IDs of the namespace resolved last, by text (`use` statements aside). A resolution never
   * changes: only whether the local or the prelude shape is meant depends on what is defined, and
   * streaming records what it assumed there. One namespace at a time: a model's files mostly come
   * namespace by namespace, and a cache per file would resolve each name again in every file.
   */
  private resolveCache: Map<string, ShapeId> | undefined;
  private cacheNamespace: string | undefined;

  /** `namespace#` of a scope with a namespace, made once per scope (one concatenation per ID then). */
  prefixOf(scope: FileScope): string {
    if (scope !== this.prefixScope) {
      this.prefixScope = scope;
      this.prefix = `${scope.namespace}#`;
    }
    return this.prefix;
  }

  private prefixScope: FileScope | undefined;
  private prefix = "";

  /** `resolve` of a relative ID that no `use` statement names, not resolved before in this namespace. */
  resolveUncached(text: string, scope: FileScope): ShapeId {
    const dollar = text.indexOf("$");
    const root = dollar < 0 ? text : text.slice(0, dollar);
    const suffix = dollar < 0 ? "" : text.slice(dollar);
    // only a name the prelude uses can mean something other than the current namespace's shape
    if (scope.namespace !== undefined && !preludeShapeNames().has(root)) {
      const id = this.prefixOf(scope) + text;
      // a shape defined already: its own ID string, so a large model keeps one copy of each ID
      const entry = dollar < 0 ? this.entries.get(id) : undefined;
      return entry === undefined ? id : entry instanceof BuildShape ? entry.def.id : entry.id;
    }
    const local = scope.namespace === undefined ? undefined : `${scope.namespace}#${root}`;
    if (local !== undefined && (this.entries.has(local) || this.expectedLocal?.has(local))) {
      return local + suffix;
    }
    const prelude = `${PRELUDE_NAMESPACE}#${root}`;
    if (this.entries.has(prelude)) {
      if (local !== undefined) this.assumedPrelude?.add(local);
      return prelude + suffix;
    }
    return `${scope.namespace ?? PRELUDE_NAMESPACE}#${root}${suffix}`;
  }

  /** A resource's `identifiers` or `properties`, resolved. */
  resolveEntries(entries: [string, RefDef][] | undefined, scope: FileScope): Map<string, ShapeId> {
    const map = new Map<string, ShapeId>();
    for (const [k, r] of entries ?? []) map.set(k, this.resolve(r.id, scope));
    return map;
  }

  ref(ref: RefDef | undefined, scope: FileScope): ShapeId | undefined {
    return ref === undefined ? undefined : this.resolve(ref.id, scope);
  }

  refs(refs: RefDef[] | undefined, scope: FileScope): ShapeId[] | undefined {
    if (refs === undefined) return undefined;
    const out = new Array<ShapeId>(refs.length);
    for (let i = 0; i < refs.length; i++) out[i] = this.resolve((refs[i] as RefDef).id, scope);
    return out;
  }

  resolveNode(node: RawNode, scope: FileScope): NodeValue {
    if (node instanceof SyntacticShapeId) {
      const id = this.resolve(node.text, scope);
      if (!this.known(id)) {
        if (this.deferUnknown) throw DEFER;
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
    if (node === null || typeof node !== "object") return node;
    // A value without shape IDs is already a node value: kept as is, unless it belongs to the bundled
    // files, whose parsed form is cached and shared by every model of the process.
    if (!hasShapeIds(node) && !scope.file.startsWith(BUNDLED_FILE_PREFIX)) return node as NodeValue;
    if (Array.isArray(node)) return node.map((n) => this.resolveNode(n, scope));
    const out: { [key: string]: NodeValue } = {};
    for (const k of Object.keys(node)) setKey(out, k, this.resolveNode(node[k] as RawNode, scope));
    return out;
  }

  checkUses(file: ParsedFile): void {
    for (const use of file.scope.uses.values()) {
      if (!this.entries.has(use.id)) {
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

  checkDuplicate(dup: ShapeDef): void {
    const first = this.entries.get(dup.id);
    if (!(first instanceof BuildShape)) return;
    const other = new BuildShape(dup);
    this.addDefTraits(other);
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
    const traits = (t: TraitTable | undefined) => [...(t ?? NO_TRAITS)].sort();
    const s = d.scope;
    return JSON.stringify({
      type: d.type === "set" ? "list" : d.type,
      traits: traits(b.traits),
      mixins: this.refs(d.mixins, s),
      members: d.members.map((m, i) => [
        m.name,
        m.target === undefined ? undefined : this.resolve(m.target, s),
        traits(b.memberTraits[i]),
      ]),
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
    const scope = def.scope;
    const id = def.id;
    const type: ShapeType = def.type === "set" ? "list" : def.type;
    if (scope.version === "1.0") this.checkVersion1(b);
    // ---- mixins
    const mixinIds =
      def.mixins.length === 0
        ? NO_IDS
        : (this.refs(def.mixins, scope) ?? []).filter((m, i, all) => all.indexOf(m) === i);
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
    // ---- traits
    // The merged table becomes the introduced traits; without mixins it is also the effective one.
    const introducedTraits = b.traits;
    let traits = introducedTraits;
    if (mixins.length > 0) {
      traits = new SmallMap<ShapeId, NodeValue>();
      for (const mixin of mixins) {
        const local = localTraitsOf(mixin);
        for (const [k, v] of mixin.traits) {
          if (k !== MIXIN && !local.has(k)) traits.set(k, v);
        }
      }
      for (const [k, v] of introducedTraits) traits.set(k, v);
    }
    // ---- members
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
    this.checkMemberNames(type, id, members, def);
    const shape = new AssembledShape(id, type, traits, introducedTraits, mixinIds, members, def.location);
    this.buildEntityProperties(shape, def, mixins);
    return shape;
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

/**
 * The streaming assembler (see the file comment): `add` each file's definitions as they are read
 * (`accept` for one definition, `addFile` for a file read in full), then `finish`. Both return
 * `undefined` once it has given up; the caller then assembles the files with `assemble`.
 */
export class StreamingAssembler extends Assembler {
  /** Definitions it could not build at once, in definition order. */
  private readonly deferred: BuildShape[] = [];
  private failed = false;
  /** The shapes of a prelude assembled beforehand (`seed`): shared by many models, never written. */
  private seeded: ReadonlyMap<ShapeId, Shape> | undefined;
  /** The namespaces of `seeded`: a model defining a shape there could change how the prelude resolves. */
  private seededNamespaces: ReadonlySet<string> | undefined;

  constructor(options: AssembleOptions = {}) {
    super([], options);
    this.streaming = true;
    this.assumedPrelude = new Set();
  }

  /**
   * Starts from a prelude assembled once (by `assemble`, from the bundled files alone) instead of
   * adding the bundled files again: its shapes become this model's, shared, so an `apply` to one of
   * them, or a shape defined in one of its namespaces, gives up. Call first; false (nothing done)
   * for a prelude with metadata, which this does not carry over.
   */
  seed(prelude: Model): boolean {
    if (this.entries.size > 0 || prelude.metadata.size > 0) return false;
    const namespaces = new Set<string>();
    for (const [id, shape] of prelude.shapes) {
      this.entries.set(id, shape);
      if (shape.introducedTraits.has(TRAIT)) this.traitShapes.add(id);
      namespaces.add(id.slice(0, id.indexOf("#")));
    }
    this.seeded = prelude.shapes;
    this.seededNamespaces = namespaces;
    return true;
  }

  protected override isSeeded(shape: Shape): boolean {
    return this.seeded?.get(shape.id) === shape;
  }

  /** Declares the IDs of `expectedLocal`; call before adding the files that define them. */
  expect(ids: ReadonlySet<ShapeId>): void {
    this.expectedLocal = ids;
  }

  /** Takes one definition of the file being read; false once it has given up. */
  accept(def: ShapeDef): boolean {
    if (this.failed) return false;
    try {
      this.acceptOrThrow(def);
      return true;
    } catch (e) {
      if (e !== FALLBACK) throw e;
      this.failed = true;
      return false;
    }
  }

  /** Takes a file once read: its definitions, unless they were accepted one by one while reading. */
  addFile(file: ParsedFile): boolean {
    if (this.failed) return false;
    this.files.push(file);
    for (const def of file.shapes) if (!this.accept(def)) return false;
    return true;
  }

  /** The Model, or `undefined` when the reference assembler must do the job. */
  result(): AssembleResult | undefined {
    if (this.failed) return undefined;
    try {
      for (const id of this.expectedLocal ?? []) if (!this.entries.has(id)) throw FALLBACK;
      for (const file of this.files) this.diagnostics.push(...file.diagnostics);
      this.usesAndMetadata();
      for (const b of this.deferred) this.addDefTraits(b);
      return this.finish(this.deferred);
    } catch (e) {
      if (e !== FALLBACK) throw e;
      this.failed = true;
      return undefined;
    }
  }

  private acceptOrThrow(def: ShapeDef): void {
    // IDL 1.0 defaults need the definitions of member targets
    if (def.scope.version !== "2.0") throw FALLBACK;
    // a relative name was resolved to the prelude because this ID was not defined yet
    if (this.assumedPrelude?.has(def.id)) throw FALLBACK;
    if (this.seededNamespaces?.has(def.id.slice(0, def.id.indexOf("#")))) throw FALLBACK;
    const b = new BuildShape(def);
    if (def.mixins.length > 0 || def.forResource !== undefined || hasElidedTarget(def)) {
      this.defer(b);
      return;
    }
    this.deferUnknown = true;
    try {
      this.addDefTraits(b);
    } catch (e) {
      if (e !== DEFER) throw e;
      this.defer(new BuildShape(def));
      return;
    } finally {
      this.deferUnknown = false;
    }
    b.state = "building";
    const shape = this.buildShape(b);
    if (b.traits.has(TRAIT)) this.traitShapes.add(def.id);
    this.add(def.id, shape);
  }

  /** Adds an entry; a repeated ID (one Map operation tells) needs both definitions: give up. */
  private add(id: ShapeId, entry: Entry): void {
    const size = this.entries.size;
    this.entries.set(id, entry);
    if (this.entries.size === size) throw FALLBACK;
  }

  private defer(b: BuildShape): void {
    this.add(b.def.id, b);
    this.deferred.push(b);
  }
}

function hasElidedTarget(def: ShapeDef): boolean {
  const members = def.members;
  for (let i = 0; i < members.length; i++) if ((members[i] as MemberDef).target === undefined) return true;
  return false;
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

/** Whether a raw node value contains a syntactic shape ID anywhere. */
function hasShapeIds(node: RawNode): boolean {
  if (node === null || typeof node !== "object") return false;
  if (node instanceof SyntacticShapeId) return true;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) if (hasShapeIds(node[i] as RawNode)) return true;
    return false;
  }
  for (const k in node) if (hasShapeIds(node[k] as RawNode)) return true;
  return false;
}

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

function localTraitsOf(mixin: Shape): Set<ShapeId> {
  const value = mixin.introducedTraits.get(MIXIN);
  const out = new Set<ShapeId>();
  if (isNodeObject(value) && Array.isArray(value.localTraits)) {
    for (const t of value.localTraits) if (typeof t === "string") out.add(t);
  }
  return out;
}
