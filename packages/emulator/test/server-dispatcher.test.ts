import { createDispatcher } from "@pc-benefits/server/core";
import { describe, expect, it } from "vitest";
import { exampleDetails } from "../src/catalog/example-details.js";
import { serviceHandlers } from "../src/engine/service-handlers.js";
import { activeBenefit, setup } from "./helpers.js";

function wire(options: { accountOf?: () => string | undefined } = {}) {
  const emulator = setup();
  const dispatch = createDispatcher(serviceHandlers(emulator, options), { onError: () => {} });
  const call = async (operation: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await dispatch({
      body: JSON.stringify(body),
      headers: {
        "content-type": "application/x-amz-json-1.0",
        "x-amz-target": `PartnerCentralBenefitsService.${operation}`,
        ...headers,
      },
    });
    return {
      status: response.status,
      json: response.body ? (JSON.parse(response.body) as Record<string, unknown>) : undefined,
    };
  };
  return { emulator, call };
}

describe("engine behind the generated server dispatcher", () => {
  it("runs the lifecycle over AWS JSON 1.0 and serializes service errors", async () => {
    const { emulator, call } = wire();
    const benefit = activeBenefit(emulator);
    const created = await call("CreateBenefitApplication", {
      Catalog: "AWS",
      ClientToken: "wire-1",
      BenefitIdentifier: benefit.id,
      FulfillmentTypes: benefit.fulfillmentTypes,
    });
    expect(created.status).toBe(200);
    const id = created.json?.Id as string;
    expect(id).toMatch(/^benappl-/);

    const invalid = await call("SubmitBenefitApplication", { Catalog: "AWS", Identifier: id });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toMatchObject({
      __type: "com.amazonaws.partnercentralbenefits#ValidationException",
      Reason: "BUSINESS_VALIDATION_FAILED",
      FieldList: expect.arrayContaining([expect.objectContaining({ Code: "REQUIRED_FIELD_MISSING" })]),
    });

    const stale = await call("UpdateBenefitApplication", {
      Catalog: "AWS",
      ClientToken: "wire-2",
      Identifier: id,
      Revision: "stale",
      BenefitApplicationDetails: exampleDetails(benefit),
    });
    expect([stale.status, stale.json?.__type]).toEqual([
      409,
      "com.amazonaws.partnercentralbenefits#ConflictException",
    ]);

    const revision = (await call("GetBenefitApplication", { Catalog: "AWS", Identifier: id })).json?.Revision;
    const updated = await call("UpdateBenefitApplication", {
      Catalog: "AWS",
      ClientToken: "wire-3",
      Identifier: id,
      Revision: revision,
      BenefitApplicationDetails: exampleDetails(benefit),
    });
    expect(updated.status).toBe(200);
    const submitted = await call("SubmitBenefitApplication", { Catalog: "AWS", Identifier: id });
    // The server package currently always writes `{}` for empty outputs (`emptyOutputBody`
    // setting needs a server option to take effect on the wire).
    expect([submitted.status, submitted.json]).toEqual([200, {}]);
    const got = await call("GetBenefitApplication", { Catalog: "AWS", Identifier: id });
    expect(got.json).toMatchObject({
      Status: "IN_REVIEW",
      CreatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    const missing = await call("GetBenefitApplication", {
      Catalog: "AWS",
      Identifier: "benappl-00000000000000",
    });
    expect([missing.status, missing.json?.__type]).toEqual([
      404,
      "com.amazonaws.partnercentralbenefits#ResourceNotFoundException",
    ]);
  });

  it("serializes ServiceQuotaExceededException with its members", async () => {
    const { emulator, call } = wire();
    const benefit = activeBenefit(emulator);
    const created = await call("CreateBenefitApplication", {
      Catalog: "AWS",
      ClientToken: "q",
      BenefitIdentifier: benefit.id,
    });
    const arn = created.json?.Arn as string;
    const tags = Array.from({ length: 201 }, (_, i) => ({ Key: `k${i}`, Value: "v" }));
    const res = await call("TagResource", { resourceArn: arn, tags });
    expect(res.status).toBe(402);
    expect(res.json).toMatchObject({
      ResourceId: arn,
      ResourceType: "BenefitApplication",
      QuotaCode: "tags-per-resource",
    });
  });

  it("scopes data by the caller's account", async () => {
    let account = "111111111111";
    const { emulator, call } = wire({ accountOf: () => account });
    await call("CreateBenefitApplication", {
      Catalog: "AWS",
      ClientToken: "a",
      BenefitIdentifier: activeBenefit(emulator).id,
    });
    const mine = await call("ListBenefitApplications", { Catalog: "AWS" });
    expect(mine.json?.BenefitApplicationSummaries).toHaveLength(1);
    account = "222222222222";
    const theirs = await call("ListBenefitApplications", { Catalog: "AWS" });
    expect(theirs.json?.BenefitApplicationSummaries).toEqual([]);
  });
});
