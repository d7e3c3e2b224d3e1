import {
  ConflictException,
  PartnerCentralBenefitsServiceException,
  ServiceQuotaExceededException,
  ValidationException,
} from "@pc-benefits/protocol/models";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type ErrorName,
  errorNamed,
  errorResponse,
  fieldError,
  isModelledError,
  type ValidationFieldCode,
  validationError,
} from "./errors.js";

describe("modelled errors", () => {
  it("names exactly the model's errors (derived from the generated classes)", () => {
    expectTypeOf<ErrorName>().toEqualTypeOf<
      | "AccessDeniedException"
      | "ConflictException"
      | "InternalServerException"
      | "ResourceNotFoundException"
      | "ServiceQuotaExceededException"
      | "ThrottlingException"
      | "ValidationException"
    >();
    expectTypeOf<"INVALID_RESOURCE_STATE">().toExtend<ValidationFieldCode>();
  });

  it.each<[ErrorName, number, "client" | "server"]>([
    ["ValidationException", 400, "client"],
    ["ServiceQuotaExceededException", 402, "client"],
    ["AccessDeniedException", 403, "client"],
    ["ResourceNotFoundException", 404, "client"],
    ["ConflictException", 409, "client"],
    ["ThrottlingException", 429, "client"],
    ["InternalServerException", 500, "server"],
  ])("%s by name: the generated class, HTTP %i, %s fault", (name, status, fault) => {
    const error = errorNamed(name, "m");
    expect(error).toBeInstanceOf(PartnerCentralBenefitsServiceException);
    expect([error.name, error.message, error.$fault]).toEqual([name, "m", fault]);
    expect(isModelledError(error)).toBe(true);
    const { status: got, body } = errorResponse(error);
    expect(got).toBe(status);
    expect(body).toMatchObject({ __type: `com.amazonaws.partnercentralbenefits#${name}`, Message: "m" });
  });

  it("gives the members the model requires a value when made by name", () => {
    expect(errorResponse(errorNamed("ValidationException", "m")).body).toEqual({
      __type: "com.amazonaws.partnercentralbenefits#ValidationException",
      Message: "m",
      Reason: "other",
    });
    expect(errorNamed("ServiceQuotaExceededException", "m")).toBeInstanceOf(ServiceQuotaExceededException);
    expect(errorResponse(errorNamed("ServiceQuotaExceededException", "m")).body).toEqual({
      __type: "com.amazonaws.partnercentralbenefits#ServiceQuotaExceededException",
      Message: "m",
      ResourceId: "injected",
      ResourceType: "BenefitApplication",
      QuotaCode: "injected",
    });
  });

  it("writes the one-field validation error and leaves FieldList out when there are no fields", () => {
    const error = fieldError("MaxResults", "VALUE_OUT_OF_RANGE", "too big");
    expect(error).toBeInstanceOf(ValidationException);
    expect(errorResponse(error).body).toEqual({
      __type: "com.amazonaws.partnercentralbenefits#ValidationException",
      Message: "Invalid value for MaxResults: too big",
      Reason: "fieldValidationFailed",
      FieldList: [{ Name: "MaxResults", Message: "too big", Code: "VALUE_OUT_OF_RANGE" }],
    });
    expect(errorResponse(validationError("bad", "cannotParse")).body).not.toHaveProperty("FieldList");
  });

  it("tells modelled errors from other thrown values", () => {
    expect(isModelledError(new ConflictException({ $metadata: {}, message: "x" }))).toBe(true);
    expect(isModelledError(new Error("x"))).toBe(false);
    expect(isModelledError({ name: "ConflictException" })).toBe(false);
  });
});
