/** Tags over the transports: applications and allocations, limits, the `aws:` prefix, the quota. */

import { type Call, failure } from "@pc-benefits/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationIn, type Backend, createDraft, getApp, MATRIX } from "./harness.js";

const tags = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: "v" }));

describe.each(MATRIX)("tags over %s with %s", (_transport, _client, transport, client) => {
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

  it("tags, retags and untags applications and allocations by ARN, keeping the revision", async () => {
    const app = await applicationIn(call, backend.emulator, "APPROVED");
    const list = await call("ListBenefitAllocations", {
      Catalog: "AWS",
      BenefitApplicationIdentifiers: [app.id],
    });
    const allocationArn = (list.BenefitAllocationSummaries as { Arn: string }[])[0]?.Arn ?? "";
    const revision = (await getApp(call, app.id)).Revision;
    for (const arn of [app.arn, allocationArn]) {
      await call("TagResource", {
        resourceArn: arn,
        tags: [
          { Key: "team", Value: "blue" },
          { Key: "env", Value: "dev" },
        ],
      });
      await call("TagResource", { resourceArn: arn, tags: [{ Key: "team", Value: "red" }] });
      await call("UntagResource", { resourceArn: arn, tagKeys: ["env", "absent"] });
      const out = await call("ListTagsForResource", { resourceArn: arn });
      expect(out.tags).toEqual([{ Key: "team", Value: "red" }]);
    }
    expect((await getApp(call, app.id)).Revision).toBe(revision);
  });

  it.each([
    ["aws: prefix", [{ Key: "aws:team", Value: "x" }]],
    ["AWS: prefix", [{ Key: "AWS:team", Value: "x" }]],
    ["key too long", [{ Key: "k".repeat(129), Value: "x" }]],
    ["value too long", [{ Key: "k", Value: "v".repeat(257) }]],
  ])("rejects %s with ValidationException", async (_name, bad) => {
    const app = await createDraft(call, backend.emulator);
    const error = await failure(call("TagResource", { resourceArn: app.arn, tags: bad }));
    expect([error.name, error.status]).toEqual(["ValidationException", 400]);
    expect((await call("ListTagsForResource", { resourceArn: app.arn })).tags ?? []).toEqual([]);
  });

  it("past 200 tags is ServiceQuotaExceededException (402) and changes nothing", async () => {
    const app = await createDraft(call, backend.emulator);
    await call("TagResource", { resourceArn: app.arn, tags: tags(100, "a") });
    await call("TagResource", { resourceArn: app.arn, tags: tags(100, "b") });
    // Overwriting existing keys does not count again.
    await call("TagResource", { resourceArn: app.arn, tags: tags(50, "a") });
    const error = await failure(call("TagResource", { resourceArn: app.arn, tags: tags(1, "c") }));
    expect([error.name, error.status]).toEqual(["ServiceQuotaExceededException", 402]);
    expect(error.members).toMatchObject({ ResourceId: app.arn, QuotaCode: expect.any(String) });
    expect((await call("ListTagsForResource", { resourceArn: app.arn })).tags).toHaveLength(200);
  });

  it("Create stores Tags and rejects aws: keys", async () => {
    const app = await createDraft(call, backend.emulator, { Tags: [{ Key: "owner", Value: "qa" }] });
    expect((await call("ListTagsForResource", { resourceArn: app.arn })).tags).toEqual([
      { Key: "owner", Value: "qa" },
    ]);
    const error = await failure(
      createDraft(call, backend.emulator, { Tags: [{ Key: "aws:owner", Value: "qa" }] }),
    );
    expect(error.name).toBe("ValidationException");
  });

  it("an unknown resource is ResourceNotFoundException", async () => {
    const arn =
      "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/benefit-application/benappl-00000000000000";
    const error = await failure(call("ListTagsForResource", { resourceArn: arn }));
    expect([error.name, error.status]).toEqual(["ResourceNotFoundException", 404]);
  });
});
