/**
 * Semantic comparison of two Smithy JSON ASTs, one readable line per difference.
 *
 * Used to check that the hand-written IDL in `model/` says exactly what AWS's published JSON AST says:
 * same shapes, types, members (in order), targets and traits. Documentation is compared for presence
 * only (our wording is our own), and trait namespaces we chose not to model can be ignored.
 */
import type {
  AstMember,
  AstRef,
  AstShape,
  AstTraits,
  JsonAst,
  NodeValue,
  ShapeId,
} from "../../src/model/ast.js";

export interface AstDiffOptions {
  /** Only shapes in these namespaces are compared (the others, e.g. bundled trait definitions, are ignored). */
  namespaces: readonly string[];
  /** Traits whose ID starts with one of these prefixes (e.g. `aws.iam#`) are ignored on both sides. */
  ignoredTraitPrefixes?: readonly string[];
}

const DOCUMENTATION = "smithy.api#documentation";
const UNIT = "smithy.api#Unit";

/** Compares `actual` against `expected`; returns one line per difference, `[]` when they agree. */
export function diffJsonAst(expected: JsonAst, actual: JsonAst, options: AstDiffOptions): string[] {
  const out: string[] = [];
  const inScope = (id: ShapeId) => options.namespaces.includes(namespaceOf(id));
  const expectedShapes = pickShapes(expected, inScope);
  const actualShapes = pickShapes(actual, inScope);
  for (const id of expectedShapes.keys()) {
    if (!actualShapes.has(id)) out.push(`${id}: missing shape (expected a ${expectedShapes.get(id)?.type})`);
  }
  for (const [id, shape] of actualShapes) {
    if (!expectedShapes.has(id)) out.push(`${id}: unexpected shape (a ${shape.type})`);
  }
  for (const [id, want] of expectedShapes) {
    const got = actualShapes.get(id);
    if (got) diffShape(id, want, got, options, out);
  }
  return out;
}

/** Counts the shapes and members in the given namespaces that carry `smithy.api#documentation`. */
export function countDocumented(ast: JsonAst, namespaces: readonly string[]): number {
  let count = 0;
  for (const [id, shape] of Object.entries(ast.shapes)) {
    if (!namespaces.includes(namespaceOf(id)) || shape.type === "apply") continue;
    if (shape.traits?.[DOCUMENTATION] !== undefined) count++;
    for (const member of membersOf(shape).values()) {
      if (member.traits?.[DOCUMENTATION] !== undefined) count++;
    }
  }
  return count;
}

function namespaceOf(id: ShapeId): string {
  const hash = id.indexOf("#");
  return hash < 0 ? "" : id.slice(0, hash);
}

function pickShapes(ast: JsonAst, inScope: (id: ShapeId) => boolean): Map<ShapeId, AstShape> {
  return new Map(Object.entries(ast.shapes).filter(([id]) => inScope(id)));
}

/** Members of any aggregate shape, by name (`member`, `key`, `value` for lists and maps). */
function membersOf(shape: AstShape): Map<string, AstMember> {
  const members = new Map<string, AstMember>(Object.entries(shape.members ?? {}));
  if (shape.member) members.set("member", shape.member);
  if (shape.key) members.set("key", shape.key);
  if (shape.value) members.set("value", shape.value);
  return members;
}

function diffShape(id: ShapeId, want: AstShape, got: AstShape, options: AstDiffOptions, out: string[]): void {
  if (want.type !== got.type) {
    out.push(`${id}: type is ${got.type}, expected ${want.type}`);
    return;
  }
  diffRefList(`${id}: mixins`, want.mixins, got.mixins, false, out);
  diffTraits(id, want.traits, got.traits, options, out);
  diffMembers(id, want, got, options, out);
  if (want.type === "operation") {
    diffRef(`${id}: input`, want.input ?? { target: UNIT }, got.input ?? { target: UNIT }, out);
    diffRef(`${id}: output`, want.output ?? { target: UNIT }, got.output ?? { target: UNIT }, out);
    diffRefList(`${id}: errors`, want.errors, got.errors, true, out);
  }
  if (want.type === "service") {
    if ((want.version ?? "") !== (got.version ?? "")) {
      out.push(`${id}: version is ${show(got.version)}, expected ${show(want.version)}`);
    }
    diffRefList(`${id}: operations`, want.operations, got.operations, true, out);
    diffRefList(`${id}: resources`, want.resources, got.resources, true, out);
    diffRefList(`${id}: errors`, want.errors, got.errors, true, out);
    diffValue(`${id}: rename`, want.rename ?? {}, got.rename ?? {}, out);
  }
  if (want.type === "resource") {
    diffRefMap(`${id}: identifiers`, want.identifiers, got.identifiers, out);
    diffRefMap(`${id}: properties`, want.properties, got.properties, out);
    for (const key of ["put", "create", "read", "update", "delete", "list"] as const) {
      const w = want[key];
      const g = got[key];
      if (w?.target !== g?.target)
        out.push(`${id}: ${key} is ${show(g?.target)}, expected ${show(w?.target)}`);
    }
    diffRefList(`${id}: operations`, want.operations, got.operations, true, out);
    diffRefList(
      `${id}: collectionOperations`,
      want.collectionOperations,
      got.collectionOperations,
      true,
      out,
    );
    diffRefList(`${id}: resources`, want.resources, got.resources, true, out);
  }
}

function diffMembers(
  id: ShapeId,
  want: AstShape,
  got: AstShape,
  options: AstDiffOptions,
  out: string[],
): void {
  const wantMembers = membersOf(want);
  const gotMembers = membersOf(got);
  const wantNames = [...wantMembers.keys()];
  const gotNames = [...gotMembers.keys()];
  for (const name of wantNames) {
    if (!gotMembers.has(name)) out.push(`${id}$${name}: missing member`);
  }
  for (const name of gotNames) {
    if (!wantMembers.has(name)) out.push(`${id}$${name}: unexpected member`);
  }
  const common = (names: string[], other: Map<string, AstMember>) => names.filter((n) => other.has(n));
  const wantOrder = common(wantNames, gotMembers);
  const gotOrder = common(gotNames, wantMembers);
  if (wantOrder.join(",") !== gotOrder.join(",")) {
    out.push(`${id}: members are in order [${gotOrder.join(", ")}], expected [${wantOrder.join(", ")}]`);
  }
  for (const [name, w] of wantMembers) {
    const g = gotMembers.get(name);
    if (!g) continue;
    if (w.target !== g.target) out.push(`${id}$${name}: target is ${g.target}, expected ${w.target}`);
    diffTraits(`${id}$${name}`, w.traits, g.traits, options, out);
  }
}

function diffTraits(
  where: string,
  want: AstTraits | undefined,
  got: AstTraits | undefined,
  options: AstDiffOptions,
  out: string[],
): void {
  const ignored = (trait: ShapeId) => (options.ignoredTraitPrefixes ?? []).some((p) => trait.startsWith(p));
  const w = want ?? {};
  const g = got ?? {};
  for (const trait of new Set([...Object.keys(w), ...Object.keys(g)])) {
    if (ignored(trait)) continue;
    const inWant = Object.hasOwn(w, trait);
    const inGot = Object.hasOwn(g, trait);
    if (trait === DOCUMENTATION) {
      if (inWant && !inGot) out.push(`${where}: missing documentation`);
      if (!inWant && inGot) out.push(`${where}: unexpected documentation (the published model has none)`);
    } else if (!inGot) {
      out.push(`${where}: missing trait ${trait} = ${show(w[trait])}`);
    } else if (!inWant) {
      out.push(`${where}: unexpected trait ${trait} = ${show(g[trait])}`);
    } else {
      diffValue(`${where}: trait ${trait}`, w[trait] ?? null, g[trait] ?? null, out);
    }
  }
}

function diffRef(where: string, want: AstRef, got: AstRef, out: string[]): void {
  if (want.target !== got.target) out.push(`${where} is ${got.target}, expected ${want.target}`);
}

/** Reference lists; `asSet` ignores order (Smithy's serializer sorts them, order carries no meaning). */
function diffRefList(
  where: string,
  want: readonly AstRef[] | undefined,
  got: readonly AstRef[] | undefined,
  asSet: boolean,
  out: string[],
): void {
  const w = (want ?? []).map((r) => r.target);
  const g = (got ?? []).map((r) => r.target);
  const missing = w.filter((t) => !g.includes(t));
  const extra = g.filter((t) => !w.includes(t));
  if (missing.length > 0) out.push(`${where}: missing ${missing.join(", ")}`);
  if (extra.length > 0) out.push(`${where}: unexpected ${extra.join(", ")}`);
  if (!asSet && missing.length === 0 && extra.length === 0 && w.join(",") !== g.join(",")) {
    out.push(`${where}: order is [${g.join(", ")}], expected [${w.join(", ")}]`);
  }
}

function diffRefMap(
  where: string,
  want: Record<string, AstRef> | undefined,
  got: Record<string, AstRef> | undefined,
  out: string[],
): void {
  const toTargets = (m: Record<string, AstRef> | undefined) =>
    Object.fromEntries(Object.entries(m ?? {}).map(([k, r]) => [k, r.target]));
  diffValue(where, toTargets(want), toTargets(got), out);
}

function diffValue(where: string, want: NodeValue, got: NodeValue, out: string[]): void {
  if (!sameNode(want, got)) out.push(`${where} is ${show(got)}, expected ${show(want)}`);
}

/** Deep equality of node values: object key order is ignored, array order is not. */
export function sameNode(a: NodeValue, b: NodeValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => i < b.length && sameNode(x, b[i] ?? null));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameNode(a[k] ?? null, b[k] ?? null));
}

function show(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}
