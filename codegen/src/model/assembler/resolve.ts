/**
 * Shape IDs and node values resolved in a file's scope (`use` statements, the namespace, the
 * prelude), `use` statements checked and metadata merged.
 */
import type { NodeValue, ShapeId } from "../ast.js";
import {
  type FileScope,
  type ParsedFile,
  type RawNode,
  type RefDef,
  SyntacticShapeId,
} from "../definitions.js";
import { nodeEquals, setKey } from "../node-value.js";
import { BUNDLED_FILE_PREFIX } from "../prelude/bundled.js";
import { preludeShapeNames } from "../prelude/prelude-files.js";
import { PRELUDE_NAMESPACE } from "../shape-id.js";
import type { SourceLocation } from "../source-location.js";
import { BuildShape } from "./assembled-shape.js";
import { AssemblerState, DEFER, formatLocation } from "./state.js";

/** The assembler's name resolution, on its state. */
export abstract class Resolver extends AssemblerState {
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
    // files, whose parsed form is cached and shared by every model of the process. A JSON AST file's
    // values (absolute scope) never hold one: they are not searched.
    if ((scope.absolute || !hasShapeIds(node)) && !scope.file.startsWith(BUNDLED_FILE_PREFIX)) {
      return node as NodeValue;
    }
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
}

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
