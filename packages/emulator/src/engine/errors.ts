/**
 * The engine throws the generated error classes of `@pc-benefits/protocol/models`; the protocol dispatcher
 * serializes them like any handler's (status, `__type` and members from the generated schema table). This
 * file adds what the classes do not say: the validation errors' `FieldList` in the engine's one-field form,
 * an error by name (for `failNext`), and the AWS JSON body of an error for the routes outside the dispatcher.
 */

import { modelledErrorPayload } from "@pc-benefits/protocol";
import {
  errorClasses,
  PartnerCentralBenefitsServiceException,
  ServiceQuotaExceededException,
  ValidationException,
  type ValidationExceptionErrorCode,
  type ValidationExceptionField,
  type ValidationExceptionReason,
} from "@pc-benefits/protocol/models";

/** The modelled errors, by the generated table of error classes of `@pc-benefits/protocol/models`. */
export type ErrorName = keyof typeof errorClasses;
/** An instance of one of the generated error classes. */
export type ModelledError = InstanceType<(typeof errorClasses)[ErrorName]>;
export type ValidationReason = ValidationExceptionReason;
export type ValidationFieldCode = ValidationExceptionErrorCode;
/** A `FieldList` entry as the engine writes it: always named and explained (the model leaves both optional). */
export interface ValidationField extends ValidationExceptionField {
  Name: string;
  Message: string;
}

/** A thrown value is one of the model's errors (the dispatcher answers it as such). */
export function isModelledError(value: unknown): value is ModelledError {
  return value instanceof PartnerCentralBenefitsServiceException && Object.hasOwn(errorClasses, value.name);
}

/** A `ValidationException`; `FieldList` only when there are fields. */
export function validationError(
  message: string,
  reason: ValidationReason,
  fields: ValidationField[] = [],
): ValidationException {
  return new ValidationException({
    $metadata: {},
    message,
    Reason: reason,
    ...(fields.length > 0 ? { FieldList: fields } : {}),
  });
}

/** One-field `fieldValidationFailed` error: model-level checks (types, patterns, list caps). */
export function fieldError(name: string, code: ValidationFieldCode, message: string): ValidationException {
  return validationError(`Invalid value for ${name}: ${message}`, "fieldValidationFailed", [
    { Name: name, Message: message, Code: code },
  ]);
}

/** The error `name`, with placeholder values for the members the model requires besides the message. */
export function errorNamed(name: ErrorName, message: string): ModelledError {
  switch (name) {
    case "ValidationException":
      return validationError(message, "other");
    case "ServiceQuotaExceededException":
      return new ServiceQuotaExceededException({
        $metadata: {},
        message,
        ResourceId: "injected",
        ResourceType: "BenefitApplication",
        QuotaCode: "injected",
      });
    default:
      return new errorClasses[name]({ $metadata: {}, message });
  }
}

/**
 * HTTP status and AWS JSON 1.0 body of a modelled error, for routes the protocol dispatcher does not answer
 * (the control routes): the model's `httpError`, the full shape ID in `__type`, `Message`, then the error's
 * other modelled members that are set.
 */
export function errorResponse(error: ModelledError): { status: number; body: Record<string, unknown> } {
  const payload = modelledErrorPayload(error);
  if (payload === undefined) throw new Error(`${error.name} is not an error of the model`);
  return payload;
}
