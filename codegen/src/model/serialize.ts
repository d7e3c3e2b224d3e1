/**
 * The JSON AST serializer: writes an assembled `Model` the way Smithy's `ModelSerializer` and
 * `smithy ast` do. Prelude (`smithy.api`) shapes and the bundled AWS/Smithy
 * trait definitions are not written: AWS's published models do not contain them either.
 */
import type { AstMember, AstRef, AstShape, AstTraits, JsonAst, NodeValue, ShapeId } from "./ast.js";
import type { Member, Model, Shape } from "./model.js";
import { setKey } from "./node-value.js";
import { exactNumberText } from "./number-text.js";
import { isBundledShape } from "./prelude/bundled.js";
import { namespaceOf, PRELUDE_NAMESPACE } from "./shape-id.js";

export function toJsonAst(model: Model): JsonAst {
  const shapes: Record<ShapeId, AstShape> = {};
  const entries: [ShapeId, AstShape][] = [];
  for (const shape of model.shapes.values()) {
    if (namespaceOf(shape.id) === PRELUDE_NAMESPACE || isBundledShape(shape)) continue;
    entries.push([shape.id, shapeToAst(shape, model)]);
    for (const member of shape.members.values()) {
      if (member.inheritedFrom !== undefined && member.introducedTraits.size > 0) {
        entries.push([member.id, { type: "apply", traits: traitsToAst(member.introducedTraits) }]);
      }
    }
  }
  entries.sort(([a], [b]) => compareCodeUnits(a, b));
  for (const [id, shape] of entries) shapes[id] = shape;
  const ast: JsonAst = { smithy: "2.0", shapes };
  if (model.metadata.size > 0) {
    const metadata: Record<string, NodeValue> = {};
    for (const key of [...model.metadata.keys()].sort(compareCodeUnits)) {
      setKey(metadata, key, sortKeysDeep(model.metadata.get(key) ?? null));
    }
    return { smithy: "2.0", metadata, shapes };
  }
  return ast;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Java's `String.CASE_INSENSITIVE_ORDER`, ties broken case-sensitively. */
function compareIds(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : compareCodeUnits(a, b);
}

function sortKeysDeep(value: NodeValue): NodeValue {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === "object") {
    const out: { [key: string]: NodeValue } = {};
    for (const k of Object.keys(value).sort(compareCodeUnits)) setKey(out, k, sortKeysDeep(value[k] ?? null));
    return out;
  }
  return value;
}

function traitsToAst(traits: ReadonlyMap<ShapeId, NodeValue>): AstTraits {
  const out: AstTraits = {};
  for (const id of [...traits.keys()].sort(compareCodeUnits)) out[id] = traits.get(id) ?? null;
  return out;
}

function memberToAst(member: Member): AstMember {
  const out: AstMember = { target: member.target };
  if (member.introducedTraits.size > 0) out.traits = traitsToAst(member.introducedTraits);
  return out;
}

function refs(ids: readonly ShapeId[]): AstRef[] {
  return [...ids].sort(compareIds).map((target) => ({ target }));
}

/** What the shape defines itself, given what its mixins contribute. */
function localList(shape: Shape, model: Model, pick: (s: Shape) => ShapeId[] | undefined): ShapeId[] {
  const inherited = new Set<ShapeId>();
  for (const m of shape.mixins) for (const id of pick(model.shapes.get(m) ?? shape) ?? []) inherited.add(id);
  return (pick(shape) ?? []).filter((id) => shape.mixins.length === 0 || !inherited.has(id));
}

function shapeToAst(shape: Shape, model: Model): AstShape {
  const out: AstShape = { type: shape.type };
  if (shape.mixins.length > 0) out.mixins = shape.mixins.map((target) => ({ target }));
  const local = [...shape.members.values()].filter((m) => m.inheritedFrom === undefined);
  switch (shape.type) {
    case "list": {
      const member = local.find((m) => m.name === "member");
      if (member) out.member = memberToAst(member);
      break;
    }
    case "map": {
      const key = local.find((m) => m.name === "key");
      if (key) out.key = memberToAst(key);
      const value = local.find((m) => m.name === "value");
      if (value) out.value = memberToAst(value);
      break;
    }
    case "structure":
    case "union":
    case "enum":
    case "intEnum": {
      const members: Record<string, AstMember> = {};
      for (const m of local) setKey(members, m.name, memberToAst(m));
      out.members = members;
      break;
    }
    case "operation": {
      out.input = { target: shape.input ?? `${PRELUDE_NAMESPACE}#Unit` };
      out.output = { target: shape.output ?? `${PRELUDE_NAMESPACE}#Unit` };
      const errors = localList(shape, model, (s) => s.errors);
      if (errors.length > 0) out.errors = refs(errors);
      break;
    }
    case "resource": {
      if (shape.identifiers && shape.identifiers.size > 0) out.identifiers = refMap(shape.identifiers);
      if (shape.properties && shape.properties.size > 0) out.properties = refMap(shape.properties);
      for (const key of ["put", "create", "read", "update", "delete", "list"] as const) {
        const id = shape[key];
        if (id !== undefined) out[key] = { target: id };
      }
      const operations = localList(shape, model, (s) => s.operations);
      if (operations.length > 0) out.operations = refs(operations);
      const collection = localList(shape, model, (s) => s.collectionOperations);
      if (collection.length > 0) out.collectionOperations = refs(collection);
      const resources = localList(shape, model, (s) => s.resources);
      if (resources.length > 0) out.resources = refs(resources);
      break;
    }
    case "service": {
      const inheritedVersion = shape.mixins.some((m) => model.shapes.get(m)?.version === shape.version);
      if (shape.version && !inheritedVersion) out.version = shape.version;
      const operations = localList(shape, model, (s) => s.operations);
      if (operations.length > 0) out.operations = refs(operations);
      const resources = localList(shape, model, (s) => s.resources);
      if (resources.length > 0) out.resources = refs(resources);
      const errors = localList(shape, model, (s) => s.errors);
      if (errors.length > 0) out.errors = refs(errors);
      const rename: Record<ShapeId, string> = {};
      let renames = 0;
      for (const [k, v] of shape.rename ?? []) {
        if (shape.mixins.some((m) => model.shapes.get(m)?.rename?.get(k) === v)) continue;
        rename[k] = v;
        renames++;
      }
      if (renames > 0) out.rename = rename;
      break;
    }
    default:
      break;
  }
  if (shape.introducedTraits.size > 0) out.traits = traitsToAst(shape.introducedTraits);
  return out;
}

function refMap(map: Map<string, ShapeId>): Record<string, AstRef> {
  const out: Record<string, AstRef> = {};
  for (const [k, v] of map) setKey(out, k, { target: v });
  return out;
}

// ------------------------------------------------------------------ printing

type Printable = NodeValue | undefined | { [key: string]: Printable } | Printable[];

/** Pretty-prints like Smithy's JSON printer (4-space indent, `": "`), with a final newline. */
export function printJsonAst(ast: JsonAst): string {
  const parts: string[] = [];
  print(ast as unknown as Printable, "", parts);
  parts.push("\n");
  return parts.join("");
}

/** Prints any node value with the same rules (used for trait values in tests and tools). */
export function printNode(value: NodeValue): string {
  const parts: string[] = [];
  print(value, "", parts);
  return parts.join("");
}

function print(value: Printable, indent: string, out: string[]): void {
  if (value === null || value === undefined) {
    out.push("null");
  } else if (typeof value === "string") {
    out.push(quote(value));
  } else if (typeof value === "number") {
    out.push(formatNumber(value));
  } else if (typeof value === "boolean") {
    out.push(value ? "true" : "false");
  } else if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push("[]");
      return;
    }
    const inner = `${indent}    `;
    out.push("[\n");
    value.forEach((v, i) => {
      out.push(inner);
      print(v, inner, out);
      out.push(i < value.length - 1 ? ",\n" : "\n");
    });
    out.push(`${indent}]`);
  } else {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined);
    if (keys.length === 0) {
      out.push("{}");
      return;
    }
    const inner = `${indent}    `;
    out.push("{\n");
    keys.forEach((k, i) => {
      out.push(inner, quote(k), ": ");
      print(value[k], inner, out);
      out.push(i < keys.length - 1 ? ",\n" : "\n");
    });
    out.push(`${indent}}`);
  }
}

/** JSON string with Smithy's escaping: `"`, `\`, control characters, U+2028 and U+2029 only. */
export function quote(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c === 34) esc = '\\"';
    else if (c === 92) esc = "\\\\";
    else if (c < 0x20) {
      esc = c === 10 ? "\\n" : c === 13 ? "\\r" : c === 9 ? "\\t" : `\\u00${c.toString(16).padStart(2, "0")}`;
    } else if (c === 0x2028 || c === 0x2029) esc = `\\u${c.toString(16)}`;
    if (esc !== undefined) {
      out += s.slice(start, i) + esc;
      start = i + 1;
    }
  }
  return `${out}${s.slice(start)}"`;
}

/**
 * Java-style number text: the source text of a number a double cannot hold exactly
 * (`number-text.ts`); integers plainly; other doubles as `Double.toString` does
 * (plain with a fraction when 1e-3 <= |x| < 1e7, otherwise `d.dddE±n`).
 */
export function formatNumber(x: number): string {
  const exact = exactNumberText(x);
  if (exact !== undefined) return exact;
  if (!Number.isFinite(x)) return x > 0 ? '"Infinity"' : x < 0 ? '"-Infinity"' : '"NaN"';
  if (Number.isInteger(x)) return Math.abs(x) < 1e21 ? String(x === 0 ? 0 : x) : BigInt(x).toString();
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) return String(x);
  const [mantissa = "", exponent = "0"] = x.toExponential().split("e");
  const m = mantissa.includes(".") ? mantissa : `${mantissa}.0`;
  return `${m}E${exponent.startsWith("+") ? exponent.slice(1) : exponent}`;
}
