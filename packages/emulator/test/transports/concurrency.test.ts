/**
 * ClientToken idempotency and revision locking under parallel requests, over both transports
 * with both clients.
 */

import { type Call, failure, normalizeError } from "@pc-benefits/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleDetails } from "../../src/catalog/example-details.js";
import { activeBenefit, type Backend, createDraft, getApp, MATRIX, token } from "./harness.js";

async function allApplicationIds(call: Call): Promise<string[]> {
  const ids: string[] = [];
  let next: string | undefined;
  do {
    const page = await call("ListBenefitApplications", { Catalog: "AWS", MaxResults: 100, NextToken: next });
    ids.push(...(page.BenefitApplicationSummaries as { Id: string }[]).map((s) => s.Id));
    next = page.NextToken as string | undefined;
  } while (next);
  return ids;
}

describe.each(MATRIX)("concurrency over %s with %s", (_transport, _client, transport, client) => {
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

  const createInput = (clientToken: string, name = "Parallel") => {
    const benefit = activeBenefit(backend.emulator);
    return {
      Catalog: "AWS",
      ClientToken: clientToken,
      BenefitIdentifier: benefit.id,
      Name: name,
      FulfillmentTypes: [...benefit.fulfillmentTypes],
      BenefitApplicationDetails: exampleDetails(benefit),
    };
  };

  it("50 parallel creates with one ClientToken make one application and all get its answer", async () => {
    const before = await allApplicationIds(call);
    const input = createInput(token());
    const outputs = await Promise.all(
      Array.from({ length: 50 }, () => call("CreateBenefitApplication", input)),
    );
    const ids = new Set(outputs.map((o) => o.Id));
    expect(ids.size).toBe(1);
    expect(new Set(outputs.map((o) => o.Revision)).size).toBe(1);
    const after = await allApplicationIds(call);
    expect(after.length - before.length).toBe(1);
    expect(after).toContain([...ids][0]);
  });

  it("the same ClientToken with a different request is ConflictException and creates nothing", async () => {
    const clientToken = token();
    await call("CreateBenefitApplication", createInput(clientToken, "First"));
    const before = await allApplicationIds(call);
    const error = await failure(call("CreateBenefitApplication", createInput(clientToken, "Different")));
    expect([error.name, error.status]).toEqual(["ConflictException", 409]);
    expect(await allApplicationIds(call)).toEqual(before);
  });

  it("a failed request does not consume its ClientToken", async () => {
    const clientToken = token();
    const error = await failure(
      call("CreateBenefitApplication", {
        ...createInput(clientToken),
        BenefitIdentifier: "ben-00000000000000",
      }),
    );
    expect(error.name).toBe("ResourceNotFoundException");
    const created = await call("CreateBenefitApplication", createInput(clientToken));
    expect(String(created.Id)).toMatch(/^benappl-/);
  });

  it("a repeated Cancel with the same ClientToken replays the success instead of a status error", async () => {
    const app = await createDraft(call, backend.emulator);
    const input = { Catalog: "AWS", ClientToken: token(), Identifier: app.id, Reason: "Not needed" };
    await call("CancelBenefitApplication", input);
    await call("CancelBenefitApplication", input);
    const error = await failure(call("CancelBenefitApplication", { ...input, ClientToken: token() }));
    expect(error.name).toBe("ValidationException");
    expect((await getApp(call, app.id)).Status).toBe("CANCELED");
  });

  it("20 parallel Cancels with one ClientToken all succeed, and the application is canceled once", async () => {
    const app = await createDraft(call, backend.emulator);
    const input = { Catalog: "AWS", ClientToken: token(), Identifier: app.id, Reason: "Parallel" };
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => call("CancelBenefitApplication", input)),
    );
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => "fulfilled"));
    expect((await getApp(call, app.id)).Status).toBe("CANCELED");
  });

  it("20 parallel updates on one revision: exactly one succeeds, the others are ConflictException", async () => {
    const app = await createDraft(call, backend.emulator);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        call("UpdateBenefitApplication", {
          Catalog: "AWS",
          ClientToken: token(),
          Identifier: app.id,
          Revision: app.revision,
          Name: `Writer ${i}`,
        }),
      ),
    );
    const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    const losers = results.flatMap((r) => (r.status === "rejected" ? [normalizeError(r.reason).name] : []));
    expect(winners).toHaveLength(1);
    expect(losers).toEqual(Array.from({ length: 19 }, () => "ConflictException"));
    const after = await getApp(call, app.id);
    expect(after.Name).toBe(`Writer ${winners[0]}`);
    expect(after.Revision).not.toBe(app.revision);
  });

  it("20 parallel submits of one draft: one moves it to IN_REVIEW, the others see the new status", async () => {
    const app = await createDraft(call, backend.emulator);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        call("SubmitBenefitApplication", { Catalog: "AWS", Identifier: app.id }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(normalizeError(r.reason).Reason).toBe("BUSINESS_VALIDATION_FAILED");
    }
    expect((await getApp(call, app.id)).Status).toBe("IN_REVIEW");
  });
});
