import { describe, expect, it } from "vitest";
import { activeBenefit, createDraft, errorOf, OPPORTUNITY_ARN, setup, token } from "./helpers.js";

const arn = (n: number) =>
  `arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O${1000000 + n}`;

describe("associations", () => {
  it("duplicate -> Conflict, unknown disassociate -> NotFound, 11th -> TOO_MANY_VALUES", async () => {
    const em = setup();
    const app = await createDraft(em);
    const h = em.handlers;
    const associate = (resourceArn: string) =>
      h.AssociateBenefitApplicationResource({
        Catalog: "AWS",
        BenefitApplicationIdentifier: app.arn,
        ResourceArn: resourceArn,
      });
    expect((await errorOf(associate(OPPORTUNITY_ARN))).name).toBe("ConflictException");
    const missing = h.DisassociateBenefitApplicationResource({
      Catalog: "AWS",
      BenefitApplicationIdentifier: app.id,
      ResourceArn: arn(99),
    });
    expect((await errorOf(missing)).name).toBe("ResourceNotFoundException");
    for (let i = 0; i < 9; i++) await associate(arn(i));
    const eleventh = await errorOf(associate(arn(10)));
    expect(eleventh.FieldList).toEqual([expect.objectContaining({ Code: "TOO_MANY_VALUES" })]);
    const got = await h.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    expect(got.AssociatedResources).toHaveLength(10);
    const out = await h.DisassociateBenefitApplicationResource({
      Catalog: "AWS",
      BenefitApplicationIdentifier: app.id,
      ResourceArn: OPPORTUNITY_ARN,
    });
    expect(out).toMatchObject({ Id: app.id, Arn: app.arn });
    expect(out.Revision).not.toBe(got.Revision);
  });
});

describe("identifiers", () => {
  it("GetBenefit takes the ID or the ARN; benefit ARNs have an empty account", async () => {
    const em = setup();
    const benefit = activeBenefit(em, "Sandbox");
    const byId = await em.handlers.GetBenefit({ Catalog: "Sandbox", Identifier: benefit.id });
    expect(byId.Arn).toBe(`arn:aws:partnercentral:us-east-1::catalog/Sandbox/benefit/${benefit.id}`);
    expect(await em.handlers.GetBenefit({ Catalog: "Sandbox", Identifier: byId.Arn ?? "" })).toEqual(byId);
    expect(byId.BenefitRequestSchema).toEqual(benefit.requestSchema);
    const wrongCatalog = await errorOf(
      em.handlers.GetBenefit({ Catalog: "AWS", Identifier: byId.Arn ?? "" }),
    );
    expect(wrongCatalog.name).toBe("ResourceNotFoundException");
  });

  it("application ARNs follow the IAM form and name the caller's account", async () => {
    const em = setup({ settings: { region: "eu-west-1" } });
    const app = await createDraft(em, "AWS", "555555555555");
    expect(app.arn).toBe(
      `arn:aws:partnercentral:eu-west-1:555555555555:catalog/AWS/benefit-application/${app.id}`,
    );
  });

  it("an application quota can be enforced", async () => {
    const em = setup({ settings: { maxApplicationsPerCatalog: 2 } });
    const create = () =>
      em.handlers.CreateBenefitApplication({
        Catalog: "AWS",
        ClientToken: token(),
        BenefitIdentifier: activeBenefit(em).id,
      });
    await create();
    await create();
    expect((await errorOf(create())).name).toBe("ServiceQuotaExceededException");
  });

  it("a 10,000-level details document is a ValidationException, not a crash", async () => {
    const em = setup();
    let deep: unknown = "x";
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    const error = await errorOf(
      em.handlers.CreateBenefitApplication({
        Catalog: "AWS",
        ClientToken: token(),
        BenefitIdentifier: activeBenefit(em).id,
        BenefitApplicationDetails: deep as { d: string },
      }),
    );
    expect(error.name).toBe("ValidationException");
    expect(error.FieldList).toEqual([expect.objectContaining({ Name: "BenefitApplicationDetails" })]);
  });

  it("unexpected internal failures become InternalServerException", async () => {
    const seen: string[] = [];
    const em = setup({ onInternalError: (_e, op) => seen.push(op) });
    const bad = { Catalog: "AWS", Identifier: 42 } as unknown as { Catalog: string; Identifier: string };
    expect((await errorOf(em.handlers.GetBenefitApplication(bad))).name).toBe("InternalServerException");
    expect(seen).toEqual(["GetBenefitApplication"]);
  });
});
