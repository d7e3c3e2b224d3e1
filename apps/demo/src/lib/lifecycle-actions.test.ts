import { BenefitApplicationStatus } from "@pc-benefits/client";
import { describe, expect, it } from "vitest";
import { allowedActions, onlyTagsMessage } from "./lifecycle-actions.js";

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

describe("onlyTagsMessage", () => {
  it("reads right for every status that allows only tagging", () => {
    const tagOnly = Object.values(BenefitApplicationStatus).filter(
      (s) => allowedActions(s, undefined).join() === "tag",
    );
    expect(tagOnly.sort()).toEqual(["APPROVED", "CANCELED", "REJECTED"]);
    expect(tagOnly.map(onlyTagsMessage)).toEqual([
      "This application is approved: only its tags can change.",
      "This application is canceled: only its tags can change.",
      "This application is rejected: only its tags can change.",
    ]);
  });
});
