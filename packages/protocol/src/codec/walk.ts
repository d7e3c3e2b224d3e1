import type {
  EnumSchema,
  IntEnumSchema,
  MemberSchema,
  ScalarKind,
  ServiceSchema,
} from "../runtime/schema.js";

/**
 * The one schema walker of the runtime: visits a value against a shape of the schema table, member by member
 * in model order, and either rebuilds it (each scalar converted by `scalar`) or only checks it (`checkOnly`).
 * The visitor is what a direction needs: wire JSON to typed values (`deserializeInput`), typed values to wire
 * JSON (`serializeStructure`, and the scalars of `writeStructureJson`), validation with bounded error
 * collection (`validate`), a protocol test case's parameters to typed values. Documents are never walked into.
 */
export interface SchemaVisitor {
  /** A scalar member's value (never `null` or `undefined`): its converted value (ignored when `checkOnly`). */
  scalar(value: unknown, kind: ScalarKind, member: MemberSchema, path: string): unknown;
  /** The walk builds nothing and answers `undefined`; unions visit the member `union` picks, map keys are visited. */
  checkOnly?: boolean;
  /** The hooks receive field paths with wire member names (`Filters[0].Status`, `Tags.env`); else `""`. */
  paths?: boolean;
  /** Set once the visitor wants no more: the walk stops at the next member, item or entry. */
  readonly stopped?: boolean;
  /** An absent or `null` structure member takes its `@default` (a `null` default means none). */
  fillDefaults?: boolean;
  /** A `null` structure member stays `null` (else it is left out, like an absent one). */
  keepNullMembers?: boolean;
  /** `null` and `undefined` items of lists and maps that are not `@sparse` are dropped; the others become `null`. */
  dropNullItems?: boolean;
  /** A union with no modelled member set is written as its `$unknown: [name, value]` entry. */
  unknownUnion?: boolean;
  /** A value whose JSON type does not fit its shape: the value to use instead (default: the value as is). */
  mismatch?(value: unknown, shapeName: string, expected: Expected, path: string): unknown;
  /** A key of a structure or union that the model does not define (default: left out). */
  unknownMember?(shapeName: string, key: string): void;
  /** A structure member that is absent or `null`. */
  absent?(member: MemberSchema, path: string): void;
  /** The size of a list or map, with its member (for `@length` and `@uniqueItems`), before its items. */
  collection?(
    member: MemberSchema,
    size: number,
    value: unknown[] | Record<string, unknown>,
    path: string,
  ): void;
  /** A `null` or `undefined` item of a list or map. */
  nullItem?(sparse: boolean, path: string): void;
  /** A value of an enum or int enum (kept as it is). */
  enumValue?(member: MemberSchema, shape: EnumSchema | IntEnumSchema, value: unknown, path: string): void;
  /** Which member of a union object to visit alone; `undefined` visits none. Without it, all modelled members are. */
  union?(members: MemberSchema[], value: Record<string, unknown>, path: string): MemberSchema | undefined;
}

export type Expected = "an object" | "a list" | "a map";

/** A map key longer than this is cut in a path (a key is a client's text and can be as long as the body). */
const MAX_KEY_IN_PATH = 64;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Walks a structure or union value, member by member; answers the rebuilt value (`undefined` when `checkOnly`). */
export function walkStructure(
  schema: ServiceSchema,
  shapeName: string,
  value: Record<string, unknown>,
  visitor: SchemaVisitor,
  path = "",
): Record<string, unknown> {
  const shape = schema.shapes[shapeName];
  if (shape?.type !== "structure" && shape?.type !== "union")
    throw new Error(`${shapeName} is not a structure`);
  if (shape.type === "union" && visitor.union) {
    const member = visitor.union(shape.members, value, path);
    if (!member) return visitor.checkOnly ? (undefined as never) : {};
    const item = walkValue(schema, member, value[member.name], visitor, join(visitor, path, member.name));
    return visitor.checkOnly ? (undefined as never) : { [member.name]: item };
  }
  if (visitor.unknownMember) {
    for (const key of Object.keys(value)) {
      if (!shape.members.some((m) => m.name === key)) visitor.unknownMember(shapeName, key);
    }
  }
  const members = shape.members;
  if (visitor.checkOnly) {
    for (let i = 0; i < members.length && !visitor.stopped; i++) {
      const member = members[i] as MemberSchema;
      const memberPath = join(visitor, path, member.name);
      const item = value[member.name];
      if (item === undefined || item === null) visitor.absent?.(member, memberPath);
      else walkValue(schema, member, item, visitor, memberPath);
    }
    return undefined as never;
  }
  const out: Record<string, unknown> = {};
  let written = 0;
  for (const member of members) {
    if (visitor.stopped) break;
    const memberPath = join(visitor, path, member.name);
    const item = value[member.name];
    if (item === undefined || item === null) {
      visitor.absent?.(member, memberPath);
      if (item === null && visitor.keepNullMembers) out[member.name] = null;
      else if (visitor.fillDefaults && member.default !== undefined && member.default !== null)
        out[member.name] = walkValue(schema, member, member.default, visitor, memberPath);
      continue;
    }
    out[member.name] = walkValue(schema, member, item, visitor, memberPath);
    written++;
  }
  if (shape.type === "union" && written === 0 && visitor.unknownUnion) {
    const unknown = value.$unknown;
    if (Array.isArray(unknown) && typeof unknown[0] === "string") {
      return Object.fromEntries([[unknown[0], unknown[1]]]);
    }
  }
  return out;
}

/** Walks the value of one member (a structure member, list item, map key or value), not `null`. */
export function walkValue(
  schema: ServiceSchema,
  member: MemberSchema,
  value: unknown,
  visitor: SchemaVisitor,
  path = "",
): unknown {
  const target = member.target;
  if (typeof target === "string") return visitor.scalar(value, target, member, path);
  const name = target.shape;
  const shape = schema.shapes[name];
  if (!shape) throw new Error(`unknown shape ${name}`);
  switch (shape.type) {
    case "structure":
    case "union":
      return isPlainObject(value)
        ? walkStructure(schema, name, value, visitor, path)
        : mismatched(visitor, value, name, "an object", path);
    case "list": {
      if (!Array.isArray(value)) return mismatched(visitor, value, name, "a list", path);
      visitor.collection?.(member, value.length, value, path);
      const sparse = shape.sparse === true;
      const build = visitor.checkOnly !== true;
      const drop = visitor.dropNullItems === true && !sparse;
      const out: unknown[] = [];
      for (let index = 0; index < value.length && !visitor.stopped; index++) {
        // Holes are skipped, as the JSON of a list does not have them.
        if (!(index in value)) continue;
        const item: unknown = value[index];
        const itemPath = visitor.paths ? `${path}[${index}]` : "";
        if (item === null || item === undefined) {
          visitor.nullItem?.(sparse, itemPath);
          if (build && !drop) out.push(visitor.dropNullItems ? null : item);
          continue;
        }
        const converted = walkValue(schema, shape.member, item, visitor, itemPath);
        if (build) out.push(converted);
      }
      return build ? out : undefined;
    }
    case "map": {
      if (!isPlainObject(value)) return mismatched(visitor, value, name, "a map", path);
      const keys = Object.keys(value);
      visitor.collection?.(member, keys.length, value, path);
      const sparse = shape.sparse === true;
      const build = visitor.checkOnly !== true;
      const drop = visitor.dropNullItems === true && !sparse;
      // Entries, not assignments: a key is a client's text and may be `__proto__`.
      const out: [string, unknown][] = [];
      for (const key of keys) {
        if (visitor.stopped) break;
        const itemPath = visitor.paths
          ? join(visitor, path, key.length > MAX_KEY_IN_PATH ? `${key.slice(0, MAX_KEY_IN_PATH)}…` : key)
          : "";
        if (!build) walkValue(schema, shape.key, key, visitor, itemPath);
        const item = value[key];
        if (item === null || item === undefined) {
          visitor.nullItem?.(sparse, itemPath);
          if (build && !drop) out.push([key, visitor.dropNullItems ? null : item]);
          continue;
        }
        const converted = walkValue(schema, shape.value, item, visitor, itemPath);
        if (build) out.push([key, converted]);
      }
      return build ? Object.fromEntries(out) : undefined;
    }
    default:
      visitor.enumValue?.(member, shape, value, path);
      return value;
  }
}

function join(visitor: SchemaVisitor, base: string, name: string): string {
  if (!visitor.paths) return "";
  return base === "" ? name : `${base}.${name}`;
}

function mismatched(
  visitor: SchemaVisitor,
  value: unknown,
  shapeName: string,
  expected: Expected,
  path: string,
): unknown {
  return visitor.mismatch ? visitor.mismatch(value, shapeName, expected, path) : value;
}
