/**
 * Every lifecycle transition and every forbidden one, per
 * operation, over the Hono server and MSW, with our client and the official SDK.
 */

import { type Call, failure } from "@pc-benefits/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationStatus } from "../../src/engine/api-types.js";
import {
  applicationIn,
  type Backend,
  createDraft,
  type Draft,
  getApp,
  MATRIX,
  OPPORTUNITY_ARN,
  OTHER_ARN,
  token,
} from "./harness.js";

const S: ApplicationStatus[] = [
  "PENDING_SUBMISSION",
  "IN_REVIEW",
  "ACTION_REQUIRED",
  "APPROVED",
  "REJECTED",
  "CANCELED",
];

type Op = (call: Call, app: Draft, revision: string) => Promise<unknown>;

const OPS: Record<string, Op> = {
  UpdateBenefitApplication: (call, app, revision) =>
    call("UpdateBenefitApplication", {
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Revision: revision,
      Name: "Renamed",
    }),
  AssociateBenefitApplicationResource: (call, app) =>
    call("AssociateBenefitApplicationResource", {
      Catalog: "AWS",
      BenefitApplicationIdentifier: app.id,
      ResourceArn: OTHER_ARN,
    }),
  DisassociateBenefitApplicationResource: (call, app) =>
    call("DisassociateBenefitApplicationResource", {
      Catalog: "AWS",
      BenefitApplicationIdentifier: app.arn,
      ResourceArn: OPPORTUNITY_ARN,
    }),
  SubmitBenefitApplication: (call, app) =>
    call("SubmitBenefitApplication", { Catalog: "AWS", Identifier: app.id }),
  RecallBenefitApplication: (call, app) =>
    call("RecallBenefitApplication", { Catalog: "AWS", Identifier: app.arn, Reason: "More work" }),
  AmendBenefitApplication: (call, app, revision) =>
    call("AmendBenefitApplication", {
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Revision: revision,
      AmendmentReason: "Reviewer asked",
      Amendments: [{ FieldPath: app.benefit.amendablePaths[0] ?? "$.X", NewValue: "123456789012" }],
    }),
  CancelBenefitApplication: (call, app) =>
    call("CancelBenefitApplication", {
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Reason: "Lost",
    }),
};

/** Expected status after each operation from each status of S; "x" = forbidden. */
const TABLE: Record<string, (ApplicationStatus | "x")[]> = {
  UpdateBenefitApplication: ["PENDING_SUBMISSION", "x", "x", "x", "x", "x"],
  AssociateBenefitApplicationResource: ["PENDING_SUBMISSION", "x", "x", "x", "x", "x"],
  DisassociateBenefitApplicationResource: ["PENDING_SUBMISSION", "x", "x", "x", "x", "x"],
  SubmitBenefitApplication: ["IN_REVIEW", "x", "x", "x", "x", "x"],
  RecallBenefitApplication: ["x", "PENDING_SUBMISSION", "x", "x", "x", "x"],
  AmendBenefitApplication: ["x", "IN_REVIEW", "IN_REVIEW", "x", "x", "x"],
  CancelBenefitApplication: ["CANCELED", "CANCELED", "CANCELED", "x", "x", "x"],
};

const GATED_ROWS = Object.entries(TABLE).flatMap(([operation, expected]) =>
  S.map((status, i) => [operation, status, expected[i] as ApplicationStatus | "x"] as const),
);

type Decision = "ACTION_REQUIRED" | "APPROVED" | "REJECTED";
const REVIEW_ROWS = (["ACTION_REQUIRED", "APPROVED", "REJECTED"] as Decision[]).flatMap((to) =>
  S.map(
    (from) => [from, to, from === "IN_REVIEW" || from === "ACTION_REQUIRED" ? to : ("x" as const)] as const,
  ),
);

describe.each(MATRIX)("lifecycle over %s with %s", (_transport, _client, transport, client) => {
  let backend: Backend;
  let call: Call;
  let destroy: () => void;
  beforeAll(async () => {
    backend = await transport();
    ({ call, destroy } = client(backend));
  });
  afterAll(async () => {
    destroy();
    await backend.close();
  });

  it("Create answers PENDING_SUBMISSION with an id, ARN and revision, and Get and List see it", async () => {
    const app = await createDraft(call, backend.emulator);
    expect(app.id).toMatch(/^benappl-[0-9a-z]{14}$/);
    expect(app.arn).toBe(
      `arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/benefit-application/${app.id}`,
    );
    const got = await getApp(call, app.arn);
    expect(got).toMatchObject({ Id: app.id, Status: "PENDING_SUBMISSION", Revision: app.revision });
    expect(got.CreatedAt).toBeInstanceOf(Date);
    const list = await call("ListBenefitApplications", { Catalog: "AWS", MaxResults: 100 });
    const ids = (list.BenefitApplicationSummaries as { Id: string }[]).map((s) => s.Id);
    expect(ids).toContain(app.id);
  });

  it.each(GATED_ROWS)("%s from %s -> %s", async (operation, from, expected) => {
    const app = await applicationIn(call, backend.emulator, from);
    const before = await getApp(call, app.id);
    const op = OPS[operation];
    if (!op) throw new Error(operation);
    const attempt = op(call, app, String(before.Revision));
    if (expected === "x") {
      const error = await failure(attempt);
      expect(error).toMatchObject({
        name: "ValidationException",
        status: 400,
        Reason: "BUSINESS_VALIDATION_FAILED",
      });
      expect(error.FieldList?.map((f) => [f.Name, f.Code])).toEqual([["Status", "INVALID_RESOURCE_STATE"]]);
      const after = await getApp(call, app.id);
      expect(after.Status).toBe(from);
      expect(after.Revision).toBe(before.Revision);
    } else {
      await attempt;
      const after = await getApp(call, app.id);
      expect(after.Status).toBe(expected);
      expect(after.Revision).not.toBe(before.Revision);
    }
  });

  it.each(REVIEW_ROWS)("reviewer moves %s -> %s: %s", async (from, to, expected) => {
    const app = await applicationIn(call, backend.emulator, from);
    const before = await getApp(call, app.id);
    const move = () =>
      backend.emulator.reviewer.review("AWS", app.id, {
        status: to,
        stage: "TECHNICAL_REVIEW",
        statusReason: `moved to ${to}`,
      });
    if (expected === "x") {
      expect(move).toThrow(expect.objectContaining({ name: expect.stringMatching(/Exception$/) }));
      const after = await getApp(call, app.id);
      expect([after.Status, after.Revision]).toEqual([from, before.Revision]);
      return;
    }
    move();
    const after = await getApp(call, app.id);
    expect(after).toMatchObject({ Status: to, Stage: "TECHNICAL_REVIEW", StatusReason: `moved to ${to}` });
    expect(after.Revision).not.toBe(before.Revision);
    const allocations = await call("ListBenefitAllocations", {
      Catalog: "AWS",
      BenefitApplicationIdentifiers: [app.id],
    });
    const summaries = allocations.BenefitAllocationSummaries as { FulfillmentTypes: string[] }[];
    // an approval creates one allocation per requested fulfillment type; other moves none.
    expect(summaries.flatMap((s) => s.FulfillmentTypes).sort()).toEqual(
      to === "APPROVED" ? [...app.benefit.fulfillmentTypes].sort() : [],
    );
  });

  it("approval allocations read back through GetBenefitAllocation and by ARN", async () => {
    const app = await applicationIn(call, backend.emulator, "APPROVED");
    const list = await call("ListBenefitAllocations", {
      Catalog: "AWS",
      BenefitApplicationIdentifiers: [app.arn],
    });
    const summaries = list.BenefitAllocationSummaries as { Id: string; Arn: string }[];
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) {
      expect(summary.Id).toMatch(/^benalloc-[0-9a-z]{14}$/);
      const byId = await call("GetBenefitAllocation", { Catalog: "AWS", Identifier: summary.Id });
      const byArn = await call("GetBenefitAllocation", { Catalog: "AWS", Identifier: summary.Arn });
      expect(byId).toMatchObject({ Id: summary.Id, BenefitApplicationId: app.id, Status: "ACTIVE" });
      expect(byArn.Id).toBe(summary.Id);
    }
  });

  it.each(S)("Get and List work in %s", async (status) => {
    const app = await applicationIn(call, backend.emulator, status);
    expect((await getApp(call, app.arn)).Status).toBe(status);
    const list = await call("ListBenefitApplications", { Catalog: "AWS", Status: [status], MaxResults: 100 });
    const rows = list.BenefitApplicationSummaries as { Id: string; Status: string }[];
    expect(rows.map((r) => r.Id)).toContain(app.id);
    expect(new Set(rows.map((r) => r.Status))).toEqual(new Set([status]));
  });

  it("Submit with details that break the request schema is BUSINESS_VALIDATION_FAILED, one field per failure", async () => {
    const app = await createDraft(call, backend.emulator, {
      BenefitApplicationDetails: { unexpected: true },
    });
    const error = await failure(call("SubmitBenefitApplication", { Catalog: "AWS", Identifier: app.id }));
    expect(error).toMatchObject({
      name: "ValidationException",
      status: 400,
      Reason: "BUSINESS_VALIDATION_FAILED",
    });
    expect(error.FieldList?.length ?? 0).toBeGreaterThan(0);
    expect((await getApp(call, app.id)).Status).toBe("PENDING_SUBMISSION");
  });

  it("a stale Revision is ConflictException and changes nothing", async () => {
    const app = await createDraft(call, backend.emulator);
    await call("UpdateBenefitApplication", {
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Revision: app.revision,
      Name: "First",
    });
    const current = await getApp(call, app.id);
    const error = await failure(
      call("UpdateBenefitApplication", {
        Catalog: "AWS",
        ClientToken: token(),
        Identifier: app.id,
        Revision: app.revision,
        Name: "Second",
      }),
    );
    expect([error.name, error.status]).toEqual(["ConflictException", 409]);
    expect(await getApp(call, app.id)).toMatchObject({ Name: "First", Revision: current.Revision });
  });

  it("CANCELED is final: every gated operation is refused afterwards", async () => {
    const app = await applicationIn(call, backend.emulator, "CANCELED");
    for (const [name, op] of Object.entries(OPS)) {
      const revision = String((await getApp(call, app.id)).Revision);
      const error = await failure(op(call, app, revision));
      expect([name, error.name]).toEqual([name, "ValidationException"]);
    }
    expect((await getApp(call, app.id)).Status).toBe("CANCELED");
  });

  it.each([
    ["FINANCE_REVIEW", "x"],
    ["FINANCIAL_APPROVAL", "x"],
    ["TECHNICAL_REVIEW", "PENDING_SUBMISSION"],
  ] as const)("Recall from IN_REVIEW in stage %s -> %s", async (stage, expected) => {
    const app = await applicationIn(call, backend.emulator, "IN_REVIEW");
    backend.emulator.reviewer.review("AWS", app.id, { status: "IN_REVIEW", stage });
    const recall = call("RecallBenefitApplication", { Catalog: "AWS", Identifier: app.id, Reason: "Oops" });
    if (expected === "x") {
      const error = await failure(recall);
      expect([error.name, error.Reason]).toEqual(["ValidationException", "BUSINESS_VALIDATION_FAILED"]);
      expect(await getApp(call, app.id)).toMatchObject({ Status: "IN_REVIEW", Stage: stage });
    } else {
      await recall;
      expect((await getApp(call, app.id)).Status).toBe(expected);
    }
  });

  it("recalled applications can be updated and resubmitted", async () => {
    const app = await applicationIn(call, backend.emulator, "IN_REVIEW");
    await call("RecallBenefitApplication", { Catalog: "AWS", Identifier: app.id, Reason: "Edit" });
    const { Revision } = await getApp(call, app.id);
    await call("UpdateBenefitApplication", {
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Revision,
      Description: "Edited after recall",
    });
    await call("SubmitBenefitApplication", { Catalog: "AWS", Identifier: app.id });
    expect(await getApp(call, app.id)).toMatchObject({
      Status: "IN_REVIEW",
      Description: "Edited after recall",
    });
  });

  it("Create for an unknown benefit is ResourceNotFoundException and creates nothing", async () => {
    const before = await call("ListBenefitApplications", { Catalog: "AWS", MaxResults: 100 });
    const error = await failure(
      call("CreateBenefitApplication", {
        Catalog: "AWS",
        ClientToken: token(),
        BenefitIdentifier: "ben-00000000000000",
      }),
    );
    expect([error.name, error.status]).toEqual(["ResourceNotFoundException", 404]);
    const after = await call("ListBenefitApplications", { Catalog: "AWS", MaxResults: 100 });
    expect(after.BenefitApplicationSummaries).toEqual(before.BenefitApplicationSummaries);
  });

  it("a FAILED file blocks Submit with a FileStatus field; once SUCCEEDED, Submit passes", async () => {
    const app = await createDraft(call, backend.emulator, {
      FileDetails: [{ FileURI: "s3://bucket/plan.pdf" }],
    });
    backend.emulator.reviewer.setFileStatus("AWS", app.id, "s3://bucket/plan.pdf", "FAILED", "Unreadable");
    const got = await getApp(call, app.id);
    expect((got.FileDetails as { FileName: string; FileStatus: string }[])[0]).toMatchObject({
      FileName: "plan.pdf",
      FileStatus: "FAILED",
    });
    const error = await failure(call("SubmitBenefitApplication", { Catalog: "AWS", Identifier: app.id }));
    expect(error.Reason).toBe("BUSINESS_VALIDATION_FAILED");
    expect(error.FieldList?.map((f) => f.Name)).toEqual(["FileDetails[0].FileStatus"]);
    backend.emulator.reviewer.setFileStatus("AWS", app.id, "s3://bucket/plan.pdf", "SUCCEEDED");
    await call("SubmitBenefitApplication", { Catalog: "AWS", Identifier: app.id });
    expect((await getApp(call, app.id)).Status).toBe("IN_REVIEW");
  });

  it("reviewer allocation changes read back through Get and the Status filter", async () => {
    const app = await applicationIn(call, backend.emulator, "APPROVED");
    const extra = backend.emulator.reviewer.createAllocation("AWS", app.id, {
      fulfillmentType: "CASH",
      amount: "2500",
      currencyCode: "USD",
    });
    const id = String(extra.Id);
    expect((await call("GetBenefitAllocation", { Catalog: "AWS", Identifier: id })).Status).toBe("ACTIVE");
    backend.emulator.reviewer.updateAllocation("AWS", id, { status: "FULFILLED", statusReason: "Paid" });
    expect(await call("GetBenefitAllocation", { Catalog: "AWS", Identifier: id })).toMatchObject({
      Id: id,
      Status: "FULFILLED",
      FulfillmentType: "CASH",
    });
    const fulfilled = await call("ListBenefitAllocations", {
      Catalog: "AWS",
      Status: ["FULFILLED"],
      BenefitApplicationIdentifiers: [app.id],
    });
    expect((fulfilled.BenefitAllocationSummaries as { Id: string }[]).map((a) => a.Id)).toEqual([id]);
  });

  it("an unknown application is ResourceNotFoundException (404)", async () => {
    const error = await failure(getApp(call, "benappl-00000000000000"));
    expect([error.name, error.status]).toEqual(["ResourceNotFoundException", 404]);
  });
});
