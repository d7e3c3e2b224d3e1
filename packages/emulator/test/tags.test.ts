import { describe, expect, it } from "vitest";
import { errorResponse } from "../src/engine/errors.js";
import { activeBenefit, applicationIn, errorOf, setup } from "./helpers.js";

describe("tags", () => {
  it("tags applications and allocations; TagResource adds or updates; Untag of absent keys is a no-op", async () => {
    const em = setup();
    const app = await applicationIn(em, "IN_REVIEW");
    const [allocation] = em.reviewer.approve("AWS", app.id).allocations;
    const h = em.handlers;
    for (const arn of [app.arn, allocation?.Arn ?? ""]) {
      await h.TagResource({
        resourceArn: arn,
        tags: [
          { Key: "a", Value: "1" },
          { Key: "b", Value: "2" },
        ],
      });
      await h.TagResource({ resourceArn: arn, tags: [{ Key: "a", Value: "3" }] });
      await h.UntagResource({ resourceArn: arn, tagKeys: ["b", "absent"] });
      expect((await h.ListTagsForResource({ resourceArn: arn })).tags).toEqual([{ Key: "a", Value: "3" }]);
    }
  });

  it("Create stores its Tags and rejects reserved keys", async () => {
    const em = setup();
    const base = { Catalog: "AWS", BenefitIdentifier: activeBenefit(em).id };
    const out = await em.handlers.CreateBenefitApplication({
      ...base,
      ClientToken: "t1",
      Tags: [{ Key: "team", Value: "blue" }],
    });
    expect((await em.handlers.ListTagsForResource({ resourceArn: out.Arn ?? "" })).tags).toEqual([
      { Key: "team", Value: "blue" },
    ]);
    const bad = em.handlers.CreateBenefitApplication({
      ...base,
      ClientToken: "t2",
      Tags: [{ Key: "aws:x", Value: "1" }],
    });
    expect((await errorOf(bad)).name).toBe("ValidationException");
  });

  it("passing the per-resource cap is ServiceQuotaExceededException and changes nothing", async () => {
    const em = setup({ settings: { maxTagsPerResource: 3 } });
    const app = await applicationIn(em, "PENDING_SUBMISSION");
    const tags = (n: number, p: string) =>
      Array.from({ length: n }, (_, i) => ({ Key: `${p}${i}`, Value: "v" }));
    await em.handlers.TagResource({ resourceArn: app.arn, tags: tags(3, "k") });
    const error = await errorOf(em.handlers.TagResource({ resourceArn: app.arn, tags: tags(1, "x") }));
    expect(error.name).toBe("ServiceQuotaExceededException");
    expect(error).toMatchObject({
      ResourceId: app.arn,
      ResourceType: "BenefitApplication",
      QuotaCode: expect.any(String),
    });
    expect(errorResponse(error).status).toBe(402);
    expect((await em.handlers.ListTagsForResource({ resourceArn: app.arn })).tags).toHaveLength(3);
    // Overwriting existing keys does not grow the count.
    await em.handlers.TagResource({ resourceArn: app.arn, tags: tags(3, "k") });
  });

  it.each([
    ["aws: prefix", [{ Key: "aws:team", Value: "x" }], "ValidationException"],
    ["AWS: prefix any case", [{ Key: "AWS:team", Value: "x" }], "ValidationException"],
    [
      "duplicate key",
      [
        { Key: "a", Value: "1" },
        { Key: "a", Value: "2" },
      ],
      "ValidationException",
    ],
    ["key too long", [{ Key: "k".repeat(129), Value: "x" }], "ValidationException"],
    ["value too long", [{ Key: "k", Value: "v".repeat(257) }], "ValidationException"],
    ["bad characters", [{ Key: "k#", Value: "x" }], "ValidationException"],
  ])("rejects %s", async (_name, tags, expected) => {
    const em = setup();
    const app = await applicationIn(em, "PENDING_SUBMISSION");
    expect((await errorOf(em.handlers.TagResource({ resourceArn: app.arn, tags }))).name).toBe(expected);
  });

  it.each([
    ["a benefit ARN", (_arn: string, benefitArn: string) => benefitArn, "ValidationException"],
    [
      "an unknown application",
      (arn: string) => arn.replace(/benappl-.*/, "benappl-00000000000000"),
      "ResourceNotFoundException",
    ],
    [
      "another account",
      (arn: string) => arn.replace("123456789012", "210987654321"),
      "ResourceNotFoundException",
    ],
    [
      "an unknown catalog",
      (arn: string) => arn.replace("catalog/AWS", "catalog/Other"),
      "ResourceNotFoundException",
    ],
  ])("tagging %s fails", async (_name, arnOf, expected) => {
    const em = setup();
    const app = await applicationIn(em, "PENDING_SUBMISSION");
    const benefit = await em.handlers.GetBenefit({ Catalog: "AWS", Identifier: app.benefit.id });
    const arn = arnOf(app.arn, benefit.Arn ?? "");
    expect(
      (await errorOf(em.handlers.TagResource({ resourceArn: arn, tags: [{ Key: "k", Value: "v" }] }))).name,
    ).toBe(expected);
  });
});
