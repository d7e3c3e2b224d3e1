/**
 * Loads a Smithy 2.0 JSON AST file into shape definitions for
 * the assembler. Structural problems become diagnostics located in the JSON text.
 */
import { type ShapeType, shapeKeysOf } from "./ast.js";
import {
  type ApplyDef,
  emptyParsedFile,
  type MemberDef,
  type ParsedFile,
  type RawNode,
  type RawObject,
  type RefDef,
  type ShapeDef,
  type TraitDef,
} from "./definitions.js";
import type { Severity } from "./diagnostic.js";
import { loadJsonAstFast } from "./json-fast.js";
import { type JsonEntry, type JsonNode, parseJson } from "./json-parser.js";
import { setKey } from "./node-value.js";
import { mayLosePrecision, noteNumberText } from "./number-text.js";
import type { SourceLocation } from "./source-location.js";

export const SUPPORTED_VERSIONS = new Set(["1", "1.0", "2", "2.0"]);

/** Returns `undefined` when the text is valid JSON but not a Smithy model (no top-level `smithy`). */
export function loadJsonAst(text: string, file: string): ParsedFile | undefined {
  // a clean file: JSON.parse, positions worked out when read (json-fast.ts)
  const fast = loadJsonAstFast(text, file, SUPPORTED_VERSIONS, isAbsoluteShapeId);
  if (fast !== undefined) return fast;
  return loadJsonAstFully(text, file);
}

/** Reads a JSON AST file with the positions of every value, reporting every problem. */
export function loadJsonAstFully(text: string, file: string): ParsedFile | undefined {
  const parsed = emptyParsedFile(file, true);
  const result = parseJson(text);
  if (result.error) {
    parsed.diagnostics.push({
      severity: "ERROR",
      id: "Model",
      message: `Invalid JSON: ${result.error.message}`,
      location: { file, line: result.error.line, column: result.error.column },
    });
    return parsed;
  }
  return new JsonAstReader(file, parsed).read(result.node);
}

class JsonAstReader {
  constructor(
    readonly file: string,
    readonly out: ParsedFile,
  ) {}

  loc(node: { line: number; column: number }): SourceLocation {
    return { file: this.file, line: node.line, column: node.column };
  }

  report(severity: Severity, message: string, at: { line: number; column: number }): void {
    this.out.diagnostics.push({ severity, id: "Model", message, location: this.loc(at) });
  }

  read(root: JsonNode): ParsedFile | undefined {
    if (root.kind !== "object") {
      this.report("ERROR", `Expected the JSON AST to be an object, but found ${describe(root)}`, root);
      return this.out;
    }
    const smithy = entryOf(root, "smithy");
    if (!smithy) return undefined;
    if (smithy.value.kind !== "string") {
      this.report(
        "ERROR",
        `Expected \`smithy\` to be a string, but found ${describe(smithy.value)}`,
        smithy.value,
      );
      return this.out;
    }
    if (!SUPPORTED_VERSIONS.has(smithy.value.value)) {
      this.report("ERROR", `Unsupported Smithy version number: ${smithy.value.value}`, smithy.value);
      return this.out;
    }
    this.out.scope.version = smithy.value.value.startsWith("1") ? "1.0" : "2.0";
    this.checkKeys(root, ["smithy", "metadata", "shapes"]);
    for (const entry of root.entries) {
      if (entry.key === "metadata") this.readMetadata(entry.value);
      else if (entry.key === "shapes") this.readShapes(entry.value);
    }
    return this.out;
  }

  checkKeys(node: JsonNode & { kind: "object" }, allowed: readonly string[]): void {
    // the common case, no extra key, allocates nothing
    if (onlyKeys(node, allowed)) return;
    const extra = node.entries.filter((e) => !allowed.includes(e.key));
    const first = extra[0]!;
    this.report(
      "WARNING",
      `Expected an object with possible properties of ${[...allowed]
        .sort()
        .map((k) => `\`${k}\``)
        .join(", ")}, but found additional properties: ${extra.map((e) => `\`${e.key}\``).join(", ")}`,
      { line: first.keyLine, column: first.keyColumn },
    );
  }

  expectObject(node: JsonNode, what: string): (JsonNode & { kind: "object" }) | undefined {
    if (node.kind === "object") return node;
    this.report("ERROR", `Expected \`${what}\` to be an object, but found ${describe(node)}`, node);
    return undefined;
  }

  readMetadata(node: JsonNode): void {
    const obj = this.expectObject(node, "metadata");
    if (!obj) return;
    for (const e of obj.entries) {
      this.out.metadata.push({
        key: e.key,
        value: toRawNode(e.value),
        location: { file: this.file, line: e.keyLine, column: e.keyColumn },
        scope: this.out.scope,
      });
    }
  }

  readShapes(node: JsonNode): void {
    const obj = this.expectObject(node, "shapes");
    if (!obj) return;
    for (const e of obj.entries) this.readShape(e);
  }

  readShape(entry: JsonEntry): void {
    const at = { line: entry.keyLine, column: entry.keyColumn };
    if (!isAbsoluteShapeId(entry.key)) {
      this.report("ERROR", `Invalid shape ID in JSON AST: \`${entry.key}\`. Shape IDs must be absolute`, at);
      return;
    }
    const node = entry.value;
    if (node.kind !== "object") {
      this.report(
        "ERROR",
        `Expected shape \`${entry.key}\` to be an object, but found ${describe(node)}`,
        node,
      );
      return;
    }
    const typeEntry = entryOf(node, "type");
    if (!typeEntry) {
      this.report("ERROR", "Missing expected member `type`.", node);
      return;
    }
    if (typeEntry.value.kind !== "string") {
      this.report(
        "ERROR",
        `Expected \`type\` to be a string, but found ${describe(typeEntry.value)}`,
        typeEntry.value,
      );
      return;
    }
    const type = typeEntry.value.value;
    const keys = shapeKeysOf(type);
    if (!keys) {
      this.report("ERROR", `Invalid shape \`type\`: ${type}`, typeEntry.value);
      return;
    }
    this.checkKeys(node, keys);
    const traits = this.readTraits(node);
    if (type === "apply") {
      const apply: ApplyDef = {
        target: { id: entry.key, location: this.loc(node) },
        traits,
        scope: this.out.scope,
      };
      this.out.applies.push(apply);
      return;
    }
    if (entry.key.includes("$")) {
      this.report("ERROR", `Shape IDs of JSON AST shapes cannot contain a member: \`${entry.key}\``, at);
      return;
    }
    const def: ShapeDef = {
      id: entry.key,
      type: type as ShapeType | "set",
      scope: this.out.scope,
      location: this.loc(node),
      traits,
      mixins: this.readRefList(node, "mixins") ?? [],
      members: [],
    };

    switch (type) {
      case "list":
      case "set": {
        const m = entryOf(node, "member")?.value;
        if (m) this.pushMember(def, "member", m);
        break;
      }
      case "map": {
        const k = entryOf(node, "key")?.value;
        if (k) this.pushMember(def, "key", k);
        const v = entryOf(node, "value")?.value;
        if (v) this.pushMember(def, "value", v);
        break;
      }
      case "structure":
      case "union":
      case "enum":
      case "intEnum": {
        const members = entryOf(node, "members")?.value;
        if (members) {
          const obj = this.expectObject(members, "members");
          if (obj) for (const m of obj.entries) this.pushMember(def, m.key, m.value);
        }
        break;
      }
      case "operation":
        def.input = this.readRef(node, "input");
        def.output = this.readRef(node, "output");
        def.errors = this.readRefList(node, "errors");
        break;
      case "service": {
        const version = entryOf(node, "version")?.value;
        if (version) {
          if (version.kind === "string") def.version = version.value;
          else
            this.report(
              "ERROR",
              `Expected \`version\` to be a string, but found ${describe(version)}`,
              version,
            );
        }
        def.operations = this.readRefList(node, "operations");
        def.resources = this.readRefList(node, "resources");
        def.errors = this.readRefList(node, "errors");
        const rename = entryOf(node, "rename")?.value;
        if (rename) {
          const obj = this.expectObject(rename, "rename");
          if (obj) {
            def.rename = [];
            for (const r of obj.entries) {
              if (r.value.kind === "string") def.rename.push([r.key, r.value.value]);
              else
                this.report(
                  "ERROR",
                  `Expected rename value to be a string, but found ${describe(r.value)}`,
                  r.value,
                );
            }
          }
        }
        break;
      }
      case "resource":
        def.identifiers = this.readRefMap(node, "identifiers");
        def.properties = this.readRefMap(node, "properties");
        def.create = this.readRef(node, "create");
        def.put = this.readRef(node, "put");
        def.read = this.readRef(node, "read");
        def.update = this.readRef(node, "update");
        def.delete = this.readRef(node, "delete");
        def.list = this.readRef(node, "list");
        def.operations = this.readRefList(node, "operations");
        def.collectionOperations = this.readRefList(node, "collectionOperations");
        def.resources = this.readRefList(node, "resources");
        break;
    }
    this.out.shapes.push(def);
  }

  readTraits(node: JsonNode & { kind: "object" }): TraitDef[] {
    const entry = entryOf(node, "traits");
    if (!entry) return [];
    const obj = this.expectObject(entry.value, "traits");
    if (!obj) return [];
    const traits: TraitDef[] = [];
    for (const t of obj.entries) {
      if (!isAbsoluteShapeId(t.key) || t.key.includes("$")) {
        this.report("ERROR", `Invalid trait shape ID: \`${t.key}\`. Trait IDs must be absolute`, {
          line: t.keyLine,
          column: t.keyColumn,
        });
        continue;
      }
      traits.push({ name: t.key, value: toRawNode(t.value), location: this.loc(t.value) });
    }
    return traits;
  }

  pushMember(def: ShapeDef, name: string, node: JsonNode): void {
    if (node.kind !== "object") {
      this.report("ERROR", `Expected member \`${name}\` to be an object, but found ${describe(node)}`, node);
      return;
    }
    this.checkKeys(node, ["target", "traits"]);
    const target = this.readRef(node, "target", true, node);
    if (!target) return;
    const member: MemberDef = {
      name,
      target: target.id,
      traits: this.readTraits(node),
      location: this.loc(node),
    };
    def.members.push(member);
  }

  /** `{"target": id}` under key `name` (or the node itself when `self` is set). */
  readRef(
    node: JsonNode & { kind: "object" },
    name: string,
    self = false,
    selfNode?: JsonNode & { kind: "object" },
  ): RefDef | undefined {
    if (self && selfNode) {
      const t = entryOf(selfNode, "target");
      if (!t) {
        this.report("ERROR", "Missing expected member `target`.", selfNode);
        return undefined;
      }
      return this.targetString(t.value);
    }
    const entry = entryOf(node, name);
    if (!entry) return undefined;
    const ref = entry.value;
    if (ref.kind !== "object") {
      this.report("ERROR", `Expected \`${name}\` to be an object, but found ${describe(ref)}`, ref);
      return undefined;
    }
    this.checkKeys(ref, ["target"]);
    const t = entryOf(ref, "target");
    if (!t) {
      this.report("ERROR", "Missing expected member `target`.", ref);
      return undefined;
    }
    return this.targetString(t.value);
  }

  targetString(value: JsonNode): RefDef | undefined {
    if (value.kind !== "string") {
      this.report("ERROR", `Expected \`target\` to be a string, but found ${describe(value)}`, value);
      return undefined;
    }
    if (!isAbsoluteShapeId(value.value)) {
      this.report(
        "ERROR",
        `Invalid shape ID: \`${value.value}\`. Targets in the JSON AST must be absolute`,
        value,
      );
      return undefined;
    }
    return { id: value.value, location: this.loc(value) };
  }

  readRefList(node: JsonNode & { kind: "object" }, name: string): RefDef[] | undefined {
    const entry = entryOf(node, name);
    if (!entry) return undefined;
    if (entry.value.kind !== "array") {
      this.report(
        "ERROR",
        `Expected \`${name}\` to be an array, but found ${describe(entry.value)}`,
        entry.value,
      );
      return undefined;
    }
    const refs: RefDef[] = [];
    for (const item of entry.value.items) {
      if (item.kind !== "object") {
        this.report("ERROR", `Expected \`${name}\` entries to be objects, but found ${describe(item)}`, item);
        continue;
      }
      this.checkKeys(item, ["target"]);
      const t = entryOf(item, "target");
      if (!t) {
        this.report("ERROR", "Missing expected member `target`.", item);
        continue;
      }
      const ref = this.targetString(t.value);
      if (ref) refs.push(ref);
    }
    return refs;
  }

  readRefMap(node: JsonNode & { kind: "object" }, name: string): [string, RefDef][] | undefined {
    const entry = entryOf(node, name);
    if (!entry) return undefined;
    const obj = this.expectObject(entry.value, name);
    if (!obj) return undefined;
    const out: [string, RefDef][] = [];
    for (const e of obj.entries) {
      if (e.value.kind !== "object") {
        this.report(
          "ERROR",
          `Expected \`${e.key}\` to be an object, but found ${describe(e.value)}`,
          e.value,
        );
        continue;
      }
      const t = entryOf(e.value, "target");
      if (!t) {
        this.report("ERROR", "Missing expected member `target`.", e.value);
        continue;
      }
      const ref = this.targetString(t.value);
      if (ref) out.push([e.key, ref]);
    }
    return out;
  }
}

function onlyKeys(node: JsonNode & { kind: "object" }, allowed: readonly string[]): boolean {
  const entries = node.entries;
  for (let i = 0; i < entries.length; i++) if (!allowed.includes((entries[i] as JsonEntry).key)) return false;
  return true;
}

/** The entry of `key` in an object (a loop: no closure per lookup). */
function entryOf(node: JsonNode & { kind: "object" }, key: string): JsonEntry | undefined {
  const entries = node.entries;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as JsonEntry;
    if (entry.key === key) return entry;
  }
  return undefined;
}

function describe(node: JsonNode): string {
  switch (node.kind) {
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "string":
      return `string \`${node.value}\``;
    case "number":
      return `number \`${node.lexeme}\``;
    case "boolean":
      return `boolean \`${node.value}\``;
    default:
      return "null";
  }
}

const ABSOLUTE_ID =
  /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*(\$[A-Za-z_][A-Za-z0-9_]*)?$/;

export function isAbsoluteShapeId(id: string): boolean {
  return ABSOLUTE_ID.test(id);
}

export function toRawNode(node: JsonNode): RawNode {
  switch (node.kind) {
    case "array":
      return node.items.map(toRawNode);
    case "object": {
      const obj: RawObject = {};
      for (const e of node.entries) setKey(obj, e.key, toRawNode(e.value));
      return obj;
    }
    case "number":
      if (mayLosePrecision(node.lexeme)) noteNumberText(node.value, node.lexeme);
      return node.value;
    default:
      return node.value;
  }
}
