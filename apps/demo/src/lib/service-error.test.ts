import {
  ConflictException,
  InternalServerException,
  ResourceNotFoundException,
  ThrottlingException,
  ValidationException,
} from "@pc-benefits/client";
import { describe, expect, it } from "vitest";
import { describeProblem } from "./service-error.js";

const $metadata = { httpStatusCode: 400, requestId: "req-1", attempts: 1, totalRetryDelay: 0 };

describe("describeProblem", () => {
  it("keeps a ValidationException's FieldList and counts it", () => {
    const error = new ValidationException({
      $metadata,
      message: "bad",
      Reason: "BUSINESS_VALIDATION_FAILED",
      FieldList: [
        { Name: "BenefitApplicationDetails.AccountId", Message: "required", Code: "REQUIRED_FIELD_MISSING" },
        { Name: "FulfillmentTypes", Message: "at least one", Code: "REQUIRED_FIELD_MISSING" },
      ],
    });
    const problem = describeProblem(error);
    expect(problem.kind).toBe("validation");
    expect(problem.fields.map((f) => f.Name)).toEqual([
      "BenefitApplicationDetails.AccountId",
      "FulfillmentTypes",
    ]);
    expect(problem.title).toContain("2 problems");
    expect(problem.requestId).toBe("req-1");
  });

  it.each([
    [
      "conflict",
      new ConflictException({ $metadata: { ...$metadata, httpStatusCode: 409 }, message: "stale" }),
    ],
    [
      "throttling",
      new ThrottlingException({ $metadata: { ...$metadata, httpStatusCode: 429 }, message: "slow" }),
    ],
    [
      "not-found",
      new ResourceNotFoundException({ $metadata: { ...$metadata, httpStatusCode: 404 }, message: "x" }),
    ],
    [
      "server",
      new InternalServerException({ $metadata: { ...$metadata, httpStatusCode: 500 }, message: "x" }),
    ],
  ])("classifies %s", (kind, error) => {
    expect(describeProblem(error).kind).toBe(kind);
  });

  it("says how often a throttled call was tried", () => {
    const error = new ThrottlingException({ $metadata: { ...$metadata, httpStatusCode: 429, attempts: 3 } });
    expect(describeProblem(error).title).toContain("tried 3 times");
  });

  it("explains a fetch that nothing answered as a network failure", () => {
    const error = Object.assign(new TypeError("Failed to fetch"), { $metadata: { attempts: 3 } });
    const problem = describeProblem(error);
    expect(problem.kind).toBe("network");
    expect(problem.title).toContain("could not be reached (tried 3 times)");
  });

  it("falls back to a generic failure for anything else", () => {
    expect(describeProblem(new Error("boom"))).toMatchObject({ kind: "other", detail: "boom" });
    expect(describeProblem("text")).toMatchObject({ kind: "other", detail: undefined });
  });
});
