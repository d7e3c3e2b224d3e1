/** AWS-shaped service errors thrown by the engine; transports serialize them with `toAwsJson`. */

import { serviceSchema } from "@pc-benefits/protocol";
import type * as M from "@pc-benefits/protocol/models";

type ModelExports = typeof M;
/** The name of each generated error class (`AccessDeniedException`, ...): its `name` literal. */
type ErrorClassName<K extends keyof ModelExports> = ModelExports[K] extends abstract new (
  ...args: never[]
) => infer I
  ? I extends { readonly name: infer N extends string; readonly $fault: "client" | "server" }
    ? string extends N
      ? never
      : N
    : never
  : never;

/** The modelled errors, as generated in `@pc-benefits/protocol/models`. */
export type ErrorName = { [K in keyof ModelExports]: ErrorClassName<K> }[keyof ModelExports];
export type ValidationReason = M.ValidationExceptionReason;
export type ValidationFieldCode = M.ValidationExceptionErrorCode;

export interface ValidationField {
  Name: string;
  Message: string;
  Code?: ValidationFieldCode;
}

/** The `@error` / `@httpError` facts of a modelled error, from the generated schema table. */
function errorTraits(name: ErrorName): { id: string; fault: "client" | "server"; httpStatus: number } {
  const shape = serviceSchema.shapes[name];
  if (shape?.type !== "structure" || !shape.error) throw new Error(`${name} is not an error of the model`);
  return shape.error;
}

/**
 * An error of the modelled service. `members` are the error structure's members besides `Message`;
 * they are also copied onto the error as own properties (`Reason`, `FieldList`, ...), which is how the
 * generated server serializes a thrown modelled error (by `name`, then its own fields).
 */
export class EmulatorError extends Error {
  override readonly name: ErrorName;
  readonly fault: "client" | "server";
  readonly members: Readonly<Record<string, unknown>>;

  constructor(name: ErrorName, message: string, members: Record<string, unknown> = {}) {
    super(message);
    this.name = name;
    this.fault = errorTraits(name).fault;
    this.members = members;
    Object.assign(this, members);
  }

  /** HTTP status: the model's code, or 400 for every client error when `allClientErrors400` (option). */
  httpStatus(allClientErrors400 = false): number {
    if (allClientErrors400 && this.fault === "client") return 400;
    return errorTraits(this.name).httpStatus;
  }

  /** The AWS JSON 1.0 error body: full shape ID in `__type`, then `Message` and the other members. */
  toAwsJson(): Record<string, unknown> {
    return { __type: errorTraits(this.name).id, Message: this.message, ...this.members };
  }
}

export function isEmulatorError(value: unknown): value is EmulatorError {
  return value instanceof EmulatorError;
}

export function validationError(
  message: string,
  reason: ValidationReason,
  fields: ValidationField[] = [],
): EmulatorError {
  return new EmulatorError("ValidationException", message, {
    Reason: reason,
    ...(fields.length > 0 ? { FieldList: fields } : {}),
  });
}

/** One-field `fieldValidationFailed` error: model-level checks (types, patterns, list caps). */
export function fieldError(name: string, code: ValidationFieldCode, message: string): EmulatorError {
  return validationError(`Invalid value for ${name}: ${message}`, "fieldValidationFailed", [
    { Name: name, Message: message, Code: code },
  ]);
}

export function conflict(message: string): EmulatorError {
  return new EmulatorError("ConflictException", message);
}

export function notFound(message: string): EmulatorError {
  return new EmulatorError("ResourceNotFoundException", message);
}

export function accessDenied(message: string): EmulatorError {
  return new EmulatorError("AccessDeniedException", message);
}

export function throttled(message = "Rate exceeded"): EmulatorError {
  return new EmulatorError("ThrottlingException", message);
}

export function internalError(message = "An internal error occurred. Retry the request."): EmulatorError {
  return new EmulatorError("InternalServerException", message);
}

export function quotaExceeded(
  message: string,
  resourceId: string,
  resourceType: string,
  quotaCode: string,
): EmulatorError {
  return new EmulatorError("ServiceQuotaExceededException", message, {
    ResourceId: resourceId,
    ResourceType: resourceType,
    QuotaCode: quotaCode,
  });
}
