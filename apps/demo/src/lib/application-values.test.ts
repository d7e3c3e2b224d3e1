import { describe, expect, it } from "vitest";
import {
  type ApplicationValues,
  createInput,
  emptyValues,
  updateInput,
  valuesOf,
} from "./application-values.js";

const filled: ApplicationValues = {
  ...emptyValues(["CREDITS"]),
  name: "  Q3 migration ",
  details: { AccountId: "123456789012" },
  contact: { FirstName: "Ana", LastName: "", Email: "ana@example.com", BusinessTitle: "", Phone: "" },
  files: [
    { FileURI: "s3://bucket/plan.pdf", BusinessUseCase: "" },
    { FileURI: "  ", BusinessUseCase: "ignored" },
  ],
  tags: [
    { Key: "project", Value: "q3" },
    { Key: "", Value: "dropped" },
  ],
};

describe("createInput", () => {
  it("sends trimmed values and leaves out what is empty", () => {
    expect(createInput(filled, { catalog: "Sandbox", benefitId: "ben-1", clientToken: "tok" })).toEqual({
      Catalog: "Sandbox",
      ClientToken: "tok",
      BenefitIdentifier: "ben-1",
      Name: "Q3 migration",
      FulfillmentTypes: ["CREDITS"],
      BenefitApplicationDetails: { AccountId: "123456789012" },
      PartnerContacts: [{ FirstName: "Ana", Email: "ana@example.com" }],
      FileDetails: [{ FileURI: "s3://bucket/plan.pdf" }],
      Tags: [{ Key: "project", Value: "q3" }],
    });
  });

  it("sends no contacts, files or tags for an empty form", () => {
    const input = createInput(emptyValues([]), { catalog: "AWS", benefitId: "ben-1", clientToken: "t" });
    expect(Object.keys(input).sort()).toEqual(
      ["BenefitApplicationDetails", "BenefitIdentifier", "Catalog", "ClientToken", "FulfillmentTypes"].sort(),
    );
  });
});

describe("updateInput", () => {
  it("carries the revision and the client token, and replaces contacts and files whole", () => {
    const input = updateInput(
      {
        ...filled,
        contact: { FirstName: "", LastName: "", Email: "", BusinessTitle: "", Phone: "" },
        files: [],
      },
      { catalog: "AWS", applicationId: "benappl-1", revision: "rev-1", clientToken: "tok-2" },
    );
    expect(input).toMatchObject({ Identifier: "benappl-1", Revision: "rev-1", ClientToken: "tok-2" });
    expect(input.PartnerContacts).toEqual([]);
    expect(input.FileDetails).toEqual([]);
  });
});

describe("valuesOf", () => {
  it("round-trips an application into the form", () => {
    const values = valuesOf({
      Name: "n",
      FulfillmentTypes: ["CASH"],
      BenefitApplicationDetails: { A: 1 },
      PartnerContacts: [{ Email: "x@example.com" }],
      FileDetails: [{ FileURI: "s3://b/f.pdf", FileStatus: "PENDING" }],
    });
    expect(values).toMatchObject({
      name: "n",
      fulfillmentTypes: ["CASH"],
      details: { A: 1 },
      contact: { Email: "x@example.com", FirstName: "" },
      files: [{ FileURI: "s3://b/f.pdf", BusinessUseCase: "" }],
    });
  });
});
