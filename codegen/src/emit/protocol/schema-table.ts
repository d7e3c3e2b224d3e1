/**
 * The compact schema table the server runtime interprets (`packages/server/src/runtime/schema.ts` defines
 * its type): per operation the handler key and input/output/error names, per shape only what validation
 * and (de)serialization need. Documentation is left out; the client models carry it.
 */
import type { Constraints, MemberIR, ServiceIR, ShapeIR } from "../../ir/types.js";
import type { Literal } from "./literal.js";

export function schemaTable(ir: ServiceIR): Literal {
  const operations: Record<string, Literal> = {};
  for (const op of ir.operations) {
    operations[op.name] = {
      name: op.name,
      handler: op.names.handler,
      input: op.input,
      output: op.output,
      errors: op.errors,
      unitOutput: op.unitOutput || undefined,
    };
  }
  const shapes: Record<string, Literal> = {};
  for (const [name, shape] of ir.shapes) shapes[name] = shapeEntry(ir, shape);
  return {
    id: ir.id,
    title: ir.title,
    targetPrefix: ir.protocol.targetPrefix,
    contentType: ir.protocol.contentType,
    endpointPrefix: ir.endpointPrefix,
    awsQueryCompatible: ir.awsQueryCompatible || undefined,
    operations,
    shapes,
  };
}

function shapeEntry(ir: ServiceIR, shape: ShapeIR): Literal {
  switch (shape.kind) {
    case "structure":
      return {
        type: "structure",
        error: shape.error && {
          id: shape.id,
          // AWS JSON 1.1 errors name their shape in `__type`; 1.0 ones give the absolute shape ID.
          type: ir.protocol.name === "awsJson1_1" ? shape.id.slice(shape.id.indexOf("#") + 1) : undefined,
          fault: shape.error.fault,
          httpStatus: shape.error.httpStatus,
          queryCode: shape.error.awsQueryError?.code,
        },
        members: shape.members.map(memberEntry),
      };
    case "union":
      return { type: "union", members: shape.members.map(memberEntry) };
    case "list":
      return { type: "list", sparse: shape.sparse || undefined, member: memberEntry(shape.member) };
    case "map":
      return {
        type: "map",
        sparse: shape.sparse || undefined,
        key: memberEntry(shape.key),
        value: memberEntry(shape.value),
      };
    case "enum":
      return { type: "enum", values: shape.values.map((v) => v.value) };
    case "intEnum":
      return { type: "intEnum", values: shape.values.map((v) => v.value) };
  }
}

function memberEntry(member: MemberIR): Literal {
  const target: Literal = member.type.kind === "scalar" ? member.type.scalar : { shape: member.type.name };
  const format = member.timestampFormat;
  return {
    name: member.name,
    target,
    required: member.required || undefined,
    default: member.default === undefined ? undefined : (member.default as Literal),
    timestampFormat: format && format !== "epoch-seconds" ? format : undefined,
    ...constraintEntries(member.constraints),
  };
}

function constraintEntries(c: Constraints): Record<string, Literal | undefined> {
  return {
    length: c.length && bounds(c.length),
    range: c.range && bounds(c.range),
    pattern: c.pattern,
    ecmaPattern: ecmaPatternEntry(c),
    uniqueItems: c.uniqueItems || undefined,
  };
}

/** Omitted when the pattern is its own ECMAScript source (flags `u`); `null` when not enforced. */
function ecmaPatternEntry(c: Constraints): Literal | undefined {
  if (c.pattern === undefined) return undefined;
  if (c.ecmaPattern === undefined) return null;
  const { source, flags } = c.ecmaPattern;
  return source === c.pattern && flags === "u" ? undefined : { source, flags };
}

function bounds(b: { min?: number; max?: number }): Literal {
  return { min: b.min, max: b.max };
}
