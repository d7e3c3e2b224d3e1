/**
 * Submit-time validation of BenefitApplicationDetails against the benefit's BenefitRequestSchema
 * with the JSON Schema validator of json-schema.ts (draft 2020-12; see docs/behaviour.md#submit-validation).
 * Each failure becomes one FieldList entry.
 */

import type { ValidationField, ValidationFieldCode } from "./errors.js";
import { checkSupported, type JsonSchema, type SchemaError, validateSchema } from "./json-schema.js";

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

export class RequestSchemaValidator {
  /** Schemas already checked for unsupported keywords, by cache key. */
  private readonly checked = new Set<string>();

  /** Failures of `details` against `schema` (checked once under `cacheKey`), as FieldList entries. */
  validate(cacheKey: string, schema: JsonSchema, details: unknown, root: string): ValidationField[] {
    if (!this.checked.has(cacheKey)) {
      checkSupported(schema);
      this.checked.add(cacheKey);
    }
    return validateSchema(schema, details).map((error) => toField(error, root));
  }
}

function toField(error: SchemaError, root: string): ValidationField {
  const segments = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const params = error.params;
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
