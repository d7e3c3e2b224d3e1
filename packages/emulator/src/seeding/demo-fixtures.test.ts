import {
  BenefitAllocationStatus,
  BenefitApplicationStatus,
  FulfillmentType,
} from "@pc-benefits/protocol/models";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../engine/create-emulator.js";
import { demoFixtures } from "./demo-fixtures.js";
import { validateFixtures } from "./parse-fixtures.js";

describe("demoFixtures", () => {
  it("fits the format and the catalogs of seed 1", () => {
    expect(validateFixtures(demoFixtures, { seed: 1 })).toEqual({ ok: true, fixtures: demoFixtures });
  });

  it("has an application in every status of the model", () => {
    const statuses = new Set(demoFixtures.applications?.map((a) => a.status));
    expect([...statuses].sort()).toEqual(Object.values(BenefitApplicationStatus).sort());
  });

  it("has allocations of every fulfillment type and status of the model, credit codes and a consumable", () => {
    const allocations = demoFixtures.applications?.flatMap((a) => a.allocations ?? []) ?? [];
    expect([...new Set(allocations.map((a) => a.fulfillmentType))].sort()).toEqual(
      Object.values(FulfillmentType).sort(),
    );
    expect([...new Set(allocations.map((a) => a.status ?? "ACTIVE"))].sort()).toEqual(
      Object.values(BenefitAllocationStatus).sort(),
    );
    expect(allocations.some((a) => (a.creditCodes?.length ?? 0) > 1)).toBe(true);
    expect(allocations.some((a) => a.consumable !== undefined)).toBe(true);
  });

  it("reads back through the API as it was written", async () => {
    const emulator = createEmulator({ fixtures: demoFixtures });
    const listed = await emulator.handlers.ListBenefitApplications({ Catalog: "AWS", MaxResults: 100 });
    const expected = demoFixtures.applications?.filter((a) => a.catalog === "AWS") ?? [];
    // Newest first, like applications created through the API.
    expect(listed.BenefitApplicationSummaries?.map((s) => s.Id)).toEqual(
      [...expected]
        .sort((a, b) => Date.parse(b.createdAt ?? "") - Date.parse(a.createdAt ?? ""))
        .map((a) => a.id),
    );
    const actionRequired = await emulator.handlers.GetBenefitApplication({
      Catalog: "AWS",
      Identifier: "benappl-demo0000000004",
    });
    expect(actionRequired).toMatchObject({
      Status: "ACTION_REQUIRED",
      StatusReason: "Upload the customer's signed consent for the second tranche.",
      StatusReasonCodes: ["MISSING_DOCUMENTATION"],
      FileDetails: [{ FileName: "claims-consent-draft.docx", FileStatus: "FAILED" }],
      CreatedAt: new Date("2026-09-08T08:00:00Z"),
    });
    const credits = await emulator.handlers.GetBenefitAllocation({
      Catalog: "AWS",
      Identifier: "benalloc-demo0000000001",
    });
    expect(credits.FulfillmentDetail?.CreditDetails).toMatchObject({
      AllocatedAmount: { Amount: "40000.00", CurrencyCode: "USD" },
      IssuedAmount: { Amount: "40000.00", CurrencyCode: "USD" },
      Codes: [
        { AwsCreditCode: "PCDEMOCREDIT0001", Value: { Amount: "25000.00" }, AwsAccountId: "123456789012" },
        { AwsCreditCode: "PCDEMOCREDIT0002", Value: { Amount: "15000.00" }, AwsAccountId: "111122223333" },
      ],
    });
    const consumable = await emulator.handlers.GetBenefitAllocation({
      Catalog: "AWS",
      Identifier: "benalloc-demo0000000005",
    });
    expect(consumable.FulfillmentDetail?.ConsumableDetails).toMatchObject({
      AllocatedAmount: { Amount: "90000.00", CurrencyCode: "EUR" },
      UtilizedAmount: { Amount: "35250.00" },
      RemainingAmount: { Amount: "54750.00" },
    });
    const tags = await emulator.handlers.ListTagsForResource({
      resourceArn:
        "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/benefit-application/benappl-demo0000000001",
    });
    expect(tags.tags).toEqual(
      expect.arrayContaining([
        { Key: "team", Value: "migrations" },
        { Key: "customer", Value: "AnyCompany Retail" },
      ]),
    );
  });

  it("comes back after reset, and the demo flows work on it", async () => {
    const emulator = createEmulator({ fixtures: demoFixtures });
    await emulator.handlers.CancelBenefitApplication({
      Catalog: "AWS",
      ClientToken: "demo-cancel",
      Identifier: "benappl-demo0000000002",
    });
    emulator.reset();
    const got = await emulator.handlers.GetBenefitApplication({
      Catalog: "AWS",
      Identifier: "benappl-demo0000000002",
    });
    expect(got.Status).toBe("IN_REVIEW");
    // The draft misses a required detail (Submit says which) and waits for its file to be processed.
    const draft = await emulator.handlers.GetBenefitApplication({
      Catalog: "AWS",
      Identifier: "benappl-demo0000000001",
    });
    await expect(
      emulator.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: "benappl-demo0000000001" }),
    ).rejects.toMatchObject({
      FieldList: expect.arrayContaining([
        expect.objectContaining({ Name: "BenefitApplicationDetails.Industry" }),
      ]),
    });
    await emulator.handlers.UpdateBenefitApplication({
      Catalog: "AWS",
      ClientToken: "demo-update",
      Identifier: "benappl-demo0000000001",
      Revision: draft.Revision ?? "",
      BenefitApplicationDetails: { ...(draft.BenefitApplicationDetails as object), Industry: "Retail" },
    });
    emulator.reviewer.setFileStatus(
      "AWS",
      "benappl-demo0000000001",
      "s3://amzn-partner-benefits-demo/123456789012/erp-migration-plan.pdf",
      "SUCCEEDED",
    );
    await emulator.handlers.SubmitBenefitApplication({
      Catalog: "AWS",
      Identifier: "benappl-demo0000000001",
    });
    const approved = emulator.reviewer.approve("AWS", "benappl-demo0000000001");
    expect(approved.allocations.map((a) => a.FulfillmentType).sort()).toEqual(["CASH", "CREDITS"]);
  });
});

describe("demoFixtures history", () => {
  it("answers the written history, and a plausible one where none is written", () => {
    const emulator = createEmulator({ fixtures: demoFixtures });
    const recalled = emulator.reviewer.history("AWS", "benappl-demo0000000001");
    expect(recalled.map((s) => [s.action, s.status, s.at.toISOString()])).toEqual([
      ["Create", "PENDING_SUBMISSION", "2026-11-20T09:15:00.000Z"],
      ["Submit", "IN_REVIEW", "2026-11-20T10:05:00.000Z"],
      ["Recall", "PENDING_SUBMISSION", "2026-11-21T16:40:00.000Z"],
    ]);
    expect(recalled[2]?.reason).toBe("Adding the migration plan before review.");
    const rejected = emulator.reviewer.history("AWS", "benappl-demo0000000008");
    expect(rejected.map((s) => [s.action, s.status])).toEqual([
      ["Create", "PENDING_SUBMISSION"],
      ["Submit", "IN_REVIEW"],
      ["Review", "REJECTED"],
    ]);
    expect(rejected[2]?.reason).toBe("The account already received Innovation Sandbox credits this year.");
  });
});
