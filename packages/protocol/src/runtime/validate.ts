import { canonicalJson } from "../codec/canonical-json.js";
import { isPlainObject, type SchemaVisitor, walkStructure } from "../codec/walk.js";
import { base64ByteLength, isBase64 } from "../wire/base64.js";
import { patternOf } from "./pattern.js";
import type { EnumSchema, IntEnumSchema, MemberSchema, ScalarKind, ServiceSchema } from "./schema.js";
import { describeTimestampFormat, parseTimestamp } from "./timestamp.js";

/** What went wrong, independent of how a model names its validation error codes. */
export type ViolationKind =
  | "required"
  | "type"
  | "enum"
  | "pattern"
  | "length"
  | "tooFew"
  | "tooMany"
  | "range"
  | "union"
  | "unique"
  | "null";

export interface Violation {
  /** Field path with wire member names: `Catalog`, `Filters[0].Status`, `Tags.env`. */
  path: string;
  kind: ViolationKind;
  /** Smithy-style message; never echoes the offending value (it may be `@sensitive`). */
  message: string;
}

const INTEGER_BOUNDS: Partial<Record<ScalarKind, [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

const TYPE_NAMES: Partial<Record<ScalarKind, string>> = {
  string: "a string",
  boolean: "a boolean",
  byte: "an integer",
  short: "an integer",
  integer: "an integer",
  long: "an integer",
  bigInteger: "an integer",
  float: "a number",
  double: "a number",
  bigDecimal: "a number",
  blob: "a base64-encoded string",
};

/** At most this many violations are listed in a report (and so in a `ValidationException`). */
export const MAX_LISTED_VIOLATIONS = 100;
/** Violations past the listed ones are counted up to this many, then validation stops. */
const MAX_COUNTED_VIOLATIONS = 10_000;
/** Listed violations stop when their paths and messages (as JSON strings) would pass this many characters. */
const LISTED_TEXT_BUDGET = 24 * 1024;

/**
 * The outcome of checking a value: the first violations (at most {@link MAX_LISTED_VIOLATIONS}, within a text
 * budget) and how many more were found. Validation stops once {@link MAX_COUNTED_VIOLATIONS} more were counted,
 * so a request of any size costs a bounded amount of work to reject.
 */
export interface ValidationReport {
  violations: Violation[];
  /** Violations found past the listed ones. */
  omitted: number;
  /** True when validation stopped early: `omitted` is a lower bound. */
  stoppedEarly: boolean;
}

/**
 * The validating visitor of the schema walker: checks each value, lists the first violations, counts the rest,
 * and stops the walk once enough were counted.
 */
class Collector implements SchemaVisitor {
  readonly checkOnly = true;
  readonly paths = true;
  readonly listed: Violation[] = [];
  omitted = 0;
  stopped = false;
  private text = 0;

  push(violation: Violation): void {
    if (this.omitted === 0 && this.listed.length < MAX_LISTED_VIOLATIONS) {
      const size = JSON.stringify(violation.path).length + JSON.stringify(violation.message).length;
      // The first one is always listed, so a report lists a violation whenever there is one.
      if (this.listed.length === 0 || this.text + size <= LISTED_TEXT_BUDGET) {
        this.text += size;
        this.listed.push(violation);
        return;
      }
    }
    this.omitted++;
    if (this.omitted >= MAX_COUNTED_VIOLATIONS) this.stopped = true;
  }

  scalar(value: unknown, kind: ScalarKind, member: MemberSchema, path: string): unknown {
    checkScalar(member, kind, value, path, this);
    return undefined;
  }

  mismatch(_value: unknown, _shapeName: string, expected: string, path: string): unknown {
    this.push(typeError(path, expected));
    return undefined;
  }

  absent(member: MemberSchema, path: string): void {
    if (member.required && member.default === undefined) {
      this.push({ path, kind: "required", message: at(path, "not be null") });
    }
  }

  collection(
    member: MemberSchema,
    size: number,
    value: unknown[] | Record<string, unknown>,
    path: string,
  ): void {
    checkSize(member, size, path, this);
    if (Array.isArray(value) && member.uniqueItems && !allUnique(value)) {
      this.push({ path, kind: "unique", message: at(path, "have unique values") });
    }
  }

  nullItem(sparse: boolean, path: string): void {
    if (!sparse) this.push({ path, kind: "null", message: at(path, "not be null") });
  }

  enumValue(member: MemberSchema, shape: EnumSchema | IntEnumSchema, value: unknown, path: string): void {
    if (shape.type === "enum") {
      if (typeof value !== "string") {
        this.push(typeError(path, "a string"));
        return;
      }
      if (!shape.values.includes(value)) {
        this.push(enumError(path, shape));
        return;
      }
      checkString(member, value, path, this);
      return;
    }
    if (typeof value !== "number" || !Number.isInteger(value)) {
      this.push(typeError(path, "an integer"));
      return;
    }
    if (!shape.values.includes(value)) this.push(enumError(path, shape));
  }

  union(members: MemberSchema[], value: Record<string, unknown>, path: string): MemberSchema | undefined {
    const set = Object.keys(value).filter(
      (key) => key !== "__type" && value[key] !== null && value[key] !== undefined,
    );
    const member = set.length === 1 ? members.find((m) => m.name === set[0]) : undefined;
    if (!member) this.push({ path, kind: "union", message: at(path, "have exactly one known member set") });
    return member;
  }
}

/**
 * Checks a parsed AWS JSON body (a request, or a serialized response) against the structure `shapeName`:
 * the first violations and the count of the others (no violation listed means the value is valid). Unknown
 * members are ignored.
 */
export function validate(schema: ServiceSchema, shapeName: string, input: unknown): ValidationReport {
  const out = new Collector();
  const shape = schema.shapes[shapeName];
  if (shape?.type !== "structure") throw new Error(`no structure named ${shapeName}`);
  if (!isPlainObject(input)) out.push({ path: "", kind: "type", message: "Input must be a JSON object" });
  else walkStructure(schema, shapeName, input, out);
  return { violations: out.listed, omitted: out.omitted, stoppedEarly: out.stopped };
}

/** The listed violations of {@link validate} (an empty array means the value is valid). */
export function validateInput(schema: ServiceSchema, shapeName: string, input: unknown): Violation[] {
  return validate(schema, shapeName, input).violations;
}

function at(path: string, constraint: string, length?: number): string {
  const prefix = length === undefined ? "Value" : `Value with length ${length}`;
  return `${prefix} at '${path}' failed to satisfy constraint: Member must ${constraint}`;
}

function checkScalar(
  member: MemberSchema,
  kind: ScalarKind,
  value: unknown,
  path: string,
  out: Collector,
): void {
  switch (kind) {
    case "string":
      if (typeof value !== "string") {
        out.push(typeError(path, "a string"));
        return;
      }
      checkString(member, value, path, out);
      return;
    case "boolean":
      if (typeof value !== "boolean") out.push(typeError(path, "a boolean"));
      return;
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "bigInteger": {
      const bounds = INTEGER_BOUNDS[kind];
      const valid =
        typeof value === "number" &&
        Number.isInteger(value) &&
        (!bounds || (value >= bounds[0] && value <= bounds[1]));
      if (!valid) {
        out.push(typeError(path, TYPE_NAMES[kind] ?? kind));
        return;
      }
      checkRange(member, value, path, out);
      return;
    }
    case "float":
    case "double":
    case "bigDecimal": {
      const special =
        kind !== "bigDecimal" && (value === "NaN" || value === "Infinity" || value === "-Infinity");
      if (special) return;
      if (typeof value !== "number") {
        out.push(typeError(path, "a number"));
        return;
      }
      checkRange(member, value, path, out);
      return;
    }
    case "timestamp": {
      const format = member.timestampFormat ?? "epoch-seconds";
      if (!parseTimestamp(value, format)) out.push(typeError(path, describeTimestampFormat(format)));
      return;
    }
    case "blob":
      if (typeof value !== "string" || !isBase64(value)) {
        out.push(typeError(path, "a base64 string"));
        return;
      }
      checkLength(member, base64ByteLength(value), path, out);
      return;
    case "document":
      return;
  }
}

function checkString(member: MemberSchema, value: string, path: string, out: Collector): void {
  checkLength(member, codePointLength(value), path, out);
  const regex = member.pattern === undefined ? undefined : patternOf(member.pattern, member.ecmaPattern);
  if (regex !== undefined && !regex.test(value)) {
    out.push({
      path,
      kind: "pattern",
      message: at(path, `satisfy regular expression pattern: ${member.pattern}`),
    });
  }
}

function checkLength(member: MemberSchema, length: number, path: string, out: Collector): void {
  const bounds = member.length;
  if (!bounds || withinBounds(bounds, length)) return;
  out.push({ path, kind: "length", message: at(path, `have length ${describeBounds(bounds)}`, length) });
}

function checkSize(member: MemberSchema, size: number, path: string, out: Collector): void {
  const bounds = member.length;
  if (!bounds || withinBounds(bounds, size)) return;
  const kind = bounds.min !== undefined && size < bounds.min ? "tooFew" : "tooMany";
  out.push({ path, kind, message: at(path, `have length ${describeBounds(bounds)}`, size) });
}

function checkRange(member: MemberSchema, value: number, path: string, out: Collector): void {
  const bounds = member.range;
  if (!bounds || withinBounds(bounds, value)) return;
  out.push({ path, kind: "range", message: at(path, `be ${describeBounds(bounds)}`) });
}

function withinBounds(bounds: { min?: number; max?: number }, n: number): boolean {
  return (bounds.min === undefined || n >= bounds.min) && (bounds.max === undefined || n <= bounds.max);
}

function describeBounds(bounds: { min?: number; max?: number }): string {
  if (bounds.min !== undefined && bounds.max !== undefined)
    return `between ${bounds.min} and ${bounds.max}, inclusive`;
  if (bounds.min !== undefined) return `greater than or equal to ${bounds.min}`;
  return `less than or equal to ${bounds.max}`;
}

function typeError(path: string, expected: string): Violation {
  const where = path === "" ? "Input" : `Value at '${path}'`;
  return { path, kind: "type", message: `${where} failed to satisfy constraint: Member must be ${expected}` };
}

/** A value outside the model's enum (or intEnum) value set; the message lists the set. */
function enumError(path: string, shape: EnumSchema | IntEnumSchema): Violation {
  return { path, kind: "enum", message: at(path, `satisfy enum value set: [${shape.values.join(", ")}]`) };
}

function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function allUnique(items: unknown[]): boolean {
  const seen = new Set(items.map(canonicalJson));
  return seen.size === items.length;
}
