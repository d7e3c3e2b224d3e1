import { ValidationException } from "@pc-benefits/protocol/models";
import { describe, expect, it } from "vitest";
import type { ApplicationStatus } from "./api-types.js";
import {
  APPLICATION_STATUSES,
  assertAllowed,
  GATED_OPERATIONS,
  nextStatus,
  reviewerMayMove,
} from "./lifecycle.js";
import { DEFAULT_SETTINGS } from "./settings.js";

/** The lifecycle gates table, written out independently of the settings object. */
const ALLOWED: Record<string, ApplicationStatus[]> = {
  UpdateBenefitApplication: ["PENDING_SUBMISSION"],
  AssociateBenefitApplicationResource: ["PENDING_SUBMISSION"],
  DisassociateBenefitApplicationResource: ["PENDING_SUBMISSION"],
  SubmitBenefitApplication: ["PENDING_SUBMISSION"],
  RecallBenefitApplication: ["IN_REVIEW"],
  AmendBenefitApplication: ["IN_REVIEW", "ACTION_REQUIRED"],
  CancelBenefitApplication: ["PENDING_SUBMISSION", "IN_REVIEW", "ACTION_REQUIRED"],
};

const rows = GATED_OPERATIONS.flatMap((op) =>
  APPLICATION_STATUSES.map((status) => [op, status, ALLOWED[op]?.includes(status) ?? false] as const),
);

describe("assertAllowed", () => {
  it.each(rows)("%s in %s allowed: %s", (op, status, allowed) => {
    const run = () => assertAllowed(op, { status }, DEFAULT_SETTINGS);
    if (allowed) expect(run).not.toThrow();
    else expect(run).toThrow(ValidationException); // DEFAULT_SETTINGS.statusErrorKind
  });
});

describe("nextStatus", () => {
  it.each([
    ["SubmitBenefitApplication", "PENDING_SUBMISSION", "IN_REVIEW"],
    ["RecallBenefitApplication", "IN_REVIEW", "PENDING_SUBMISSION"],
    ["CancelBenefitApplication", "ACTION_REQUIRED", "CANCELED"],
    ["AmendBenefitApplication", "ACTION_REQUIRED", "IN_REVIEW"],
    ["AmendBenefitApplication", "IN_REVIEW", "IN_REVIEW"],
    ["UpdateBenefitApplication", "PENDING_SUBMISSION", "PENDING_SUBMISSION"],
  ] as const)("%s from %s -> %s", (op, from, to) => {
    expect(nextStatus(op, from, DEFAULT_SETTINGS)).toBe(to);
  });

  it("amendReturnsToReview=false keeps ACTION_REQUIRED", () => {
    expect(
      nextStatus("AmendBenefitApplication", "ACTION_REQUIRED", {
        ...DEFAULT_SETTINGS,
        amendReturnsToReview: false,
      }),
    ).toBe("ACTION_REQUIRED");
  });
});

describe("reviewerMayMove", () => {
  it.each([
    ["IN_REVIEW", "APPROVED", true],
    ["IN_REVIEW", "ACTION_REQUIRED", true],
    ["ACTION_REQUIRED", "REJECTED", true],
    ["PENDING_SUBMISSION", "APPROVED", false],
    ["APPROVED", "REJECTED", false],
    ["REJECTED", "IN_REVIEW", false],
    ["CANCELED", "APPROVED", false],
  ] as const)("%s -> %s: %s", (from, to, ok) => {
    expect(reviewerMayMove(from, to)).toBe(ok);
  });
});
