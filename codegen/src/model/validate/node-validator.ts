/**
 * Validates a node value (a trait value, a `@default`) against a shape, as Smithy's
 * `NodeValidationVisitor` does: node types per shape type, integer ranges, required and unknown
 * structure members, unions, and the constraint traits (`length`, `range`, `pattern`, enum
 * values, `idRef`, timestamps) found on the member and on its target. Messages follow Smithy's
 * wording; nested values prefix their path (`Error validating trait \`x\`.a.0: ...`).
 */
import type { NodeValue } from "../ast.js";
import type { Diagnostic, Severity } from "../diagnostic.js";
import type { Shape } from "../model.js";
import { isNodeObject } from "../node-value.js";
import { compilePattern } from "../pattern/java-regex.js";
import { isShared } from "../shared-prelude.js";
import { tickedList } from "./events.js";
import { compileSelector } from "./selector/selector.js";
import { isMember, type ShapeIndex, type ShapeLike, typeOf } from "./shape-index.js";

export interface NodeValidation {
  index: ShapeIndex;
  /** Event id (`TraitValue`, `DefaultTrait`). */
  eventId: string;
  /** The shape the events are about (the one carrying the trait). */
  subject: ShapeLike;
  /** Message prefix, e.g. "Error validating trait `length`". */
  context: string;
  events: Diagnostic[];
  /**
   * A value of 0 outside a `@range` is a WARNING, not an ERROR (Smithy's
   * RANGE_TRAIT_ZERO_VALUE_WARNING, used for `@default`): IDL 1.0 models gave unboxed numbers a
   * zero default whatever their range, and converting them to 2.0 must not break them.
   */
  rangeZeroWarning?: boolean;
  /**
   * Set when a check read what a model may change (see shared-prelude.ts): an `idRef` to a shape
   * that is not a shared one (or to none), or tested by a selector that may read more than the
   * shared shape's own traits.
   */
  readModel?: boolean;
}

const INTEGER_BOUNDS: Record<string, [number, number] | undefined> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  intEnum: [-2147483648, 2147483647],
  // 2^63 - 1 is 2^63 as a double; a long beyond that is out of range
  long: [-(2 ** 63), 2 ** 63],
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Where the value being visited is within the value validated: the keys and indexes on the way to
 * it, made the text of a message's prefix (`a.0`, `k (map-key)`) only when an event is reported.
 */
class ValuePath {
  private readonly segments: (string | number)[] = [];
  /** Parallel to `segments`: whether the segment is a map key (written `k (map-key)`). */
  private readonly mapKeys: boolean[] = [];
  private depth = 0;

  reset(): void {
    this.depth = 0;
  }

  push(segment: string | number, mapKey = false): void {
    this.segments[this.depth] = segment;
    this.mapKeys[this.depth] = mapKey;
    this.depth++;
  }

  pop(): void {
    this.depth--;
  }

  text(): string {
    let out = "";
    for (let i = 0; i < this.depth; i++) {
      const segment = String(this.segments[i]);
      const written = this.mapKeys[i] ? `${segment} (map-key)` : segment;
      out = i === 0 ? written : `${out}.${written}`;
    }
    return out;
  }
}

/**
 * One path for every validation: a node validation never runs inside another (nothing below calls
 * `validateNode`), so the stack is empty when one starts, and nothing is allocated per value visited.
 */
const PATH = new ValuePath();

export function validateNode(v: NodeValidation, shape: ShapeLike, value: NodeValue): void {
  PATH.reset();
  visit(v, shape, value, PATH);
}

function nodeType(value: NodeValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "object";
  return typeof value;
}

function emit(v: NodeValidation, at: ValuePath, message: string, severity: Severity = "ERROR"): void {
  const path = at.text();
  const prefix = path === "" ? v.context : `${v.context}.${path}`;
  v.events.push({
    severity,
    id: v.eventId,
    message: prefix === "" ? message : `${prefix}: ${message}`,
    shapeId: v.subject.id,
    location: v.subject.location,
  });
}

function visit(v: NodeValidation, shape: ShapeLike, value: NodeValue, path: ValuePath): void {
  if (isMember(shape)) {
    const target = v.index.get(shape.target);
    if (!target) return;
    if (typeOf(target) === "timestamp") {
      // Timestamps honour a member-level `@timestampFormat`, so they are checked from the member.
      timestamp(v, shape, target, value, path);
      return;
    }
    applyConstraints(v, shape, target, value, path);
    visit(v, target, value, path);
    return;
  }
  const problem = typeProblem(shape, value);
  if (problem !== undefined) {
    if (problem !== "") emit(v, path, problem);
    return;
  }
  switch (shape.type) {
    case "timestamp":
      timestamp(v, shape, shape, value, path);
      break;
    case "list": {
      applyConstraints(v, shape, shape, value, path);
      const member = shape.members.get("member");
      if (member && Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          visit(v, member, value[i] as NodeValue, path);
          path.pop();
        }
      }
      break;
    }
    case "map": {
      if (!isNodeObject(value)) break;
      applyConstraints(v, shape, shape, value, path);
      const key = shape.members.get("key");
      const val = shape.members.get("value");
      // own keys only: a node object's prototype has no enumerable keys (no entry arrays made)
      for (const k in value) {
        if (key) {
          path.push(k, true);
          visit(v, key, k, path);
          path.pop();
        }
        if (val) {
          path.push(k);
          visit(v, val, value[k] as NodeValue, path);
          path.pop();
        }
      }
      break;
    }
    case "structure": {
      if (!isNodeObject(value)) break;
      for (const k in value) {
        const member = shape.members.get(k);
        if (!member) emit(v, path, `Invalid structure member \`${k}\` found for \`${shape.id}\``, "WARNING");
        else {
          path.push(k);
          visit(v, member, value[k] as NodeValue, path);
          path.pop();
        }
      }
      for (const member of shape.members.values()) {
        if (member.traits.has("smithy.api#required") && !Object.hasOwn(value, member.name)) {
          emit(v, path, `Missing required structure member \`${member.name}\` for \`${shape.id}\``);
        }
      }
      break;
    }
    case "union": {
      if (!isNodeObject(value)) break;
      const entries = Object.entries(value);
      if (entries.length > 1) {
        emit(v, path, "union values can contain a value for only a single member");
        break;
      }
      for (const [k, entry] of entries) {
        const member = shape.members.get(k);
        if (!member) emit(v, path, `Invalid union member \`${k}\` found for \`${shape.id}\``);
        else {
          path.push(k);
          visit(v, member, entry, path);
          path.pop();
        }
      }
      break;
    }
    case "document":
      break;
    default:
      applyConstraints(v, shape, shape, value, path);
  }
}

/**
 * Why `value` cannot be a value of `shape` at all (wrong node type, fractional or out-of-range
 * integer, bad special float); `""` when the value is fine but needs no further checks;
 * `undefined` when the value has the right type.
 */
function typeProblem(shape: Shape, value: NodeValue): string | undefined {
  // `invalid` is a function of its own, not a closure made on every call
  switch (shape.type) {
    case "blob":
    case "string":
    case "enum":
      return typeof value === "string" ? undefined : invalid(shape, value, "string");
    case "boolean":
      return typeof value === "boolean" ? undefined : invalid(shape, value, "boolean");
    case "byte":
    case "short":
    case "integer":
    case "intEnum":
    case "long":
    case "bigInteger": {
      if (typeof value !== "number") return invalid(shape, value, "number");
      if (!Number.isInteger(value)) {
        return `${shape.type} shapes must not have floating point values, but found \`${value}\` provided for \`${shape.id}\``;
      }
      const bounds = INTEGER_BOUNDS[shape.type];
      if (bounds && value < bounds[0])
        return `${shape.type} value must be > ${bounds[0]}, but found ${value}`;
      if (bounds && value > bounds[1])
        return `${shape.type} value must be < ${bounds[1]}, but found ${value}`;
      return undefined;
    }
    case "float":
    case "double":
      if (typeof value === "string") {
        return value === "NaN" || value === "Infinity" || value === "-Infinity"
          ? ""
          : `Value for \`${shape.id}\` must either be numeric or one of the following strings: ["NaN", "Infinity", "-Infinity"], but was "${value}"`;
      }
      return typeof value === "number" ? undefined : invalid(shape, value, "number");
    case "bigDecimal":
      return typeof value === "number" ? undefined : invalid(shape, value, "number");
    case "list":
      return Array.isArray(value) ? undefined : invalid(shape, value, "array");
    case "map":
    case "structure":
    case "union":
      return isNodeObject(value) ? undefined : invalid(shape, value, "object");
    case "document":
    case "timestamp":
      return undefined;
    default:
      return `Encountered invalid shape type: ${shape.type}`;
  }
}

/** `typeProblem`'s message for a value of the wrong node type. */
function invalid(shape: Shape, value: NodeValue, expected: string): string {
  let message = `Expected ${expected} value for ${shape.type} shape, \`${shape.id}\`; found ${nodeType(value)} value`;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    message += `, \`${value}\``;
  return message;
}

/** The size `@length` bounds for a blob, list or map value, with its unit; undefined for other values. */
function measured(value: NodeValue, type: string | undefined): [number, string] | undefined {
  if (typeof value === "string" && type === "blob") return [Buffer.byteLength(value, "utf8"), "bytes"];
  if (Array.isArray(value) && type === "list") return [value.length, "elements"];
  if (isNodeObject(value) && type === "map") return [Object.keys(value).length, "entries"];
  return undefined;
}

/**
 * The constraint-trait checks ("plugins") of `holder` (a member or the target itself) for a value
 * whose shape is `target`.
 */
function applyConstraints(
  v: NodeValidation,
  holder: ShapeLike,
  target: ShapeLike,
  value: NodeValue,
  path: ValuePath,
): void {
  const type = typeOf(target);
  const id = holder.id;
  const length = holder.traits.get("smithy.api#length");
  if (isNodeObject(length)) {
    const min = typeof length.min === "number" ? length.min : undefined;
    const max = typeof length.max === "number" ? length.max : undefined;
    if (typeof value === "string" && (type === "string" || type === "enum")) {
      const n = [...value].length;
      if (min !== undefined && n < min) {
        emit(
          v,
          path,
          `String value provided for \`${id}\` must be >= ${min} characters, but the provided value is only ${n} characters.`,
        );
      }
      if (max !== undefined && n > max) {
        emit(
          v,
          path,
          `String value provided for \`${id}\` must be <= ${max} characters, but the provided value is ${n} characters.`,
        );
      }
    } else {
      const counted = measured(value, type);
      if (counted) {
        const [n, unit] = counted;
        if (min !== undefined && n < min) {
          emit(
            v,
            path,
            `Value provided for \`${id}\` must have at least ${min} ${unit}, but the provided value only has ${n} ${unit}`,
          );
        }
        if (max !== undefined && n > max) {
          emit(
            v,
            path,
            `Value provided for \`${id}\` must have no more than ${max} ${unit}, but the provided value has ${n} ${unit}`,
          );
        }
      }
    }
  }
  const range = holder.traits.get("smithy.api#range");
  if (isNodeObject(range) && typeof value === "number") {
    const severity: Severity = v.rangeZeroWarning && value === 0 ? "WARNING" : "ERROR";
    if (typeof range.min === "number" && value < range.min) {
      emit(
        v,
        path,
        `Value provided for \`${id}\` must be greater than or equal to ${range.min}, but found ${value}`,
        severity,
      );
    }
    if (typeof range.max === "number" && value > range.max) {
      emit(
        v,
        path,
        `Value provided for \`${id}\` must be less than or equal to ${range.max}, but found ${value}`,
        severity,
      );
    }
  }
  const pattern = holder.traits.get("smithy.api#pattern");
  if (typeof pattern === "string" && typeof value === "string" && (type === "string" || type === "enum")) {
    const regex = compilePattern(pattern);
    if (regex && !regex.test(value)) {
      emit(v, path, `String value provided for \`${id}\` must match regular expression: ${pattern}`);
    }
  }
  if (typeof value === "string" && (type === "string" || type === "enum")) {
    enumValues(v, holder, value, path);
    const idRef = holder.traits.get("smithy.api#idRef");
    if (idRef !== undefined) checkIdRef(v, idRef, value, path);
  }
  if (typeof value === "number" && holder === target && !isMember(target) && target.type === "intEnum") {
    const allowed = [...target.members.values()].map((m) => m.traits.get("smithy.api#enumValue"));
    if (!allowed.includes(value)) {
      emit(
        v,
        path,
        `Integer value provided for \`${id}\` must be one of the following values: ${tickedList(allowed.map(String))}, but found ${value}`,
      );
    }
  }
}

function enumValues(v: NodeValidation, holder: ShapeLike, value: string, path: ValuePath): void {
  let allowed: string[] | undefined;
  if (!isMember(holder) && holder.type === "enum") {
    allowed = [...holder.members.values()]
      .map((m) => m.traits.get("smithy.api#enumValue"))
      .filter((x) => typeof x === "string");
  } else {
    const legacy = holder.traits.get("smithy.api#enum");
    if (Array.isArray(legacy)) {
      allowed = legacy.flatMap((d) => (isNodeObject(d) && typeof d.value === "string" ? [d.value] : []));
    }
  }
  if (allowed && !allowed.includes(value)) {
    emit(
      v,
      path,
      `String value provided for \`${holder.id}\` must be one of the following values: ${tickedList(allowed)}`,
    );
  }
}

const SHAPE_ID =
  /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*(\$[A-Za-z_][A-Za-z0-9_]*)?$/;

function checkIdRef(v: NodeValidation, idRef: NodeValue, value: string, path: ValuePath): void {
  const options = isNodeObject(idRef) ? idRef : {};
  if (!SHAPE_ID.test(value)) {
    emit(v, path, `Invalid shape ID: ${value}`);
    return;
  }
  const shape = v.index.get(value);
  if (!shape || !isShared(shape)) v.readModel = true;
  if (!shape) {
    if (options.failWhenMissing === true) {
      const custom = typeof options.errorMessage === "string" ? options.errorMessage : undefined;
      emit(v, path, custom ?? `Shape ID \`${value}\` was not found in the model`);
    }
    return;
  }
  const selector = typeof options.selector === "string" ? options.selector : "*";
  if (selector.trim() === "*") return;
  if (!TRAIT_ATTRIBUTE.test(selector)) v.readModel = true;
  const matches = idRefMatches(v.index, selector);
  if (matches && !matches(shape)) {
    emit(v, path, `Shape ID \`${value}\` does not match selector \`${selector}\``);
  }
}

/** A selector reading only whether a shape has a trait (`[trait|trait]`, the prelude's one). */
const TRAIT_ATTRIBUTE = /^\[trait\|[A-Za-z0-9_.#]+\]$/;

type Matcher = (shape: ShapeLike) => boolean;

const idRefCache = new WeakMap<ShapeIndex, Map<string, Matcher | undefined>>();

function idRefMatches(index: ShapeIndex, selector: string): Matcher | undefined {
  let cache = idRefCache.get(index);
  if (!cache) {
    cache = new Map();
    idRefCache.set(index, cache);
  }
  if (!cache.has(selector)) {
    let result: Matcher | undefined;
    try {
      result = compileSelector(selector).matcher(index);
    } catch {
      // An invalid selector matches nothing here; the idRef definition is at fault, not the value.
      result = undefined;
    }
    cache.set(selector, result);
  }
  return cache.get(selector);
}

function timestamp(
  v: NodeValidation,
  holder: ShapeLike,
  target: ShapeLike,
  value: NodeValue,
  path: ValuePath,
): void {
  const format =
    holder.traits.get("smithy.api#timestampFormat") ?? target.traits.get("smithy.api#timestampFormat");
  if (typeof value === "number") {
    if (format === "date-time" || format === "http-date") {
      emit(
        v,
        path,
        `Invalid number value provided for timestamp, \`${holder.id}\`. Expected a string in the ${format} format`,
      );
    }
    return;
  }
  if (typeof value === "string") {
    const ok =
      format === "http-date"
        ? HTTP_DATE.test(value)
        : format === "epoch-seconds"
          ? false
          : RFC3339.test(value);
    if (!ok) {
      emit(
        v,
        path,
        format === "epoch-seconds"
          ? `Invalid string value provided for timestamp, \`${holder.id}\`. Expected a number that contains epoch seconds with optional millisecond precision`
          : `Invalid string value, \`${value}\`, provided for timestamp, \`${holder.id}\`. Expected ${format === "http-date" ? "an RFC 7231 formatted timestamp" : 'an RFC 3339 formatted timestamp (e.g., "1985-04-12T23:20:50.52Z")'}`,
      );
    }
    return;
  }
  emit(
    v,
    path,
    `Invalid ${nodeType(value)} value provided for timestamp, \`${holder.id}\`. Expected a number that contains epoch seconds with optional millisecond precision, or a string that contains an RFC 3339 formatted timestamp (e.g., "1985-04-12T23:20:50.52Z")`,
  );
}
