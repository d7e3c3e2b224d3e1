import { isPlainObject } from "../codec/walk.js";
import type { MemberSchema, ServiceSchema } from "./schema.js";
import { toWire } from "./serialize.js";

/**
 * The AWS JSON text of a handler's output, written straight from the typed value: the same text as
 * `JSON.stringify(serializeStructure(schema, shapeName, value))` (model order, `undefined`/`null` members
 * omitted unless they have a `@default`, which is written instead, `Date`/`Uint8Array`/non-finite floats converted, `$unknown` unions passed through) without
 * building the intermediate wire object. Each shape's writer is built once per schema, so members that
 * need no conversion cost one `JSON.stringify` of the leaf, and values marked with `immutableOutput`
 * are written once and their text reused. Every text is one flat string made by `join`: a body built
 * with `+` is a rope that each reader (`Buffer.byteLength`, `TextEncoder`, a socket write, undici's
 * `Response`) flattens again, which costs more than writing it.
 */
export function writeStructureJson(schema: ServiceSchema, shapeName: string, value: object): string {
  return writersOf(schema).structure(shapeName).object(value);
}

/** Values `immutableOutput` froze: their JSON text may be cached by the writers. */
const immutable = new WeakSet<object>();

/**
 * Deep-freezes `value` and lets the wire writer cache its JSON text, so an output part shared across
 * responses, like a list item built once per stored revision, is serialized once. Returns `value`.
 * Freezing cannot stop changes to a `Date` or `Uint8Array` inside: the caller must not make them.
 */
export function immutableOutput<T extends object>(value: T): T {
  deepFreeze(value, new Set());
  immutable.add(value);
  return value;
}

function deepFreeze(value: unknown, seen: Set<object>): void {
  if (typeof value !== "object" || value === null || ArrayBuffer.isView(value)) return;
  // Marked values are deep-frozen already; a value frozen by someone else may still hide mutable parts.
  if (immutable.has(value) || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
}

/** JSON text of a member value in an object, or `undefined` when JSON leaves the member out. */
type Write = (value: unknown) => string | undefined;

interface StructureWriter {
  /** A value at a structure or union member (not a plain object: written as is). */
  member: Write;
  /** A plain object as this structure. */
  object: (value: object) => string;
}

interface Writers {
  structure(shapeName: string): StructureWriter;
}

const bySchema = new WeakMap<ServiceSchema, Writers>();

function writersOf(schema: ServiceSchema): Writers {
  let writers = bySchema.get(schema);
  if (!writers) {
    writers = compileWriters(schema);
    bySchema.set(schema, writers);
  }
  return writers;
}

const asIs: Write = (value) => JSON.stringify(value);

function compileWriters(schema: ServiceSchema): Writers {
  const structures = new Map<string, StructureWriter>();

  const structure = (shapeName: string): StructureWriter => {
    const known = structures.get(shapeName);
    if (known) return known;
    const shape = schema.shapes[shapeName];
    if (shape?.type !== "structure" && shape?.type !== "union")
      throw new Error(`${shapeName} is not a structure`);
    // Member writers are bound on first use, so recursive shapes compile.
    let fields: { name: string; key: string; write: Write; fallback: string | undefined }[] | undefined;
    const cache = new WeakMap<object, string>();
    const isUnion = shape.type === "union";
    const write = (value: Record<string, unknown>): string => {
      fields ??= shape.members.map((m) => ({
        name: m.name,
        key: `${JSON.stringify(m.name)}:`,
        write: member(m),
        fallback: defaultText(m),
      }));
      const parts: string[] = [];
      let written = 0;
      for (const field of fields) {
        const item = value[field.name];
        if (item === undefined || item === null) {
          if (field.fallback !== undefined) parts.push(field.key + field.fallback);
          continue;
        }
        written++;
        const text = field.write(item);
        if (text !== undefined) parts.push(field.key + text);
      }
      if (isUnion && written === 0) {
        const unknown = value.$unknown;
        if (Array.isArray(unknown) && typeof unknown[0] === "string") {
          return JSON.stringify(Object.fromEntries([[unknown[0], unknown[1]]]));
        }
      }
      return enclose("{", parts, "}");
    };
    const object = (value: object): string => {
      if (!immutable.has(value)) return write(value as Record<string, unknown>);
      let text = cache.get(value);
      if (text === undefined) {
        text = write(value as Record<string, unknown>);
        cache.set(value, text);
      }
      return text;
    };
    const writer: StructureWriter = {
      member: (value) => (isPlainObject(value) ? object(value) : JSON.stringify(value)),
      object,
    };
    structures.set(shapeName, writer);
    return writer;
  };

  const member = (m: MemberSchema): Write => {
    const target = m.target;
    if (typeof target === "string") return scalar(m);
    const name = target.shape;
    const shape = schema.shapes[name];
    if (!shape) {
      return () => {
        throw new Error(`unknown shape ${name}`);
      };
    }
    switch (shape.type) {
      case "structure":
      case "union":
        return (value) => structure(name).member(value);
      case "list": {
        const sparse = shape.sparse === true;
        let item: Write | undefined;
        return (value) => {
          if (!Array.isArray(value)) return JSON.stringify(value);
          item ??= member(shape.member);
          const parts: string[] = [];
          for (let i = 0; i < value.length; i++) {
            const v: unknown = value[i];
            if (v === null || v === undefined) {
              // Holes are skipped, like `Array.prototype.filter` skips them.
              if (sparse && (v !== undefined || i in value)) parts.push("null");
            } else {
              parts.push(item(v) ?? "null");
            }
          }
          return enclose("[", parts, "]");
        };
      }
      case "map": {
        const sparse = shape.sparse === true;
        let entry: Write | undefined;
        return (value) => {
          if (!isPlainObject(value)) return JSON.stringify(value);
          entry ??= member(shape.value);
          const parts: string[] = [];
          for (const [k, v] of Object.entries(value)) {
            const text = v === null || v === undefined ? (sparse ? "null" : undefined) : entry(v);
            if (text !== undefined) parts.push(`${JSON.stringify(k)}:${text}`);
          }
          return enclose("{", parts, "}");
        };
      }
      default:
        return asIs;
    }
  };

  return { structure };
}

/**
 * The JSON text of a member's `@default`, which a response carries when the handler leaves the member out
 * (Smithy: servers serialize default values). Defaults are in their wire form already, except timestamps
 * (epoch seconds) in another format. `null` means no default.
 */
function defaultText(m: MemberSchema): string | undefined {
  if (m.default === undefined || m.default === null) return undefined;
  if (m.target === "timestamp" && typeof m.default === "number") {
    return scalar(m)(m.default);
  }
  return JSON.stringify(m.default);
}

/** `open` + the parts joined with commas + `close`, as one flat string (see `writeStructureJson`). */
function enclose(open: string, parts: string[], close: string): string {
  const last = parts.length - 1;
  if (last < 0) return open + close;
  parts[0] = open + parts[0];
  parts[last] = parts[last] + close;
  return parts.join(",");
}

/** A scalar member's writer: the JSON text of the typed-to-wire conversion `serializeStructure` uses. */
function scalar(m: MemberSchema): Write {
  switch (m.target) {
    case "timestamp":
    case "blob":
    case "float":
    case "double":
    case "bigInteger":
    case "bigDecimal": {
      const kind = m.target;
      return (value) => JSON.stringify(toWire.scalar(value, kind, m, ""));
    }
    default:
      return asIs;
  }
}
