import { describe, expect, it } from "vitest";
import { hasErrors, pathSegments, placeFieldErrors } from "./field-errors.js";

const KNOWN = ["Name", "Description", "FulfillmentTypes", "PartnerContacts[", "FileDetails["];

describe("pathSegments", () => {
  it.each([
    ["Name", ["Name"]],
    [
      "BenefitApplicationDetails.CreditDisbursementDetails.AwsAccountIdForCredits",
      ["BenefitApplicationDetails", "CreditDisbursementDetails", "AwsAccountIdForCredits"],
    ],
    ["FileDetails[1].FileStatus", ["FileDetails", "1", "FileStatus"]],
    ["", []],
  ])("%s", (name, expected) => {
    expect(pathSegments(name)).toEqual(expected);
  });
});

describe("placeFieldErrors", () => {
  it("nests details errors for the schema form, by property", () => {
    const placed = placeFieldErrors(
      [
        { Name: "BenefitApplicationDetails.AccountId", Message: "AccountId is required." },
        {
          Name: "BenefitApplicationDetails.CreditDisbursementDetails.AwsAccountIdForCredits",
          Message: "pattern",
        },
        { Name: "BenefitApplicationDetails.AccountId", Message: "second" },
      ],
      KNOWN,
    );
    expect(placed.details).toEqual({
      AccountId: { __errors: ["AccountId is required.", "second"] },
      CreditDisbursementDetails: { AwsAccountIdForCredits: { __errors: ["pattern"] } },
    });
    expect(placed.fields).toEqual({});
    expect(placed.unplaced).toEqual([]);
  });

  it("puts the request's own members at their fields and keeps the rest for the banner", () => {
    const placed = placeFieldErrors(
      [
        { Name: "FulfillmentTypes", Message: "At least one." },
        { Name: "FileDetails[0].FileStatus", Message: "still processing" },
        { Name: "PartnerContacts[0].Email", Message: "bad email" },
        { Name: "Status", Message: "wrong state", Code: "INVALID_RESOURCE_STATE" },
        { Name: "BenefitId", Message: "inactive" },
      ],
      KNOWN,
    );
    expect(placed.fields).toEqual({
      FulfillmentTypes: ["At least one."],
      "FileDetails[0].FileStatus": ["still processing"],
      "PartnerContacts[0].Email": ["bad email"],
    });
    expect(placed.unplaced.map((f) => f.Name)).toEqual(["Status", "BenefitId"]);
    expect(hasErrors(placed.details)).toBe(false);
  });

  it("a details error at the root lands on the form itself", () => {
    const placed = placeFieldErrors(
      [{ Name: "BenefitApplicationDetails", Message: "must be object" }],
      KNOWN,
    );
    expect(placed.details).toEqual({ __errors: ["must be object"] });
    expect(hasErrors(placed.details)).toBe(true);
  });
});
