import { isPlainObject } from "../codec/walk.js";
import type { ProtocolErrorSpec } from "./protocol-errors.js";
import type { OperationSchema, ServiceSchema, StructureSchema } from "./schema.js";
import { serializeStructure } from "./serialize.js";
import type { ValidationReport, Violation } from "./validate.js";
import { validationErrorPayload } from "./validation-error.js";
import { writeStructureJson } from "./wire-json.js";
import type { WireResponse } from "./wire-response.js";

export const REQUEST_ID_HEADER = "x-amzn-RequestId";
export const ERROR_TYPE_HEADER = "x-amzn-ErrorType";
/** Error code under AWS Query and fault (`Sender`/`Receiver`), sent by `awsQueryCompatible` services. */
export const QUERY_ERROR_HEADER = "x-amzn-query-error";

function respond(
  schema: ServiceSchema,
  requestId: string,
  status: number,
  body: Record<string, unknown>,
  errorName?: string,
): WireResponse {
  const headers: Record<string, string> = {
    "Content-Type": schema.contentType,
    [REQUEST_ID_HEADER]: requestId,
  };
  if (errorName !== undefined) headers[ERROR_TYPE_HEADER] = errorName;
  return { status, headers, body: JSON.stringify(body) };
}

export function successResponse(
  schema: ServiceSchema,
  operation: OperationSchema,
  requestId: string,
  output: unknown,
): WireResponse {
  const value = isPlainObject(output) ? output : {};
  return {
    status: 200,
    headers: { "Content-Type": schema.contentType, [REQUEST_ID_HEADER]: requestId },
    body: writeStructureJson(schema, operation.output, value),
  };
}

export function protocolErrorResponse(
  schema: ServiceSchema,
  requestId: string,
  spec: ProtocolErrorSpec,
  message: string,
): WireResponse {
  return respond(schema, requestId, spec.status, { __type: spec.type, message }, spec.type);
}

export function validationErrorResponse(
  schema: ServiceSchema,
  operation: OperationSchema,
  requestId: string,
  violations: ValidationReport | Violation[],
): WireResponse {
  const payload = validationErrorPayload(schema, operation, violations);
  return respond(
    schema,
    requestId,
    payload.status,
    { __type: payload.type, ...payload.body },
    payload.errorName,
  );
}

/** The modelled error structure a thrown value stands for (matched by `name`), if any. */
export function modelledErrorOf(
  schema: ServiceSchema,
  error: unknown,
): { name: string; shape: StructureSchema & { error: NonNullable<StructureSchema["error"]> } } | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  if (typeof name !== "string") return undefined;
  const shape = Object.hasOwn(schema.shapes, name) ? schema.shapes[name] : undefined;
  if (shape?.type !== "structure" || !shape.error) return undefined;
  return { name, shape: { ...shape, error: shape.error } };
}

/**
 * The wire form of a thrown modelled error, before headers: the model's `httpError` status and a body with
 * `__type` = absolute shape ID and the error's modelled members (a `Message`/`message` member falls back to
 * `Error.message`).
 */
export function modelledErrorPayload(
  schema: ServiceSchema,
  name: string,
  shape: StructureSchema & { error: NonNullable<StructureSchema["error"]> },
  error: object,
): { status: number; body: Record<string, unknown> } {
  const fields = { ...(error as Record<string, unknown>) };
  const fallbackMessage = error instanceof Error ? error.message : undefined;
  for (const member of shape.members) {
    if (
      member.name.toLowerCase() === "message" &&
      (fields[member.name] === undefined || fields[member.name] === null)
    ) {
      fields[member.name] = fallbackMessage ?? "";
    }
  }
  const body = serializeStructure(schema, name, fields);
  return { status: shape.error.httpStatus, body: { __type: shape.error.type ?? shape.error.id, ...body } };
}

/** Serializes a thrown modelled error as a whole response (see {@link modelledErrorPayload}). */
export function modelledErrorResponse(
  schema: ServiceSchema,
  requestId: string,
  name: string,
  shape: StructureSchema & { error: NonNullable<StructureSchema["error"]> },
  error: object,
): WireResponse {
  const payload = modelledErrorPayload(schema, name, shape, error);
  const response = respond(schema, requestId, payload.status, payload.body, name);
  if (schema.awsQueryCompatible) {
    const fault = shape.error.fault === "client" ? "Sender" : "Receiver";
    response.headers[QUERY_ERROR_HEADER] = `${shape.error.queryCode ?? name};${fault}`;
  }
  return response;
}

/** The model's server-fault error used for unexpected failures: `InternalServerException` by convention. */
export function internalErrorShape(
  schema: ServiceSchema,
  operation: OperationSchema | undefined,
): { name: string; shape: StructureSchema & { error: NonNullable<StructureSchema["error"]> } } | undefined {
  const names = operation ? operation.errors : Object.keys(schema.shapes);
  const candidates = names.filter((n) => {
    const s = schema.shapes[n];
    return s?.type === "structure" && s.error?.fault === "server";
  });
  const name = candidates.find((n) => n === "InternalServerException") ?? candidates[0];
  if (name === undefined) return undefined;
  return modelledErrorOf(schema, { name });
}
