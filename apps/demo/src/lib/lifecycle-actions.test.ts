import { describe, expect, it } from "vitest";
import { allowedActions } from "./lifecycle-actions.js";

describe("allowedActions", () => {
  it.each([
    ["PENDING_SUBMISSION", undefined, ["update", "submit", "associate", "disassociate", "cancel", "tag"]],
    ["IN_REVIEW", "BUSINESS_REVIEW", ["recall", "amend", "cancel", "tag"]],
    ["IN_REVIEW", "FINANCE_REVIEW", ["amend", "cancel", "tag"]],
    ["ACTION_REQUIRED", "BUSINESS_REVIEW", ["amend", "cancel", "tag"]],
    ["APPROVED", "FINANCE_REVIEW", ["tag"]],
    ["REJECTED", undefined, ["tag"]],
    ["CANCELED", undefined, ["tag"]],
  ])("%s at stage %s", (status, stage, expected) => {
    expect(allowedActions(status, stage)).toEqual(expected);
  });
});
