/**
 * `protocols/Aws_json1_0.ts`: the AWS JSON serializers (`se_*`) and deserializers (`de_*`), one
 * per operation plus one per shape that needs converting (structures and unions always, so only
 * modelled members cross the wire; lists/maps only when their elements need it; timestamps,
 * blobs and floats by value). Top-level `const` arrow functions only, so bundlers drop what a
 * command does not use.
 */
import type { MemberIR, OperationIR, ServiceIR, ShapeIR, StructureIR, TypeRef } from "../../ir/types.js";
import { CodeWriter, tsPropertyKey, tsString } from "../code-writer.js";
import { typeNameOf } from "../ts-names.js";
import { isError, PROTOTYPE_KEYS, readMember, writeMember } from "./models.js";
import {
  type ClientNames,
  commandInput,
  commandOutput,
  FILES,
  modelsImport,
  RUNTIME,
  relativeImport,
} from "./names.js";
import { newTypeUse, tsTypeOf } from "./type-expr.js";

type Direction = "se" | "de";

/** Whether values of `ref` must go through a function rather than pass as they are. */
function needsConversion(ir: ServiceIR, ref: TypeRef, seen = new Set<string>()): boolean {
  if (ref.kind === "scalar") {
    return ["timestamp", "blob", "float", "double"].includes(ref.scalar);
  }
  const shape = ir.shapes.get(ref.name);
  if (!shape || seen.has(shape.name)) return false;
  seen.add(shape.name);
  switch (shape.kind) {
    case "structure":
    case "union":
      return true;
    case "list":
      return needsConversion(ir, shape.member.type, seen);
    case "map":
      return needsConversion(ir, shape.value.type, seen);
    default:
      return false;
  }
}

/** Aggregate shapes reachable from `roots` that need a converter function. */
function reachable(ir: ServiceIR, roots: readonly string[]): ShapeIR[] {
  const out = new Map<string, ShapeIR>();
  const visit = (name: string): void => {
    const shape = ir.shapes.get(name);
    if (!shape || out.has(name) || !needsConversion(ir, { kind: "shape", name })) return;
    out.set(name, shape);
    const refs: TypeRef[] =
      shape.kind === "structure" || shape.kind === "union"
        ? shape.members.map((m) => m.type)
        : shape.kind === "list"
          ? [shape.member.type]
          : shape.kind === "map"
            ? [shape.value.type]
            : [];
    for (const ref of refs) if (ref.kind === "shape") visit(ref.name);
  };
  for (const root of roots) visit(root);
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The runtime serde helpers per direction: timestamp formats, blobs, floats. */
const SERDE_HELPERS = {
  se: {
    "date-time": "serializeDateTime",
    "http-date": "serializeHttpDate",
    "epoch-seconds": "serializeEpochSeconds",
    blob: "serializeBlob",
    float: "serializeFloat",
  },
  de: {
    "date-time": "parseDateTime",
    "http-date": "parseHttpDate",
    "epoch-seconds": "parseEpochSeconds",
    blob: "parseBlob",
    float: "parseFloatValue",
  },
} as const;

class ProtocolWriter {
  readonly w = new CodeWriter();
  readonly use = newTypeUse();
  readonly from: string;

  constructor(
    readonly ir: ServiceIR,
    readonly names: ClientNames,
  ) {
    this.from = FILES.protocol(names);
  }

  runtime(module: keyof typeof RUNTIME, name: string, type = false): string {
    const from = relativeImport(this.from, RUNTIME[module]);
    return type ? this.w.importType(from, name) : this.w.import(from, name);
  }

  type(ref: TypeRef): string {
    return tsTypeOf(this.ir, ref, this.use);
  }

  /** Serializer expression for a value `expr` of type `ref` (known not to be null). */
  se(ref: TypeRef, expr: string, member?: MemberIR): string {
    return this.convert("se", ref, expr, member) ?? expr;
  }

  /** Deserializer expression for a wire value `expr` (known not to be null) of type `ref`. */
  de(ref: TypeRef, expr: string, member?: MemberIR): string {
    return this.convert("de", ref, expr, member) ?? `${expr} as ${this.type(ref)}`;
  }

  /** The conversion of `expr` in one direction, or undefined when the value goes over the wire as is. */
  private convert(direction: "se" | "de", ref: TypeRef, expr: string, member?: MemberIR): string | undefined {
    const fn = this.converter(direction, ref, member);
    return fn === undefined ? undefined : `${fn}(${expr})`;
  }

  /** The function converting a value of `ref` in one direction, or undefined when it goes over the wire as is. */
  converter(direction: "se" | "de", ref: TypeRef, member?: MemberIR): string | undefined {
    if (ref.kind !== "scalar")
      return needsConversion(this.ir, ref) ? `${direction}_${typeNameOf(this.ir, ref.name)}` : undefined;
    const helpers = SERDE_HELPERS[direction];
    let fn: string | undefined;
    switch (ref.scalar) {
      case "timestamp":
        fn = helpers[member?.timestampFormat ?? "epoch-seconds"];
        break;
      case "blob":
        fn = helpers.blob;
        break;
      case "float":
      case "double":
        fn = helpers.float;
        break;
    }
    return fn === undefined ? undefined : this.runtime("serde", fn);
  }

  /**
   * The wire form of a member's `@default`, which a client sends when the member is absent from a
   * structure below the top-level input (Smithy: those members keep their defaults). None for
   * `@clientOptional` members and `null` defaults.
   */
  wireDefault(m: MemberIR): string | undefined {
    if (m.default === undefined || m.default === null || m.clientOptional) return undefined;
    if (m.type.kind === "scalar" && m.type.scalar === "timestamp") {
      const date = defaultDate(m.default);
      if (date === undefined) return undefined;
      const format = m.timestampFormat ?? "epoch-seconds";
      if (format === "epoch-seconds") return String(date.getTime() / 1000);
      return tsString(format === "date-time" ? date.toISOString().replace(".000Z", "Z") : date.toUTCString());
    }
    return JSON.stringify(m.default);
  }

  /** A member's `@default` as a TypeScript value, filled in when a response leaves the member out. */
  typedDefault(m: MemberIR): string | undefined {
    if (m.default === undefined || m.default === null || m.clientOptional) return undefined;
    if (m.type.kind === "scalar") {
      switch (m.type.scalar) {
        case "timestamp": {
          const date = defaultDate(m.default);
          return date === undefined ? undefined : `new Date(${date.getTime()})`;
        }
        case "blob":
          return typeof m.default === "string"
            ? `${this.runtime("serde", "parseBlob")}(${tsString(m.default)})`
            : undefined;
      }
    }
    return JSON.stringify(m.default);
  }

  /**
   * Client error correction (Smithy): a required member a response leaves out, without a default, gets
   * the zero value of its type so the output still satisfies its type. Enums, documents, structures and
   * unions have no zero value of their TypeScript type and stay absent.
   */
  zeroValue(m: MemberIR): string | undefined {
    if (m.type.kind === "shape") {
      const target = this.ir.shapes.get(m.type.name);
      if (target?.kind === "list") return "[]";
      if (target?.kind === "map") return "{}";
      return undefined;
    }
    switch (m.type.scalar) {
      case "string":
        return '""';
      case "boolean":
        return "false";
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "float":
      case "double":
        return "0";
      case "timestamp":
        return "new Date(0)";
      case "blob":
        return "new Uint8Array(0)";
      default:
        return undefined;
    }
  }

  /**
   * Members in runs: a run of two or more that pass as they are (no conversion, default or idempotency
   * token; not a name `Object.prototype` has) becomes one `copyMembers` call, in member order (the order
   * of the body's keys); any other member is one statement of its own.
   */
  private memberRuns(shape: StructureIR, plain: (m: MemberIR) => boolean): (MemberIR | MemberIR[])[] {
    const runs: (MemberIR | MemberIR[])[] = [];
    let run: MemberIR[] = [];
    const flush = (): void => {
      if (run.length >= 2) runs.push(run);
      else runs.push(...run);
      run = [];
    };
    for (const m of shape.members) {
      if (plain(m) && !PROTOTYPE_KEYS.has(m.name)) {
        run.push(m);
        continue;
      }
      flush();
      runs.push(m);
    }
    flush();
    return runs;
  }

  private copyMembers(from: string, run: readonly MemberIR[], to: string): string {
    return `${this.runtime("serde", "copyMembers")}(${from}, [${run.map((m) => tsString(m.name)).join(", ")}], ${to})`;
  }

  structure(dir: Direction, shape: StructureIR): void {
    const { w } = this;
    const JsonObject = this.runtime("jsonBody", "JsonObject", true);
    if (dir === "se") {
      if (shape.members.length === 0) {
        w.line(`const se_${this.fn(shape)} = (_input: ${this.typeName(shape)}): ${JsonObject} => ({});`);
        return;
      }
      const fallback = (m: MemberIR): string | undefined =>
        shape.role === "input" ? undefined : this.wireDefault(m);
      const token = (m: MemberIR): boolean =>
        m.idempotencyToken === true && m.type.kind === "scalar" && m.type.scalar === "string";
      const runs = this.memberRuns(
        shape,
        (m) => !token(m) && fallback(m) === undefined && this.converter("se", m.type, m) === undefined,
      );
      const head = `const se_${this.fn(shape)} = (input: ${this.typeName(shape)}): ${JsonObject} =>`;
      const [only] = runs;
      if (runs.length === 1 && Array.isArray(only)) {
        w.line(`${head} ${this.copyMembers("input", only, "{}")};`);
        return;
      }
      w.block(
        head,
        () => {
          w.line(`const out: ${JsonObject} = {};`);
          for (const entry of runs) {
            if (Array.isArray(entry)) {
              w.line(`${this.copyMembers("input", entry, "out")};`);
              continue;
            }
            const m = entry;
            const get = readMember("input", m.name);
            const set = (value: string): string => writeMember("out", m.name, value);
            const wire = fallback(m);
            if (token(m)) {
              w.line(set(`${get} ?? ${this.runtime("uuid", "generateIdempotencyToken")}()`));
            } else if (wire !== undefined) {
              w.line(set(`${get} != null ? ${this.se(m.type, get, m)} : ${wire}`));
            } else {
              w.line(`if (${get} != null) ${set(this.se(m.type, get, m))}`);
            }
          }
          w.line("return out;");
        },
        ";",
      );
      return;
    }
    const asObject = this.runtime("serde", "asObject");
    if (shape.members.length === 0) {
      w.line(`const de_${this.fn(shape)} = (_value: unknown): ${this.typeName(shape)} => ({});`);
      return;
    }
    const fallback = (m: MemberIR): string | undefined =>
      this.typedDefault(m) ?? (m.required ? this.zeroValue(m) : undefined);
    const runs = this.memberRuns(
      shape,
      (m) => fallback(m) === undefined && this.converter("de", m.type, m) === undefined,
    );
    const head = `const de_${this.fn(shape)} = (value: unknown): ${this.typeName(shape)} =>`;
    const [only] = runs;
    if (runs.length === 1 && Array.isArray(only)) {
      w.line(
        `${head} ${this.copyMembers(`${asObject}(value) ?? {}`, only, `{} as ${this.typeName(shape)}`)};`,
      );
      return;
    }
    w.block(
      head,
      () => {
        w.line(`const output = ${asObject}(value) ?? {};`);
        w.line(`const out = {} as ${this.typeName(shape)};`);
        for (const entry of runs) {
          if (Array.isArray(entry)) {
            w.line(`${this.copyMembers("output", entry, "out")};`);
            continue;
          }
          const m = entry;
          const get = readMember("output", m.name);
          const value = fallback(m);
          if (value === undefined) {
            w.line(`if (${get} != null) ${writeMember("out", m.name, this.de(m.type, get, m))}`);
          } else {
            w.line(writeMember("out", m.name, `${get} != null ? ${this.de(m.type, get, m)} : ${value}`));
          }
        }
        w.line("return out;");
      },
      ";",
    );
  }

  union(dir: Direction, shape: ShapeIR & { kind: "union" }): void {
    const { w } = this;
    const name = this.typeName(shape);
    if (dir === "se") {
      const JsonObject = this.runtime("jsonBody", "JsonObject", true);
      w.block(
        `const se_${this.fn(shape)} = (input: ${name}): ${JsonObject} =>`,
        () => {
          for (const m of shape.members) {
            const get = readMember("input", m.name);
            w.line(
              `if (${get} !== undefined) return { ${tsPropertyKey(m.name)}: ${this.se(m.type, get, m)} };`,
            );
          }
          w.line("if (input.$unknown !== undefined) return { [input.$unknown[0]]: input.$unknown[1] };");
          w.line("return {};");
        },
        ";",
      );
      return;
    }
    const asObject = this.runtime("serde", "asObject");
    w.block(
      `const de_${this.fn(shape)} = (value: unknown): ${name} =>`,
      () => {
        w.line(`const output = ${asObject}(value) ?? {};`);
        for (const m of shape.members) {
          const get = readMember("output", m.name);
          w.line(`if (${get} != null) return { ${tsPropertyKey(m.name)}: ${this.de(m.type, get, m)} };`);
        }
        w.line('const key = Object.keys(output).find((k) => k !== "__type" && output[k] != null);');
        w.line('return { $unknown: key === undefined ? ["", undefined] : [key, output[key]] };');
      },
      ";",
    );
  }

  list(dir: Direction, shape: ShapeIR & { kind: "list" }): void {
    const { w } = this;
    const element = shape.member;
    const type = this.type({ kind: "shape", name: shape.name });
    const convert = (e: string): string =>
      dir === "se" ? this.se(element.type, e, element) : this.de(element.type, e, element);
    const body = shape.sparse
      ? `.map((e) => (e == null ? null : ${convert("e")}))`
      : `.filter((e) => e != null).map((e) => ${convert("e")})`;
    if (dir === "se") {
      w.line(`const se_${this.fn(shape)} = (input: ${type}): unknown[] => input${body};`);
    } else {
      w.line(
        `const de_${this.fn(shape)} = (value: unknown): ${type} => ${this.runtime("serde", "asArray")}(value)${body};`,
      );
    }
  }

  map(dir: Direction, shape: ShapeIR & { kind: "map" }): void {
    const { w } = this;
    const value = shape.value;
    const type = this.type({ kind: "shape", name: shape.name });
    const JsonObject = this.runtime("jsonBody", "JsonObject", true);
    const convert = (e: string): string =>
      dir === "se" ? this.se(value.type, e, value) : this.de(value.type, e, value);
    const signature =
      dir === "se"
        ? `const se_${this.fn(shape)} = (input: ${type}): ${JsonObject} =>`
        : `const de_${this.fn(shape)} = (value: unknown): ${type} =>`;
    w.block(
      signature,
      () => {
        const source = dir === "se" ? "input" : `${this.runtime("serde", "asObject")}(value) ?? {}`;
        w.line(`const out: ${dir === "se" ? JsonObject : type} = {};`);
        w.block(`for (const [k, v] of Object.entries(${source}))`, () => {
          if (shape.sparse) w.line(`out[k] = v == null ? null : ${convert("v")};`);
          else w.line(`if (v != null) out[k] = ${convert("v")};`);
        });
        w.line("return out;");
      },
      ";",
    );
  }

  /** The stem of a shape's converter functions (`se_<stem>`, `de_<stem>`): its TypeScript name, unique. */
  fn(shape: ShapeIR): string {
    return typeNameOf(this.ir, shape.name);
  }

  typeName(shape: ShapeIR): string {
    return this.type({ kind: "shape", name: shape.name });
  }

  shape(dir: Direction, shape: ShapeIR): void {
    switch (shape.kind) {
      case "structure":
        this.structure(dir, shape);
        break;
      case "union":
        this.union(dir, shape);
        break;
      case "list":
        this.list(dir, shape);
        break;
      case "map":
        this.map(dir, shape);
        break;
      default:
        return;
    }
    this.w.line();
  }

  /** The operation's body converters: aliases of its input's serializer and its output's deserializer. */
  operation(op: OperationIR): void {
    const { w } = this;
    const cmdFile = relativeImport(this.from, FILES.command(op));
    const Input = w.importType(cmdFile, commandInput(op));
    const Output = w.importType(cmdFile, commandOutput(op));
    const JsonObject = this.runtime("jsonBody", "JsonObject", true);
    w.doc(`Serializes a ${op.name} request body.`, ["@internal"]);
    w.line(
      `export const se_${op.name}Command: (input: ${Input}) => ${JsonObject} = se_${typeNameOf(this.ir, op.input)};`,
    );
    w.line();
    w.doc(`Deserializes a ${op.name} response body (the client adds \`$metadata\`).`, ["@internal"]);
    w.line(
      `export const de_${op.name}Command: (body: ${JsonObject}) => Omit<${Output}, "$metadata"> = de_${typeNameOf(this.ir, op.output)};`,
    );
    w.line();
  }

  /**
   * `de_CommandError`: the runtime's `deserializeError` over one table of the service's modelled errors
   * (class, members read from the body, converters of the members that need one).
   */
  errors(errors: readonly (StructureIR & { error: NonNullable<StructureIR["error"]> })[]): void {
    const { w } = this;
    const JsonObject = this.runtime("jsonBody", "JsonObject", true);
    const ResponseMetadata = this.runtime("metadata", "ResponseMetadata", true);
    const ModelledError = this.runtime("modelledError", "ModelledError", true);
    const deserializeError = this.runtime("modelledError", "deserializeError");
    const Base = w.import(modelsImport(this.from, this.names), this.names.baseException);
    w.block(
      `const errors: Record<string, ${ModelledError}> =`,
      () => {
        for (const shape of errors) {
          const Err = w.import(modelsImport(this.from, this.names), typeNameOf(this.ir, shape.name));
          const members = shape.members.filter((m) => m.name !== "message" && !PROTOTYPE_KEYS.has(m.name));
          const converters = members.flatMap((m) => {
            const fn = this.converter("de", m.type, m);
            return fn === undefined ? [] : [`${tsPropertyKey(m.name)}: ${fn}`];
          });
          const entry = [Err, `[${members.map((m) => tsString(m.name)).join(", ")}]`];
          if (converters.length > 0) entry.push(`{ ${converters.join(", ")} }`);
          w.line(`${tsPropertyKey(shape.name)}: [${entry.join(", ")}],`);
        }
      },
      ";",
    );
    w.line();
    w.doc("Builds the error of a failed call: the modelled class for `code`, else the base exception.", [
      "@internal",
    ]);
    w.line(
      `export const de_CommandError = (code: string | undefined, body: ${JsonObject}, $metadata: ${ResponseMetadata}): ${Base} =>`,
    );
    w.indent(() => w.line(`${deserializeError}(errors, ${Base}, code, body, $metadata) as ${Base};`));
  }

  finish(): string {
    for (const name of this.use.shapes) {
      if (!this.ir.shapes.has(name)) continue;
      this.w.importType(modelsImport(this.from, this.names), typeNameOf(this.ir, name));
    }
    if (this.use.document) this.runtime("serde", "DocumentType", true);
    return this.w.toString();
  }
}

/** A timestamp `@default` (epoch seconds, or an RFC 3339 string) as a Date. */
function defaultDate(value: unknown): Date | undefined {
  const date =
    typeof value === "number"
      ? new Date(value * 1000)
      : typeof value === "string"
        ? new Date(value)
        : undefined;
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date;
}

export function emitProtocol(ir: ServiceIR, names: ClientNames): Map<string, string> {
  const p = new ProtocolWriter(ir, names);
  const errors = [...ir.shapes.values()].filter(isError);
  const seRoots = ir.operations.map((op) => op.input);
  // Error members are read by the runtime from the errors table; only the shapes they reference need functions.
  const deRoots = [
    ...ir.operations.map((op) => op.output),
    ...errors.flatMap((e) => e.members.flatMap((m) => (m.type.kind === "shape" ? [m.type.name] : []))),
  ];
  for (const shape of reachable(ir, seRoots)) p.shape("se", shape);
  for (const shape of reachable(ir, deRoots)) p.shape("de", shape);
  // After the shapes: the operations' converters are aliases of theirs.
  for (const op of ir.operations) p.operation(op);
  p.errors(errors);
  const result = new Map<string, string>();
  result.set(FILES.protocol(names), p.finish());
  return result;
}
