/**
 * The reference assembler: every parsed file at once. All definitions are registered, then traits
 * resolved, `apply` merged and shapes built, in definition order; it reports every problem
 * (duplicate definitions among them).
 */
import type { NodeValue, ShapeId } from "../ast.js";
import type { ParsedFile, ShapeDef } from "../definitions.js";
import type { Shape } from "../model.js";
import { BuildShape, NO_TRAITS, type TraitTable } from "./assembled-shape.js";
import { ShapeBuilder } from "./build-shape.js";
import { type AssembleOptions, type AssembleResult, formatLocation } from "./state.js";

export function assemble(files: readonly ParsedFile[], options: AssembleOptions = {}): AssembleResult {
  return new Assembler([...files], options).run();
}

/** `assemble`'s assembler; the streaming one builds on it. */
export class Assembler extends ShapeBuilder {
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
}
