/**
 * `models/`: enums as const objects + string unions, structures as interfaces, unions as tagged
 * types with a namespace of member interfaces, and one error class per modelled error (all with
 * the same names and shapes as the AWS SDK's).
 */
import type {
  EnumIR,
  IntEnumIR,
  MemberIR,
  ServiceIR,
  ShapeIR,
  StructureIR,
  UnionIR,
} from "../../ir/types.js";
import { CodeWriter, tsPropertyKey, tsString } from "../code-writer.js";
import { typeNameOf } from "../ts-names.js";
import { type ClientNames, FILES, modelsImport, RUNTIME, relativeImport } from "./names.js";
import { newTypeUse, type TypeUse, tsTypeOf } from "./type-expr.js";

/** Properties every service error already has; modelled members with these names are not redeclared. */
const EXCEPTION_KEYS = new Set(["name", "message", "stack", "cause", "$fault", "$metadata", "$retryable"]);

export const isError = (
  shape: ShapeIR,
): shape is StructureIR & { error: NonNullable<StructureIR["error"]> } =>
  shape.kind === "structure" && shape.error !== undefined;

/** Whether a member is `?` in the TypeScript type: all but `@required` (idempotency tokens are filled in). */
export const isOptionalMember = (member: MemberIR): boolean => !member.required || member.idempotencyToken;

function memberDoc(member: MemberIR): { text: string | undefined; tags: string[] } {
  const tags: string[] = [];
  if (member.deprecated)
    tags.push(`@deprecated${member.deprecated.message ? ` ${member.deprecated.message}` : ""}`);
  if (member.idempotencyToken) tags.push("Filled with a random UUID when not given.");
  return { text: member.documentation, tags };
}

function shapeTags(shape: ShapeIR): string[] {
  const tags = ["@public"];
  if (shape.deprecated)
    tags.push(`@deprecated${shape.deprecated.message ? ` ${shape.deprecated.message}` : ""}`);
  return tags;
}

/** Imports the named shapes a type expression used, from the file that declares each. */
function importUses(w: CodeWriter, ir: ServiceIR, names: ClientNames, from: string, use: TypeUse): void {
  for (const name of use.shapes) {
    const shape = ir.shapes.get(name);
    if (!shape) continue;
    const file =
      shape.kind === "enum" || shape.kind === "intEnum"
        ? FILES.enums
        : isError(shape)
          ? FILES.errors
          : FILES.models;
    if (file !== from) w.importType(relativeImport(from, file), typeNameOf(ir, name));
  }
  if (use.document) w.importType(relativeImport(from, RUNTIME.documentType), "DocumentType");
  void names;
}

function writeMembers(
  w: CodeWriter,
  ir: ServiceIR,
  members: readonly MemberIR[],
  use: TypeUse,
  modifier = "",
): void {
  for (const member of members) {
    const doc = memberDoc(member);
    w.doc(doc.text, doc.tags);
    const optional = isOptionalMember(member) ? "?" : "";
    w.line(
      `${modifier}${tsPropertyKey(member.name)}${optional}: ${tsTypeOf(ir, member.type, use)} | undefined;`,
    );
  }
}

function writeEnum(w: CodeWriter, ir: ServiceIR, shape: EnumIR | IntEnumIR): void {
  const name = typeNameOf(ir, shape.name);
  w.doc(shape.documentation, shapeTags(shape));
  w.block(
    `export const ${name} =`,
    () => {
      for (const v of shape.values) {
        w.doc(v.documentation);
        w.line(`${tsPropertyKey(v.name)}: ${typeof v.value === "number" ? v.value : tsString(v.value)},`);
      }
    },
    " as const;",
  );
  w.doc(shape.documentation, shapeTags(shape));
  w.line(`export type ${name} = (typeof ${name})[keyof typeof ${name}];`);
  w.line();
}

function writeStructure(w: CodeWriter, ir: ServiceIR, shape: StructureIR, use: TypeUse): void {
  const name = typeNameOf(ir, shape.name);
  w.doc(shape.documentation, shapeTags(shape));
  if (shape.members.length === 0) {
    w.line(`export interface ${name} {}`);
  } else {
    w.block(`export interface ${name}`, () => writeMembers(w, ir, shape.members, use));
  }
  w.line();
}

/**
 * Interface names of a union's variants in its namespace: `<member>Member`, with characters an
 * identifier cannot hold replaced by `_`, and `_`-prefixed when that leaves it starting with a digit
 * or taken (by another variant, `$UnknownMember` or `Visitor`).
 */
export function variantNames(shape: UnionIR): Map<string, string> {
  const taken = new Set(["$UnknownMember", "Visitor"]);
  const out = new Map<string, string>();
  for (const m of shape.members) {
    let name = `${m.name.replace(/[^A-Za-z0-9_$]/g, "_")}Member`;
    if (/^[0-9]/.test(name)) name = `_${name}`;
    while (taken.has(name)) name = `_${name}`;
    taken.add(name);
    out.set(m.name, name);
  }
  return out;
}

function writeUnion(w: CodeWriter, ir: ServiceIR, shape: UnionIR, use: TypeUse): void {
  const name = typeNameOf(ir, shape.name);
  const variantOf = variantNames(shape);
  const variants = shape.members.map((m) => `${name}.${variantOf.get(m.name)}`);
  w.doc(shape.documentation, shapeTags(shape));
  w.line(`export type ${name} =`);
  w.indent(() => {
    const all = [...variants, `${name}.$UnknownMember`];
    all.forEach((v, i) => {
      w.line(`| ${v}${i === all.length - 1 ? ";" : ""}`);
    });
  });
  w.line();
  w.doc(undefined, ["@public"]);
  w.block(`export namespace ${name}`, () => {
    for (const member of shape.members) {
      w.doc(member.documentation);
      w.block(`export interface ${variantOf.get(member.name)}`, () => {
        for (const other of shape.members) {
          w.line(
            other === member
              ? `${tsPropertyKey(other.name)}: ${tsTypeOf(ir, other.type, use)};`
              : `${tsPropertyKey(other.name)}?: never;`,
          );
        }
        w.line("$unknown?: never;");
      });
      w.line();
    }
    w.doc("A member this version of the client does not know: `[name, value]` as received.");
    w.block("export interface $UnknownMember", () => {
      for (const other of shape.members) w.line(`${tsPropertyKey(other.name)}?: never;`);
      w.line("$unknown: [string, unknown];");
    });
    w.line();
    w.block("export interface Visitor<T>", () => {
      for (const member of shape.members) {
        w.line(`${tsPropertyKey(member.name)}: (value: ${tsTypeOf(ir, member.type, use)}) => T;`);
      }
      w.line("_: (name: string, value: unknown) => T;");
    });
  });
  w.line();
}

function enumsFile(ir: ServiceIR): string {
  const w = new CodeWriter();
  for (const shape of ir.shapes.values()) {
    if (shape.kind === "enum" || shape.kind === "intEnum") writeEnum(w, ir, shape);
  }
  if (w.toString({ header: false }) === "") w.line("export {};");
  return w.toString();
}

function modelsFile(ir: ServiceIR, names: ClientNames): string {
  const w = new CodeWriter();
  const use = newTypeUse();
  for (const shape of ir.shapes.values()) {
    if (shape.kind === "structure" && !shape.error) writeStructure(w, ir, shape, use);
    else if (shape.kind === "union") writeUnion(w, ir, shape, use);
  }
  importUses(w, ir, names, FILES.models, use);
  return w.toString();
}

function baseExceptionFile(ir: ServiceIR, names: ClientNames): string {
  const w = new CodeWriter();
  const from = FILES.baseException(names);
  const ServiceException = w.import(relativeImport(from, RUNTIME.exception), "ServiceException");
  w.doc(`Base exception class for all service exceptions from the ${ir.sdkId} service.`, ["@public"]);
  w.line(`export class ${names.baseException} extends ${ServiceException} {}`);
  return w.toString();
}

function errorsFile(ir: ServiceIR, names: ClientNames): string {
  const w = new CodeWriter();
  const use = newTypeUse();
  const from = FILES.errors;
  const Base = w.import(relativeImport(from, FILES.baseException(names)), names.baseException);
  const Options = w.importType(relativeImport(from, RUNTIME.exception), "ExceptionOptionType");
  for (const shape of ir.shapes.values()) {
    if (!isError(shape)) continue;
    const { fault, retryable } = shape.error;
    const members = shape.members.filter((m) => !EXCEPTION_KEYS.has(m.name) && !PROTOTYPE_KEYS.has(m.name));
    const className = typeNameOf(ir, shape.name);
    w.doc(shape.documentation, shapeTags(shape));
    // `declare`d fields add types only: the base constructor sets `name` and `$fault`, this one the members.
    w.block(`export class ${className} extends ${Base}`, () => {
      w.line(`declare readonly name: ${tsString(shape.name)};`);
      w.line(`declare readonly $fault: ${tsString(fault)};`);
      if (retryable) w.line(`override $retryable = ${retryable.throttling ? "{ throttling: true }" : "{}"};`);
      writeMembers(w, ir, members, use, "declare ");
      w.block(`constructor(opts: ${Options}<${className}, ${Base}>)`, () => {
        w.line(`super({ ...opts, name: ${tsString(shape.name)}, $fault: ${tsString(fault)} });`);
        for (const m of members) w.line(`this${accessor(m.name)} = opts${accessor(m.name)};`);
      });
    });
    w.line();
  }
  importUses(w, ir, names, from, use);
  if (![...ir.shapes.values()].some(isError)) w.line("export {};");
  return w.toString();
}

/**
 * Names `Object.prototype` already has (`constructor`, `toString`, `__proto__`, ...): a member with one
 * is read and written as an own property only, and is not a field of an error class (whose prototype
 * chain already defines it).
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** `obj.name`; for a name `Object.prototype` also has, the own property or `undefined`. */
export function readMember(obj: string, name: string): string {
  if (!PROTOTYPE_KEYS.has(name)) return `${obj}${accessor(name)}`;
  return `(Object.hasOwn(${obj}, ${tsString(name)}) ? ${obj}[${tsString(name)}] : undefined)`;
}

/** The statement `obj.name = value;`; an own data property for a name `Object.prototype` also has. */
export function writeMember(obj: string, name: string, value: string): string {
  if (!PROTOTYPE_KEYS.has(name)) return `${obj}${accessor(name)} = ${value};`;
  return `Object.defineProperty(${obj}, ${tsString(name)}, { value: ${value}, enumerable: true, writable: true, configurable: true });`;
}

/** `.Name` or `["odd-name"]`. */
export function accessor(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${tsString(name)}]`;
}

function modelsIndexFile(ir: ServiceIR, names: ClientNames): string {
  const w = new CodeWriter();
  const from = FILES.modelsIndex;
  const shapes = [...ir.shapes.values()];
  const tsName = (s: ShapeIR): string => typeNameOf(ir, s.name);
  const enums = shapes.filter((s) => s.kind === "enum" || s.kind === "intEnum").map(tsName);
  const types = shapes.filter((s) => (s.kind === "structure" && !s.error) || s.kind === "union").map(tsName);
  const errors = shapes.filter(isError).map(tsName);
  const list = (items: string[]): string => items.map((i) => `  ${i},`).join("\n");
  if (enums.length > 0)
    w.line(`export {\n${list(enums)}\n} from ${tsString(relativeImport(from, FILES.enums))};`);
  if (errors.length > 0)
    w.line(`export {\n${list(errors)}\n} from ${tsString(relativeImport(from, FILES.errors))};`);
  if (types.length > 0)
    w.line(`export type {\n${list(types)}\n} from ${tsString(relativeImport(from, FILES.models))};`);
  w.line(
    `export { ${names.baseException} } from ${tsString(relativeImport(from, FILES.baseException(names)))};`,
  );
  w.line(
    `export { type ExceptionOptionType, ServiceException, type ServiceExceptionOptions } from ${tsString(relativeImport(from, RUNTIME.exception))};`,
  );
  w.line(
    `export type { MetadataBearer, ResponseMetadata } from ${tsString(relativeImport(from, RUNTIME.metadata))};`,
  );
  w.line(`export type { DocumentType } from ${tsString(relativeImport(from, RUNTIME.documentType))};`);
  w.line(`export { errorClasses } from ${tsString(relativeImport(from, FILES.errorClasses))};`);
  return w.toString();
}

/**
 * The `errorClasses` module: each modelled error's class under its error name (the shape's own name, which
 * the class keeps when TypeScript needs another), so runtimes that construct or recognise an error by name
 * read the generated classes instead of listing them.
 */
export function errorClassesFile(ir: ServiceIR): string {
  const w = new CodeWriter();
  const errors = relativeImport(FILES.errorClasses, FILES.errors);
  const entries = [...ir.shapes.values()].filter(isError).map((shape) => {
    const local = w.import(errors, typeNameOf(ir, shape.name));
    return local === shape.name ? `${local},` : `${tsPropertyKey(shape.name)}: ${local},`;
  });
  w.doc("The service's error classes by error name (the `name` of their instances).");
  w.block(
    "export const errorClasses =",
    () => {
      for (const entry of entries) w.line(entry);
    },
    " as const;",
  );
  return w.toString();
}

/**
 * The client's `models/index.ts`: its `./models` entry point, re-exporting the protocol package's models
 * (the same names as that package's `models/index.ts`, from one module).
 */
export function clientModelsIndex(ir: ServiceIR, names: ClientNames): Map<string, string> {
  const w = new CodeWriter();
  const from = FILES.modelsIndex;
  const shapes = [...ir.shapes.values()];
  const tsName = (s: ShapeIR): string => typeNameOf(ir, s.name);
  const values = [
    ...shapes.filter((s) => s.kind === "enum" || s.kind === "intEnum").map(tsName),
    ...shapes.filter(isError).map(tsName),
    names.baseException,
    "ServiceException",
  ];
  const types = [
    ...shapes.filter((s) => (s.kind === "structure" && !s.error) || s.kind === "union").map(tsName),
    "DocumentType",
    "ExceptionOptionType",
    "MetadataBearer",
    "ResponseMetadata",
    "ServiceExceptionOptions",
  ];
  const list = (items: string[]): string => items.map((i) => `  ${i},`).join("\n");
  const module = tsString(modelsImport(from, names));
  w.line(`export {\n${list(values)}\n} from ${module};`);
  w.line(`export type {\n${list(types)}\n} from ${module};`);
  return new Map([[from, w.toString()]]);
}

/** All files under `models/`, keyed by path relative to the generated root. */
export function emitModels(ir: ServiceIR, names: ClientNames): Map<string, string> {
  return new Map([
    [FILES.enums, enumsFile(ir)],
    [FILES.models, modelsFile(ir, names)],
    [FILES.errors, errorsFile(ir, names)],
    [FILES.baseException(names), baseExceptionFile(ir, names)],
    [FILES.modelsIndex, modelsIndexFile(ir, names)],
    [FILES.errorClasses, errorClassesFile(ir)],
  ]);
}
