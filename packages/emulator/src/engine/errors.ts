/** AWS-shaped service errors thrown by the engine; transports serialize them with `toAwsJson`. */

export const ERROR_NAMESPACE = "com.amazonaws.partnercentralbenefits";

export type ErrorName =
  | "ValidationException"
  | "AccessDeniedException"
  | "ConflictException"
  | "ResourceNotFoundException"
  | "ThrottlingException"
  | "ServiceQuotaExceededException"
  | "InternalServerException";

export type ValidationReason =
  | "unknownOperation"
  | "cannotParse"
  | "fieldValidationFailed"
  | "other"
  | "BUSINESS_VALIDATION_FAILED";

export type ValidationFieldCode =
  | "REQUIRED_FIELD_MISSING"
  | "INVALID_ENUM_VALUE"
  | "INVALID_STRING_FORMAT"
  | "INVALID_VALUE"
  | "NOT_ENOUGH_VALUES"
  | "TOO_MANY_VALUES"
  | "INVALID_RESOURCE_STATE"
  | "DUPLICATE_KEY_VALUE"
  | "VALUE_OUT_OF_RANGE"
  | "ACTION_NOT_PERMITTED";

export interface ValidationField {
  Name: string;
  Message: string;
  Code?: ValidationFieldCode;
}

/** HTTP status codes from the model's `@httpError` traits. */
export const MODEL_HTTP_STATUS: Record<ErrorName, number> = {
  ValidationException: 400,
  AccessDeniedException: 403,
  ConflictException: 409,
  ResourceNotFoundException: 404,
  ThrottlingException: 429,
  ServiceQuotaExceededException: 402,
  InternalServerException: 500,
};

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
    this.fault = name === "InternalServerException" ? "server" : "client";
    this.members = members;
    Object.assign(this, members);
  }

  /** HTTP status: the model's code, or 400 for every client error when `allClientErrors400` (option). */
  httpStatus(allClientErrors400 = false): number {
    if (allClientErrors400 && this.fault === "client") return 400;
    return MODEL_HTTP_STATUS[this.name];
  }

  /** The AWS JSON 1.0 error body: full shape ID in `__type`, then `Message` and the other members. */
  toAwsJson(): Record<string, unknown> {
    return { __type: `${ERROR_NAMESPACE}#${this.name}`, Message: this.message, ...this.members };
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
