/**
 * Submit-time validation of BenefitApplicationDetails against the benefit's BenefitRequestSchema
 * with a real JSON Schema validator (Ajv, draft 2020-12; see docs/behaviour.md#submit-validation). Each failure becomes one FieldList entry.
 */

import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import type { ValidationField, ValidationFieldCode } from "./errors.js";

const CODES: Record<string, ValidationFieldCode> = {
  required: "REQUIRED_FIELD_MISSING",
  enum: "INVALID_ENUM_VALUE",
  const: "INVALID_ENUM_VALUE",
  pattern: "INVALID_STRING_FORMAT",
  format: "INVALID_STRING_FORMAT",
  minimum: "VALUE_OUT_OF_RANGE",
  maximum: "VALUE_OUT_OF_RANGE",
  exclusiveMinimum: "VALUE_OUT_OF_RANGE",
  exclusiveMaximum: "VALUE_OUT_OF_RANGE",
  minLength: "VALUE_OUT_OF_RANGE",
  maxLength: "VALUE_OUT_OF_RANGE",
  minItems: "NOT_ENOUGH_VALUES",
  maxItems: "TOO_MANY_VALUES",
  uniqueItems: "DUPLICATE_KEY_VALUE",
};

type FormatsPlugin = (ajv: Ajv2020, options?: { mode?: "fast" | "full" }) => Ajv2020;
const addFormats: FormatsPlugin =
  (formatsPlugin as unknown as { default?: FormatsPlugin }).default ??
  (formatsPlugin as unknown as FormatsPlugin);

export class RequestSchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv = new Ajv2020({ allErrors: true, strict: false });
    // "fast" format regexes: linear-time checks, so a hostile details document cannot stall Submit.
    addFormats(this.ajv, { mode: "fast" });
  }

  /** Failures of `details` against `schema` (cached under `cacheKey`), as FieldList entries. */
  validate(
    cacheKey: string,
    schema: Record<string, unknown>,
    details: unknown,
    root: string,
  ): ValidationField[] {
    let validate = this.compiled.get(cacheKey);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(cacheKey, validate);
    }
    if (validate(details)) return [];
    return (validate.errors ?? []).map((error) => toField(error, root));
  }
}

function toField(error: ErrorObject, root: string): ValidationField {
  const segments = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required" && typeof params.missingProperty === "string") {
    segments.push(params.missingProperty);
  }
  if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    segments.push(params.additionalProperty);
  }
  const name = [root, ...segments].join(".");
  const message =
    error.keyword === "required"
      ? `${name} is required.`
      : error.keyword === "additionalProperties"
        ? `${name} is not a field of this benefit's request schema.`
        : `${name} ${error.message ?? "is invalid"}.`;
  return { Name: name, Message: message, Code: CODES[error.keyword] ?? "INVALID_VALUE" };
}
