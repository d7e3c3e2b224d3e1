/**
 * Values that selector attributes (`[id|name]`, `[trait|http|method]`, `[service|version]`,
 * `[var|x]`) resolve to, and the comparators applied to them. Mirrors the semantics of Smithy's
 * selector attributes: a missing value is "not present"; a projection (`(keys)`, `(values)`)
 * matches when any of its values matches.
 */
import type { NodeValue } from "../../ast.js";
import { isNodeObject } from "../../node-value.js";
import type { ShapeLike } from "../shape-index.js";
import { isMember } from "../shape-index.js";
import type { Comparator } from "./selector-ast.js";

export interface AttributeValue {
  readonly present: boolean;
  /** The string compared by string comparators ("" for objects, arrays and projections). */
  text(): string;
  property(key: string): AttributeValue;
  /** A projection's values (recursively flattened); any other value is its own single value. */
  flatten(): AttributeValue[];
}

const KEYS = "(keys)";
const VALUES = "(values)";
const LENGTH = "(length)";
const FIRST = "(first)";

export const EMPTY: AttributeValue = {
  present: false,
  text: () => "",
  property: () => EMPTY,
  flatten(): AttributeValue[] {
    return [EMPTY];
  },
};

export function literal(value: string | number): AttributeValue {
  const text = String(value);
  const self: AttributeValue = {
    present: true,
    text: () => text,
    property: (key) => (key === LENGTH ? literal(text.length) : EMPTY),
    flatten: () => [self],
  };
  return self;
}

export function projection(values: AttributeValue[]): AttributeValue {
  let flat: AttributeValue[] | undefined;
  const self: AttributeValue = {
    present: values.length > 0,
    text: () => "",
    property(key) {
      if (key === FIRST) return self.flatten()[0] ?? EMPTY;
      return projection(values.map((v) => v.property(key)).filter((v) => v.present));
    },
    flatten() {
      flat ??= values.flatMap((v) => (isProjection(v) ? v.flatten() : [v]));
      return flat;
    },
  };
  projections.add(self);
  return self;
}

const projections = new WeakSet<AttributeValue>();

function isProjection(v: AttributeValue): boolean {
  return projections.has(v);
}

/** A node value inside a trait; `null` is not present. */
export function nodeValue(value: NodeValue): AttributeValue {
  const self: AttributeValue = {
    present: value !== null,
    text() {
      if (typeof value === "string") return value;
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      return "";
    },
    property(key) {
      if (isNodeObject(value)) {
        if (key === KEYS) return projection(Object.keys(value).map((k) => nodeValue(k)));
        if (key === VALUES) return projection(Object.values(value).map((v) => nodeValue(v)));
        if (key === LENGTH) return literal(Object.keys(value).length);
        return Object.hasOwn(value, key) ? nodeValue(value[key] as NodeValue) : EMPTY;
      }
      if (Array.isArray(value)) {
        if (key === VALUES) return projection(value.map((v) => nodeValue(v)));
        if (key === LENGTH) return literal(value.length);
        return EMPTY;
      }
      if (typeof value === "string" && key === LENGTH) return literal(value.length);
      return EMPTY;
    },
    flatten: () => [self],
  };
  return self;
}

/** A shape ID: `namespace`, `name`, `member`, `(length)`. */
export function idValue(id: string): AttributeValue {
  const self: AttributeValue = {
    present: true,
    text: () => id,
    property(key) {
      const hash = id.indexOf("#");
      const dollar = id.indexOf("$");
      switch (key) {
        case "namespace":
          return literal(id.slice(0, hash));
        case "name":
          return literal(id.slice(hash + 1, dollar < 0 ? undefined : dollar));
        case "member":
          return dollar < 0 ? EMPTY : literal(id.slice(dollar + 1));
        case LENGTH:
          return literal(id.length);
        default:
          return EMPTY;
      }
    },
    flatten: () => [self],
  };
  return self;
}

/** The `trait` attribute: trait values by (relative = `smithy.api`) ID, `(keys)`, `(values)`. */
function traitsValue(shape: ShapeLike): AttributeValue {
  const self: AttributeValue = {
    present: true,
    text: () => "",
    property(key) {
      switch (key) {
        case KEYS:
          return projection([...shape.traits.keys()].map(idValue));
        case VALUES:
          return projection([...shape.traits.values()].map(nodeValue));
        case LENGTH:
          return literal(shape.traits.size);
        default: {
          const id = key.includes("#") ? key : `smithy.api#${key}`;
          const value = shape.traits.get(id);
          return value === undefined ? EMPTY : nodeValue(value);
        }
      }
    },
    flatten: () => [self],
  };
  return self;
}

/** The root attribute of a shape: `id`, `trait`, `service`, `var`. */
export function shapeAttribute(
  shape: ShapeLike,
  vars: ReadonlyMap<string, ShapeLike[]>,
  key: string,
): AttributeValue {
  switch (key) {
    case "id":
      return idValue(shape.id);
    case "trait":
      return traitsValue(shape);
    case "service":
      if (isMember(shape) || shape.type !== "service") return EMPTY;
      return {
        present: true,
        text: () => shape.id,
        property: (k) =>
          k === "version" ? literal(shape.version ?? "") : k === "id" ? idValue(shape.id) : EMPTY,
        flatten() {
          return [this];
        },
      };
    case "var":
      return {
        present: true,
        text: () => "",
        property: (name) => projection((vars.get(name) ?? []).map((s) => idValue(s.id))),
        flatten() {
          return [this];
        },
      };
    default:
      return EMPTY;
  }
}

/** The current shape as an attribute value: `[id]`, `[trait|...]`, `[@: @{trait|...} ...]`. */
export function shapeValue(shape: ShapeLike, vars: ReadonlyMap<string, ShapeLike[]>): AttributeValue {
  const self: AttributeValue = {
    present: true,
    text: () => shape.id,
    property: (key) => shapeAttribute(shape, vars, key),
    flatten: () => [self],
  };
  return self;
}

export function getPath(value: AttributeValue, path: readonly string[]): AttributeValue {
  let current = value;
  for (const key of path) current = current.property(key);
  return current;
}

/** Compares two attribute values with a comparator (Smithy's `AttributeComparator`). */
export function compareValues(
  comparator: Comparator,
  lhs: AttributeValue,
  rhs: AttributeValue,
  insensitive: boolean,
): boolean {
  if (comparator.startsWith("{")) return compareProjections(comparator, lhs, rhs, insensitive);
  for (const l of lhs.flatten()) {
    for (const r of rhs.flatten()) {
      if (compareScalar(comparator, l, r, insensitive)) return true;
    }
  }
  return false;
}

function compareScalar(
  comparator: Comparator,
  lhs: AttributeValue,
  rhs: AttributeValue,
  insensitive: boolean,
): boolean {
  if (comparator === "?=") {
    const want = rhs.text();
    return (lhs.present && want === "true") || (!lhs.present && want === "false");
  }
  if (!lhs.present || !rhs.present) return false;
  let a = lhs.text();
  let b = rhs.text();
  if (insensitive) {
    a = a.toLowerCase();
    b = b.toLowerCase();
  }
  switch (comparator) {
    case "=":
      return a === b;
    case "!=":
      return a !== b;
    case "^=":
      return a.startsWith(b);
    case "$=":
      return a.endsWith(b);
    case "*=":
      return a.includes(b);
    case ">":
    case ">=":
    case "<":
    case "<=": {
      const x = parseNumber(a);
      const y = parseNumber(b);
      if (x === undefined || y === undefined) return false;
      if (comparator === ">") return x > y;
      if (comparator === ">=") return x >= y;
      if (comparator === "<") return x < y;
      return x <= y;
    }
    default:
      return false;
  }
}

function parseNumber(text: string): number | undefined {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}

function compareProjections(
  comparator: Comparator,
  lhs: AttributeValue,
  rhs: AttributeValue,
  insensitive: boolean,
): boolean {
  if (!lhs.present || !rhs.present) return false;
  const norm = (v: AttributeValue) => (insensitive ? v.text().toLowerCase() : v.text());
  const left = new Set(
    lhs
      .flatten()
      .filter((v) => v.present)
      .map(norm),
  );
  const right = new Set(
    rhs
      .flatten()
      .filter((v) => v.present)
      .map(norm),
  );
  const subset = [...left].every((v) => right.has(v));
  switch (comparator) {
    case "{=}":
      return subset && left.size === right.size;
    case "{!=}":
      return !(subset && left.size === right.size);
    case "{<}":
      return subset;
    case "{<<}":
      return subset && left.size < right.size;
    default:
      return false;
  }
}
