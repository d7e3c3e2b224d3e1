import type { MemberSchema, OperationSchema, ServiceSchema, StructureSchema } from "./schema.js";
import type { ValidationReport, Violation, ViolationKind } from "./validate.js";

/**
 * Codes tried, in order, for each kind of violation; the first one the model's code enum defines wins.
 * These are the conventional AWS `ValidationExceptionField.Code` values; a model without such an enum
 * simply gets no `Code`.
 */
const CODE_CANDIDATES: Record<ViolationKind, string[]> = {
  required: ["REQUIRED_FIELD_MISSING"],
  type: ["INVALID_VALUE"],
  enum: ["INVALID_ENUM_VALUE", "INVALID_VALUE"],
  pattern: ["INVALID_STRING_FORMAT", "INVALID_VALUE"],
  length: ["INVALID_VALUE", "VALUE_OUT_OF_RANGE"],
  tooFew: ["NOT_ENOUGH_VALUES", "INVALID_VALUE"],
  tooMany: ["TOO_MANY_VALUES", "INVALID_VALUE"],
  range: ["VALUE_OUT_OF_RANGE", "INVALID_VALUE"],
  union: ["INVALID_VALUE"],
  unique: ["DUPLICATE_KEY_VALUE", "INVALID_VALUE"],
  null: ["INVALID_VALUE"],
};

const REASON_CANDIDATES = ["fieldValidationFailed", "FIELD_VALIDATION_FAILED"];

/** The error shape convention: an error structure named `ValidationException`. */
export const VALIDATION_ERROR_NAME = "ValidationException";

export interface ValidationErrorPayload {
  /** Value for `__type` and `x-amzn-ErrorType`. */
  type: string;
  errorName: string;
  status: number;
  body: Record<string, unknown>;
}

/**
 * The message of a `ValidationException`: how many violations, then the listed ones' messages. When some are
 * not listed, it says how many (`at least` when validation stopped early).
 */
export function summarize(report: ValidationReport | Violation[]): string {
  const { violations, omitted, stoppedEarly } = Array.isArray(report)
    ? { violations: report, omitted: 0, stoppedEarly: false }
    : report;
  const count = violations.length + omitted;
  const plural = count === 1 ? "" : "s";
  const head =
    omitted === 0
      ? `${count} validation error${plural} detected`
      : `${stoppedEarly ? "at least " : ""}${count} validation error${plural} detected, the first ${violations.length} listed (${stoppedEarly ? "at least " : ""}${omitted} more not listed)`;
  return `${head}: ${violations.map((v) => v.message).join("; ")}`;
}

/**
 * Builds the body of the operation's modelled `ValidationException` from generic violations, mapping onto
 * whatever members the model declares (`Message`/`message`, `Reason`, `FieldList`/`fieldList` with
 * `Name`/`path`, `Message`, `Code`). Without a modelled one, answers Smithy's framework shape
 * (`message`, `fieldList: [{ path, message }]`).
 */
export function validationErrorPayload(
  schema: ServiceSchema,
  operation: OperationSchema,
  report: ValidationReport | Violation[],
): ValidationErrorPayload {
  const message = summarize(report);
  const violations = Array.isArray(report) ? report : report.violations;
  const shape = operation.errors.includes(VALIDATION_ERROR_NAME)
    ? schema.shapes[VALIDATION_ERROR_NAME]
    : undefined;
  if (shape?.type !== "structure" || !shape.error) {
    return {
      type: VALIDATION_ERROR_NAME,
      errorName: VALIDATION_ERROR_NAME,
      status: 400,
      body: { message, fieldList: violations.map((v) => ({ path: v.path, message: v.message })) },
    };
  }
  const body: Record<string, unknown> = {};
  const messageMember = findMember(shape, "message");
  if (messageMember) body[messageMember.name] = message;
  const reasonMember = findMember(shape, "reason");
  const reason = reasonMember && pickValue(schema, reasonMember, REASON_CANDIDATES);
  if (reasonMember && reason !== undefined) body[reasonMember.name] = reason;
  const listMember = findMember(shape, "fieldList");
  const fieldShape = listMember && fieldStructure(schema, listMember);
  if (listMember && fieldShape) {
    const nameMember = findMember(fieldShape, "name") ?? findMember(fieldShape, "path");
    const fieldMessage = findMember(fieldShape, "message");
    const codeMember = findMember(fieldShape, "code");
    body[listMember.name] = violations.map((v) => {
      const field: Record<string, unknown> = {};
      if (nameMember) field[nameMember.name] = v.path;
      if (fieldMessage) field[fieldMessage.name] = v.message;
      const code = codeMember && pickValue(schema, codeMember, CODE_CANDIDATES[v.kind]);
      if (codeMember && code !== undefined) field[codeMember.name] = code;
      return field;
    });
  }
  return {
    type: shape.error.type ?? shape.error.id,
    errorName: VALIDATION_ERROR_NAME,
    status: shape.error.httpStatus,
    body,
  };
}

function findMember(shape: StructureSchema, name: string): MemberSchema | undefined {
  const wanted = name.toLowerCase();
  return shape.members.find((m) => m.name.toLowerCase() === wanted);
}

function fieldStructure(schema: ServiceSchema, member: MemberSchema): StructureSchema | undefined {
  if (typeof member.target === "string") return undefined;
  const list = schema.shapes[member.target.shape];
  if (list?.type !== "list" || typeof list.member.target === "string") return undefined;
  const field = schema.shapes[list.member.target.shape];
  return field?.type === "structure" ? field : undefined;
}

/** The first candidate the member accepts: any for a plain string, an enum value otherwise. */
function pickValue(schema: ServiceSchema, member: MemberSchema, candidates: string[]): string | undefined {
  if (member.target === "string") return candidates[0];
  if (typeof member.target === "string") return undefined;
  const target = schema.shapes[member.target.shape];
  if (target?.type !== "enum") return undefined;
  return candidates.find((c) => target.values.includes(c));
}
