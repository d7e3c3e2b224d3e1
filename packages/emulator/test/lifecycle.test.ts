import { describe, expect, it } from "vitest";
import type { ApplicationStatus } from "../src/engine/api-types.js";
import type { Emulator } from "../src/engine/create-emulator.js";
import { applicationIn, errorOf, OPPORTUNITY_ARN, revisionOf, setup, statusOf, token } from "./helpers.js";

type App = Awaited<ReturnType<typeof applicationIn>>;
type Call = (em: Emulator, app: App) => Promise<unknown>;

const OTHER_ARN = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O7654321";

const calls: Record<string, Call> = {
  UpdateBenefitApplication: async (em, app) =>
    em.handlers.UpdateBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Revision: await revisionOf(em, app.id),
      Name: "Renamed",
    }),
  AssociateBenefitApplicationResource: (em, app) =>
    em.handlers.AssociateBenefitApplicationResource({
      Catalog: "AWS",
      BenefitApplicationIdentifier: app.id,
      ResourceArn: OTHER_ARN,
    }),
  DisassociateBenefitApplicationResource: (em, app) =>
    em.handlers.DisassociateBenefitApplicationResource({
      Catalog: "AWS",
      BenefitApplicationIdentifier: app.id,
      ResourceArn: OPPORTUNITY_ARN,
    }),
  SubmitBenefitApplication: (em, app) =>
    em.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: app.id }),
  RecallBenefitApplication: (em, app) =>
    em.handlers.RecallBenefitApplication({ Catalog: "AWS", Identifier: app.id, Reason: "More work" }),
  AmendBenefitApplication: async (em, app) =>
    em.handlers.AmendBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Revision: await revisionOf(em, app.id),
      AmendmentReason: "Reviewer asked",
      Amendments: [{ FieldPath: app.benefit.amendablePaths[0] ?? "$.X", NewValue: "123456789012" }],
    }),
  CancelBenefitApplication: (em, app) =>
    em.handlers.CancelBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Reason: "Lost",
    }),
};

const S: ApplicationStatus[] = [
  "PENDING_SUBMISSION",
  "IN_REVIEW",
  "ACTION_REQUIRED",
  "APPROVED",
  "REJECTED",
  "CANCELED",
];

/** Expected result per operation, per status in the order of S: the new status, or "x" = forbidden. */
const TABLE: Record<string, (ApplicationStatus | "x")[]> = {
  UpdateBenefitApplication: ["PENDING_SUBMISSION", "x", "x", "x", "x", "x"],
  AssociateBenefitApplicationResource: ["PENDING_SUBMISSION", "x", "x", "x", "x", "x"],
  DisassociateBenefitApplicationResource: ["PENDING_SUBMISSION", "x", "x", "x", "x", "x"],
  SubmitBenefitApplication: ["IN_REVIEW", "x", "x", "x", "x", "x"],
  RecallBenefitApplication: ["x", "PENDING_SUBMISSION", "x", "x", "x", "x"],
  AmendBenefitApplication: ["x", "IN_REVIEW", "IN_REVIEW", "x", "x", "x"],
  CancelBenefitApplication: ["CANCELED", "CANCELED", "CANCELED", "x", "x", "x"],
};

const rows = Object.entries(TABLE).flatMap(([operation, expected]) =>
  S.map((status, i) => [operation, status, expected[i] as ApplicationStatus | "x"] as const),
);

describe("lifecycle: every operation from every status", () => {
  it.each(rows)("%s from %s -> %s", async (operation, from, expected) => {
    const em = setup();
    const app = await applicationIn(em, from);
    expect(await statusOf(em, app.id)).toBe(from);
    const before = await revisionOf(em, app.id);
    const call = calls[operation];
    if (!call) throw new Error(operation);
    if (expected === "x") {
      const error = await errorOf(call(em, app));
      expect(error.name).toBe("ValidationException");
      expect(error.Reason).toBe("BUSINESS_VALIDATION_FAILED");
      expect(error.FieldList).toEqual([
        expect.objectContaining({ Name: "Status", Code: "INVALID_RESOURCE_STATE" }),
      ]);
      expect(await statusOf(em, app.id)).toBe(from);
      expect(await revisionOf(em, app.id)).toBe(before);
    } else {
      await call(em, app);
      expect(await statusOf(em, app.id)).toBe(expected);
      expect(await revisionOf(em, app.id)).not.toBe(before);
    }
  });

  it.each(S)("Get, List and tag operations work in %s", async (status) => {
    const em = setup();
    const app = await applicationIn(em, status);
    const h = em.handlers;
    expect((await h.GetBenefitApplication({ Catalog: "AWS", Identifier: app.arn })).Id).toBe(app.id);
    const listed = await h.ListBenefitApplications({ Catalog: "AWS", Status: [status] });
    expect(listed.BenefitApplicationSummaries?.map((s) => s.Id)).toEqual([app.id]);
    await h.TagResource({ resourceArn: app.arn, tags: [{ Key: "team", Value: "a" }] });
    expect((await h.ListTagsForResource({ resourceArn: app.arn })).tags).toEqual([
      { Key: "team", Value: "a" },
    ]);
  });

  it("switch: forbidden calls answer ConflictException when configured", async () => {
    const em = setup({ settings: { statusErrorKind: "ConflictException" } });
    const app = await applicationIn(em, "CANCELED");
    const error = await errorOf(em.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: app.id }));
    expect(error.name).toBe("ConflictException");
  });

  it("flag: Recall from ACTION_REQUIRED when allowed", async () => {
    const em = setup({
      settings: { allowedStatuses: { RecallBenefitApplication: ["IN_REVIEW", "ACTION_REQUIRED"] } },
    });
    const app = await applicationIn(em, "ACTION_REQUIRED");
    await em.handlers.RecallBenefitApplication({ Catalog: "AWS", Identifier: app.id, Reason: "r" });
    expect(await statusOf(em, app.id)).toBe("PENDING_SUBMISSION");
  });

  it.each([
    ["FINANCE_REVIEW", false],
    ["Finance Approval", false],
    ["FINANCIAL_REVIEW", false],
    ["BUSINESS_REVIEW", true],
    ["TECH_REVIEW", true],
  ])("Recall in stage %s allowed: %s", async (stage, allowed) => {
    const em = setup();
    const app = await applicationIn(em, "IN_REVIEW");
    em.reviewer.review("AWS", app.id, { status: "IN_REVIEW", stage });
    const recall = em.handlers.RecallBenefitApplication({ Catalog: "AWS", Identifier: app.id, Reason: "r" });
    if (allowed) {
      await recall;
      expect(await statusOf(em, app.id)).toBe("PENDING_SUBMISSION");
    } else {
      expect((await errorOf(recall)).name).toBe("ValidationException");
      expect(await statusOf(em, app.id)).toBe("IN_REVIEW");
    }
  });

  it("recall then resubmit goes back to IN_REVIEW", async () => {
    const em = setup();
    const app = await applicationIn(em, "IN_REVIEW");
    await em.handlers.RecallBenefitApplication({ Catalog: "AWS", Identifier: app.id, Reason: "r" });
    await em.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    const got = await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    expect([got.Status, got.Stage]).toEqual(["IN_REVIEW", "BUSINESS_REVIEW"]);
  });
});
