import { describe, expect, it } from "vitest";
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

describe("ClientToken idempotency", () => {
  it.each([
    ["no injected latency", undefined],
    ["random injected latency", { seed: 7, all: { latencyMs: [0, 5] as [number, number] } }],
  ])("50 parallel creates with one token make one application (%s)", async (_name, faults) => {
    const em = setup(faults ? { faults } : {});
    const benefit = activeBenefit(em);
    const input = { Catalog: "AWS", ClientToken: "same-token", BenefitIdentifier: benefit.id, Name: "Once" };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => em.handlers.CreateBenefitApplication({ ...input })),
    );
    expect(new Set(results.map((r) => r.Id)).size).toBe(1);
    expect(new Set(results.map((r) => r.Revision)).size).toBe(1);
    const listed = await em.handlers.ListBenefitApplications({ Catalog: "AWS", MaxResults: 100 });
    expect(listed.BenefitApplicationSummaries).toHaveLength(1);
  });

  it("same token with a different request is a ConflictException and creates nothing", async () => {
    const em = setup();
    const benefit = activeBenefit(em);
    const base = { Catalog: "AWS", ClientToken: "t1", BenefitIdentifier: benefit.id };
    await em.handlers.CreateBenefitApplication({ ...base, Name: "A" });
    const error = await errorOf(em.handlers.CreateBenefitApplication({ ...base, Name: "B" }));
    expect(error.name).toBe("ConflictException");
    const listed = await em.handlers.ListBenefitApplications({ Catalog: "AWS" });
    expect(listed.BenefitApplicationSummaries?.map((s) => s.Name)).toEqual(["A"]);
  });

  it.each([
    ["another catalog", { Catalog: "Sandbox" }, undefined],
    ["another account", {}, "210987654321"],
  ])("tokens are scoped: the same token in %s creates a second application", async (_n, patch, account) => {
    const em = setup();
    const catalog = (patch as { Catalog?: string }).Catalog ?? "AWS";
    const aws = await em.handlers.CreateBenefitApplication({
      Catalog: "AWS",
      ClientToken: "shared",
      BenefitIdentifier: activeBenefit(em, "AWS").id,
    });
    const other = await em.handlers.CreateBenefitApplication(
      { Catalog: catalog, ClientToken: "shared", BenefitIdentifier: activeBenefit(em, catalog).id },
      account ? { accountId: account } : undefined,
    );
    expect(other.Id).not.toBe(aws.Id);
  });

  it("a failed request does not consume its token", async () => {
    const em = setup();
    const input = { Catalog: "AWS", ClientToken: "retry", BenefitIdentifier: "ben-doesnotexist00" };
    expect((await errorOf(em.handlers.CreateBenefitApplication(input))).name).toBe(
      "ResourceNotFoundException",
    );
    const ok = await em.handlers.CreateBenefitApplication({
      ...input,
      BenefitIdentifier: activeBenefit(em).id,
    });
    expect(ok.Id).toMatch(/^benappl-[0-9a-z]{14}$/);
  });

  it("tokens expire after clientTokenTtlMs", async () => {
    let clock = 1_000_000;
    const em = setup({ now: () => clock, settings: { clientTokenTtlMs: 1000 } });
    const input = { Catalog: "AWS", ClientToken: "ttl", BenefitIdentifier: activeBenefit(em).id };
    const first = await em.handlers.CreateBenefitApplication(input);
    expect((await em.handlers.CreateBenefitApplication(input)).Id).toBe(first.Id);
    clock += 1001;
    expect((await em.handlers.CreateBenefitApplication(input)).Id).not.toBe(first.Id);
  });

  it("Cancel replays with the same token; Recall without a token is not idempotent", async () => {
    const em = setup();
    const app = await applicationIn(em, "IN_REVIEW");
    const cancel = { Catalog: "AWS", ClientToken: "c1", Identifier: app.id };
    await em.handlers.CancelBenefitApplication(cancel);
    await expect(em.handlers.CancelBenefitApplication(cancel)).resolves.toEqual({});
    const other = await applicationIn(em, "IN_REVIEW");
    await em.handlers.RecallBenefitApplication({ Catalog: "AWS", Identifier: other.id, Reason: "r" });
    const again = await errorOf(
      em.handlers.RecallBenefitApplication({ Catalog: "AWS", Identifier: other.id, Reason: "r" }),
    );
    expect(again.name).toBe("ValidationException");
  });
});

describe("revisions", () => {
  it("20 parallel updates on one revision: exactly one succeeds, the rest conflict", async () => {
    const em = setup({ faults: { seed: 3, all: { latencyMs: [0, 3] } } });
    const app = await createDraft(em);
    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        em.handlers.UpdateBenefitApplication({
          Catalog: "AWS",
          ClientToken: token(),
          Identifier: app.id,
          Revision: app.revision,
          Name: `Writer ${i}`,
        }),
      ),
    );
    const ok = settled.filter((s) => s.status === "fulfilled");
    const failed = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed.map((f) => (f.reason as Error).name)).toEqual(Array(19).fill("ConflictException"));
    const winner = (ok[0] as PromiseFulfilledResult<{ Revision?: string }>).value;
    expect(await revisionOf(em, app.id)).toBe(winner.Revision);
  });

  it("a stale revision changes nothing", async () => {
    const em = setup();
    const app = await createDraft(em);
    await em.handlers.UpdateBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Revision: app.revision,
      Name: "First",
    });
    const error = await errorOf(
      em.handlers.UpdateBenefitApplication({
        Catalog: "AWS",
        ClientToken: token(),
        Identifier: app.id,
        Revision: app.revision,
        Name: "Second",
      }),
    );
    expect(error.name).toBe("ConflictException");
    expect((await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id })).Name).toBe(
      "First",
    );
  });

  it("every mutation returns a new revision, tag changes keep it, Get returns the current one", async () => {
    const em = setup();
    const app = await createDraft(em);
    const seen = [app.revision];
    const h = em.handlers;
    const upd = await h.UpdateBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Revision: app.revision,
      Description: "d",
    });
    seen.push(upd.Revision ?? "");
    const assoc = await h.AssociateBenefitApplicationResource({
      Catalog: "AWS",
      BenefitApplicationIdentifier: app.id,
      ResourceArn: "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1",
    });
    seen.push(assoc.Revision ?? "");
    await h.TagResource({ resourceArn: app.arn, tags: [{ Key: "k", Value: "v" }] });
    expect(await revisionOf(em, app.id)).toBe(assoc.Revision);
    await h.SubmitBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    seen.push(await revisionOf(em, app.id));
    em.reviewer.requestAction("AWS", app.id);
    seen.push(await revisionOf(em, app.id));
    expect(new Set(seen).size).toBe(seen.length);
    for (const r of seen)
      expect(r).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("Update replaces the details document and keeps omitted members", async () => {
    const em = setup();
    const app = await createDraft(em);
    await em.handlers.UpdateBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Revision: app.revision,
      BenefitApplicationDetails: { Only: "this" },
    });
    const got = await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    expect(got.BenefitApplicationDetails).toEqual({ Only: "this" });
    expect(got.Name).toBe("Draft");
    expect(await statusOf(em, app.id)).toBe("PENDING_SUBMISSION");
  });
});
