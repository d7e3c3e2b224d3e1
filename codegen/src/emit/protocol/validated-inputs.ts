/**
 * `validated.ts`: operation inputs as a handler receives them, in one `Validated` namespace. The dispatcher
 * validates a request against the schema table and fills in absent `@default` members before it calls a
 * handler, so a member the model types spell `X?: T | undefined` is present whenever it is `@required`
 * (idempotency tokens included: only clients fill those in) or has a non-null default. Every structure and
 * union reachable from an operation input gets its validated form under the model's name; lists and maps
 * are inlined around the validated forms of their items; enums and `DocumentType` are the models' own.
 * Unions have no `$UnknownMember` variant here: the dispatcher answers a union with no known member set
 * with a validation error.
 */
import type { MemberIR, ServiceIR, ShapeIR, StructureIR, TypeRef, UnionIR } from "../../ir/types.js";
import { variantNames } from "../client/models.js";
import { newTypeUse, tsTypeOf } from "../client/type-expr.js";
import { CodeWriter, tsPropertyKey } from "../code-writer.js";
import { typeNameOf } from "../ts-names.js";

/** The namespace `validated.ts` declares, and the name `handlers.ts` imports it by. */
export const VALIDATED_NAMESPACE = "Validated";

/** Whether a member is always present in a validated input: what the dispatcher's validation and defaults ensure. */
export function isPresentAfterValidation(member: MemberIR): boolean {
  return member.default === undefined ? member.required : member.default !== null;
}

/** Names of the structures and unions reachable from operation inputs, in `ir.shapes` order. */
export function inputClosure(ir: ServiceIR): string[] {
  const seen = new Set<string>();
  const visit = (ref: TypeRef): void => {
    if (ref.kind !== "shape" || seen.has(ref.name)) return;
    const shape = ir.shapes.get(ref.name);
    if (!shape) throw new Error(`unknown shape ${ref.name}`);
    seen.add(ref.name);
    for (const member of membersOf(shape)) visit(member.type);
  };
  for (const op of ir.operations) visit({ kind: "shape", name: op.input });
  return [...ir.shapes.values()]
    .filter((s) => seen.has(s.name) && (s.kind === "structure" || s.kind === "union"))
    .map((s) => s.name);
}

function membersOf(shape: ShapeIR): MemberIR[] {
  switch (shape.kind) {
    case "structure":
    case "union":
      return shape.members;
    case "list":
      return [shape.member];
    case "map":
      return [shape.key, shape.value];
    default:
      return [];
  }
}

/** The text of `validated.ts`; `modelsModule` is where the enums and `DocumentType` are imported from. */
export function validatedInputsFile(ir: ServiceIR, modelsModule: string): string {
  const w = new CodeWriter();
  const typeOf = validatedTypeOf(w, ir, modelsModule);
  const shapes = inputClosure(ir).map((name) => ir.shapes.get(name) as StructureIR | UnionIR);
  w.doc(
    "Operation inputs as handlers receive them, after the dispatcher's validation: `@required` members and\n" +
      "members with a default are present, recursively, and unions hold exactly one known member. The\n" +
      "types of `./models/index.js` are what a client may send; these are what a handler gets.",
  );
  w.block(`export namespace ${VALIDATED_NAMESPACE}`, () => {
    shapes.forEach((shape, i) => {
      if (i > 0) w.line();
      if (shape.kind === "structure") writeStructure(w, ir, shape, typeOf);
      else writeUnion(w, ir, shape, typeOf);
    });
  });
  return w.toString();
}

type TypeOf = (ref: TypeRef) => string;

/** Type expressions inside the namespace: its own structures and unions, the models' enums (imported). */
function validatedTypeOf(w: CodeWriter, ir: ServiceIR, modelsModule: string): TypeOf {
  const typeOf = (ref: TypeRef): string => {
    if (ref.kind === "scalar") {
      const use = newTypeUse();
      const text = tsTypeOf(ir, ref, use);
      if (use.document) w.importType(modelsModule, "DocumentType");
      return text;
    }
    const shape = ir.shapes.get(ref.name);
    if (!shape) throw new Error(`unknown shape ${ref.name}`);
    const name = typeNameOf(ir, shape.name);
    switch (shape.kind) {
      case "structure":
      case "union":
        return name;
      case "enum":
      case "intEnum":
        // The namespace's own name is taken in this module: such an enum is imported under another.
        return name === VALIDATED_NAMESPACE
          ? w.importType(modelsModule, name, `_${name}`)
          : w.importType(modelsModule, name);
      case "list": {
        const element = typeOf(shape.member.type);
        if (shape.sparse) return `(${element} | null)[]`;
        return /[ |]/.test(element) ? `(${element})[]` : `${element}[]`;
      }
      case "map": {
        const value = typeOf(shape.value.type);
        return `Record<string, ${shape.sparse ? `${value} | null` : value}>`;
      }
    }
  };
  return typeOf;
}

function deprecatedTag(d: { message?: string } | undefined): string[] {
  return d ? [`@deprecated${d.message ? ` ${d.message}` : ""}`] : [];
}

function writeStructure(w: CodeWriter, ir: ServiceIR, shape: StructureIR, typeOf: TypeOf): void {
  const name = typeNameOf(ir, shape.name);
  w.doc(shape.documentation, deprecatedTag(shape.deprecated));
  if (shape.members.length === 0) {
    w.line(`export interface ${name} {}`);
    return;
  }
  w.block(`export interface ${name}`, () => {
    for (const member of shape.members) {
      w.doc(member.documentation, deprecatedTag(member.deprecated));
      const key = tsPropertyKey(member.name);
      const type = typeOf(member.type);
      w.line(isPresentAfterValidation(member) ? `${key}: ${type};` : `${key}?: ${type} | undefined;`);
    }
  });
}

function writeUnion(w: CodeWriter, ir: ServiceIR, shape: UnionIR, typeOf: TypeOf): void {
  const name = typeNameOf(ir, shape.name);
  const variantOf = variantNames(shape);
  w.doc(shape.documentation, deprecatedTag(shape.deprecated));
  if (shape.members.length === 0) {
    w.line(`export type ${name} = never;`);
    return;
  }
  w.line(`export type ${name} =`);
  w.indent(() => {
    shape.members.forEach((m, i) => {
      w.line(`| ${name}.${variantOf.get(m.name)}${i === shape.members.length - 1 ? ";" : ""}`);
    });
  });
  w.block(`export namespace ${name}`, () => {
    shape.members.forEach((member, i) => {
      if (i > 0) w.line();
      w.doc(member.documentation);
      w.block(`export interface ${variantOf.get(member.name)}`, () => {
        for (const other of shape.members) {
          const key = tsPropertyKey(other.name);
          w.line(other === member ? `${key}: ${typeOf(other.type)};` : `${key}?: never;`);
        }
      });
    });
  });
}
