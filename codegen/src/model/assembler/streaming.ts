/**
 * The streaming assembler (see model/assembler.ts): fed one definition at a time while a file is
 * read, it builds each plain shape at once and defers the others to the end; it gives up, for the
 * reference assembler to do the job, as soon as anything would be reported.
 */
import type { ShapeId } from "../ast.js";
import type { MemberDef, ParsedFile, ShapeDef } from "../definitions.js";
import type { Model, Shape } from "../model.js";
import { Assembler } from "./assemble.js";
import { BuildShape, type Entry, TRAIT } from "./assembled-shape.js";
import { type AssembleOptions, type AssembleResult, DEFER, FALLBACK } from "./state.js";

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
    let known = seedCache.get(prelude);
    if (known === undefined) {
      known = { namespaces: new Set(), traits: [] };
      for (const [id, shape] of prelude.shapes) {
        if (shape.introducedTraits.has(TRAIT)) known.traits.push(id);
        known.namespaces.add(id.slice(0, id.indexOf("#")));
      }
      seedCache.set(prelude, known);
    }
    for (const [id, shape] of prelude.shapes) this.entries.set(id, shape);
    for (const id of known.traits) this.traitShapes.add(id);
    this.seeded = prelude.shapes;
    this.seededNamespaces = known.namespaces;
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

/** A prelude's namespaces and trait definitions, worked out once (a prelude is never written). */
const seedCache = new WeakMap<Model, { namespaces: Set<string>; traits: ShapeId[] }>();

function hasElidedTarget(def: ShapeDef): boolean {
  const members = def.members;
  for (let i = 0; i < members.length; i++) if ((members[i] as MemberDef).target === undefined) return true;
  return false;
}
