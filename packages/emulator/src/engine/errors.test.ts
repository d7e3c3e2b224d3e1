import { describe, expect, expectTypeOf, it } from "vitest";
import { EmulatorError, type ErrorName, type ValidationFieldCode } from "./errors.js";

describe("EmulatorError", () => {
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
  ])("%s: HTTP %i, %s fault, from the model's traits", (name, status, fault) => {
    const error = new EmulatorError(name, "m");
    expect(error.httpStatus()).toBe(status);
    expect(error.httpStatus(true)).toBe(fault === "client" ? 400 : 500);
    expect(error.fault).toBe(fault);
    expect(error.toAwsJson()).toEqual({
      __type: `com.amazonaws.partnercentralbenefits#${name}`,
      Message: "m",
    });
  });
});
