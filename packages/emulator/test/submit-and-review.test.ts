import { describe, expect, it } from "vitest";
import { exampleDetails } from "../src/catalog/example-details.js";
import {
  activeBenefit,
  applicationIn,
  createDraft,
  errorOf,
  revisionOf,
  setup,
  statusOf,
  token,
} from "./helpers.js";

describe("Submit validation", () => {
  it("reports one FieldList entry per schema failure", async () => {
    const em = setup();
    const benefit = activeBenefit(em);
    const details = exampleDetails(benefit);
    const required = (benefit.requestSchema.required as string[]) ?? [];
    const [missing] = required;
    if (missing) delete details[missing];
    details.Unknown = 1;
    const app = await em.handlers.CreateBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      BenefitIdentifier: benefit.id,
      FulfillmentTypes: benefit.fulfillmentTypes,
      BenefitApplicationDetails: details,
    });
    const error = await errorOf(
      em.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: app.Id ?? "" }),
    );
    expect(error.name).toBe("ValidationException");
    expect(error.Reason).toBe("BUSINESS_VALIDATION_FAILED");
    expect(error.FieldList).toEqual([
      {
        Name: `BenefitApplicationDetails.${missing}`,
        Message: expect.any(String),
        Code: "REQUIRED_FIELD_MISSING",
      },
      { Name: "BenefitApplicationDetails.Unknown", Message: expect.any(String), Code: "INVALID_VALUE" },
    ]);
    expect(await statusOf(em, app.Id ?? "")).toBe("PENDING_SUBMISSION");
  });

  it("requires fulfillment types the benefit offers", async () => {
    const em = setup();
    const benefit = activeBenefit(em);
    const offered = new Set(benefit.fulfillmentTypes);
    const notOffered = (["CREDITS", "CASH", "ACCESS"] as const).find((t) => !offered.has(t)) ?? "ACCESS";
    const create = (types: ("CREDITS" | "CASH" | "ACCESS")[]) =>
      em.handlers.CreateBenefitApplication({
        Catalog: "AWS",
        ClientToken: token(),
        BenefitIdentifier: benefit.id,
        FulfillmentTypes: types,
        BenefitApplicationDetails: exampleDetails(benefit),
      });
    const none = await create([]);
    const e1 = await errorOf(
      em.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: none.Id ?? "" }),
    );
    expect(e1.FieldList).toEqual([
      expect.objectContaining({ Name: "FulfillmentTypes", Code: "REQUIRED_FIELD_MISSING" }),
    ]);
    if (offered.size < 3) {
      const wrong = await create([notOffered]);
      const e2 = await errorOf(
        em.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: wrong.Id ?? "" }),
      );
      expect(e2.FieldList).toEqual([
        expect.objectContaining({ Name: "FulfillmentTypes", Code: "INVALID_ENUM_VALUE" }),
      ]);
    }
  });

  it("blocks pending, failed and unsupported files", async () => {
    const em = setup({ settings: { fileProcessingDelayMs: null } });
    const benefit = activeBenefit(em);
    const out = await em.handlers.CreateBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      BenefitIdentifier: benefit.id,
      FulfillmentTypes: benefit.fulfillmentTypes,
      BenefitApplicationDetails: exampleDetails(benefit),
      FileDetails: [{ FileURI: "s3://bucket/plan.pdf" }, { FileURI: "https://example.com/x/notes.txt" }],
    });
    const id = out.Id ?? "";
    const got = await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: id });
    expect(got.FileDetails?.map((f) => [f.FileName, f.FileType, f.FileStatus])).toEqual([
      ["plan.pdf", "application/pdf", "PENDING"],
      ["notes.txt", undefined, "PENDING"],
    ]);
    const error = await errorOf(em.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: id }));
    expect((error.FieldList as { Name: string }[]).map((f) => f.Name)).toEqual([
      "FileDetails[0].FileStatus",
      "FileDetails[1].FileType",
      "FileDetails[1].FileStatus",
    ]);
    em.reviewer.setFileStatus("AWS", id, "s3://bucket/plan.pdf", "FAILED", "Unreadable");
    await em.handlers.UpdateBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: id,
      Revision: await revisionOf(em, id),
      FileDetails: [{ FileURI: "s3://bucket/plan.pdf" }],
    });
    const failed = await errorOf(em.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: id }));
    expect(failed.FieldList).toEqual([
      expect.objectContaining({
        Name: "FileDetails[0].FileStatus",
        Message: expect.stringContaining("failed"),
      }),
    ]);
    em.reviewer.setFileStatus("AWS", id, "s3://bucket/plan.pdf", "SUCCEEDED");
    await em.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: id });
    expect(await statusOf(em, id)).toBe("IN_REVIEW");
  });

  it("files turn SUCCEEDED after the processing delay", async () => {
    let clock = 5_000;
    const em = setup({ now: () => clock, settings: { fileProcessingDelayMs: 100 } });
    const benefit = activeBenefit(em);
    const out = await em.handlers.CreateBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      BenefitIdentifier: benefit.id,
      FileDetails: [{ FileURI: "s3://b/deck.pptx" }],
    });
    const status = async () =>
      (await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: out.Id ?? "" })).FileDetails?.[0]
        ?.FileStatus;
    expect(await status()).toBe("PENDING");
    clock += 100;
    expect(await status()).toBe("SUCCEEDED");
  });
});

describe("Amend", () => {
  it("changes an amendable path, moves ACTION_REQUIRED back to IN_REVIEW", async () => {
    const em = setup();
    const app = await applicationIn(em, "ACTION_REQUIRED");
    const path = app.benefit.amendablePaths[0] ?? "";
    await em.handlers.AmendBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Revision: await revisionOf(em, app.id),
      AmendmentReason: "fix",
      Amendments: [{ FieldPath: path, NewValue: "999999999999" }],
    });
    const got = await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    expect(got.Status).toBe("IN_REVIEW");
    const segments = path.slice(2).split(".");
    let value: unknown = got.BenefitApplicationDetails;
    for (const s of segments) value = (value as Record<string, unknown>)[s];
    expect(value).toBeDefined();
  });

  it("rejects non-amendable paths with ACTION_NOT_PERMITTED and a stale revision with Conflict", async () => {
    const em = setup();
    const app = await applicationIn(em, "IN_REVIEW");
    const revision = await revisionOf(em, app.id);
    const amend = (rev: string, path: string) =>
      em.handlers.AmendBenefitApplication({
        Catalog: "AWS",
        ClientToken: token(),
        Identifier: app.id,
        Revision: rev,
        AmendmentReason: "x",
        Amendments: [{ FieldPath: path, NewValue: "v" }],
      });
    const notAllowed = await errorOf(amend(revision, "$.NotAmendable"));
    expect(notAllowed.FieldList).toEqual([
      expect.objectContaining({ Name: "Amendments[0].FieldPath", Code: "ACTION_NOT_PERMITTED" }),
    ]);
    expect((await errorOf(amend("stale", app.benefit.amendablePaths[0] ?? ""))).name).toBe(
      "ConflictException",
    );
    expect(await revisionOf(em, app.id)).toBe(revision);
  });
});

describe("reviewer control", () => {
  it("approval creates one allocation per requested fulfillment type", async () => {
    const em = setup();
    const app = await applicationIn(em, "IN_REVIEW");
    const result = em.reviewer.approve("AWS", app.id, { stage: "FINANCE_REVIEW", statusReason: "ok" });
    expect(result.application).toMatchObject({
      Status: "APPROVED",
      Stage: "FINANCE_REVIEW",
      StatusReason: "ok",
    });
    expect(result.allocations.map((a) => a.FulfillmentType)).toEqual(app.benefit.fulfillmentTypes);
    for (const allocation of result.allocations) {
      const got = await em.handlers.GetBenefitAllocation({
        Catalog: "AWS",
        Identifier: allocation.Arn ?? "",
      });
      expect(got).toMatchObject({
        Status: "ACTIVE",
        BenefitApplicationId: app.id,
        BenefitId: app.benefit.id,
      });
      const detail = got.FulfillmentDetail ?? {};
      const key = { CREDITS: "CreditDetails", CASH: "DisbursementDetails", ACCESS: "AccessDetails" }[
        got.FulfillmentType ?? "ACCESS"
      ];
      expect(Object.keys(detail)).toEqual([key]);
      expect(got.ExpiresAt?.getTime()).toBeGreaterThan(got.StartsAt?.getTime() ?? Infinity);
    }
    const listed = await em.handlers.ListBenefitAllocations({
      Catalog: "AWS",
      BenefitApplicationIdentifiers: [app.arn],
    });
    expect(listed.BenefitAllocationSummaries?.map((a) => a.Id).sort()).toEqual(
      result.allocations.map((a) => a.Id).sort(),
    );
  });

  it.each([
    ["PENDING_SUBMISSION", "APPROVED"],
    ["APPROVED", "REJECTED"],
    ["CANCELED", "IN_REVIEW"],
  ] as const)("refuses a reviewer move from %s to %s", async (from, to) => {
    const em = setup();
    const app = await applicationIn(em, from);
    expect(() => em.reviewer.review("AWS", app.id, { status: to })).toThrow(/cannot move/);
  });

  it("creates consumable (pre-approved) allocations usable by other benefits", async () => {
    const em = setup();
    const app = await applicationIn(em, "IN_REVIEW");
    em.reviewer.approve("AWS", app.id, { allocate: false });
    const other = em.benefits("AWS").find((b) => b.id !== app.benefit.id)?.id ?? "";
    const allocation = em.reviewer.createAllocation("AWS", app.id, {
      fulfillmentType: "CASH",
      amount: "1000.00",
      consumable: { utilized: "250.50" },
      applicableBenefitIds: [other],
    });
    expect(allocation.FulfillmentDetail).toEqual({
      ConsumableDetails: {
        AllocatedAmount: { Amount: "1000.00", CurrencyCode: "USD" },
        UtilizedAmount: { Amount: "250.50", CurrencyCode: "USD" },
        RemainingAmount: { Amount: "749.50", CurrencyCode: "USD" },
        IssuanceDetails: expect.objectContaining({ IssuedAt: expect.any(Date) }),
      },
    });
    const byBenefit = await em.handlers.ListBenefitAllocations({
      Catalog: "AWS",
      BenefitIdentifiers: [other],
    });
    expect(byBenefit.BenefitAllocationSummaries?.map((a) => a.Id)).toEqual([allocation.Id]);
  });

  it("expired allocations read as INACTIVE and filter as such", async () => {
    let clock = 10_000;
    const em = setup({ now: () => clock, settings: { allocationValidityMs: 1000 } });
    const app = await applicationIn(em, "IN_REVIEW");
    const [allocation] = em.reviewer.approve("AWS", app.id).allocations;
    clock += 1000;
    const got = await em.handlers.GetBenefitAllocation({ Catalog: "AWS", Identifier: allocation?.Id ?? "" });
    expect([got.Status, got.StatusReason]).toEqual(["INACTIVE", "Expired"]);
    const active = await em.handlers.ListBenefitAllocations({ Catalog: "AWS", Status: ["ACTIVE"] });
    expect(active.BenefitAllocationSummaries).toEqual([]);
  });

  it("auto-review approves after the delay", async () => {
    const em = setup({ autoReview: { afterMs: 10 } });
    const app = await createDraft(em);
    await em.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    expect(await statusOf(em, app.id)).toBe("IN_REVIEW");
    await new Promise((r) => setTimeout(r, 40));
    expect(await statusOf(em, app.id)).toBe("APPROVED");
    em.close();
  });
});
