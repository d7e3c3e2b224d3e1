import type { ServiceHandlers } from "@pc-benefits/server/core";
import { describe, expect, it } from "vitest";
import { operationRouter } from "./operation-router.js";

const pattern = /^(?:http:\/\/mock\.test)(?:\/([A-Za-z][A-Za-z0-9_]*))?\/?$/;
const handlers = {
  getBenefit: async ({ Identifier }: { Identifier?: string }) => ({
    Id: Identifier,
    Name: "from getBenefit",
  }),
  listBenefits: async () => ({ BenefitSummaries: [] }),
} as unknown as ServiceHandlers;

function request(
  url: string,
  target?: string,
  body: object = { Catalog: "AWS", Identifier: "ben-abcdefghijklmn" },
) {
  const headers: Record<string, string> = { "content-type": "application/x-amz-json-1.0" };
  if (target) headers["x-amz-target"] = target;
  return new Request(url, { method: "POST", headers, body: JSON.stringify(body) });
}

async function answer(handler: ReturnType<typeof operationRouter>, req: Request) {
  const result = await handler.run({ request: req, requestId: "r1" });
  const response = result?.response;
  return response ? { status: response.status, body: await response.text() } : undefined;
}

describe("operationRouter", () => {
  const router = operationRouter(handlers, { pattern });
  it.each([
    ["target form", "http://mock.test/", "PartnerCentralBenefitsService.GetBenefit", 200, "from getBenefit"],
    ["path form", "http://mock.test/GetBenefit", undefined, 200, "from getBenefit"],
    [
      "path form with the matching target",
      "http://mock.test/ListBenefits",
      "PartnerCentralBenefitsService.ListBenefits",
      200,
      "BenefitSummaries",
      { Catalog: "AWS" },
    ],
    [
      "path and target disagree: the dispatcher's 400",
      "http://mock.test/ListBenefits",
      "PartnerCentralBenefitsService.GetBenefit",
      400,
      "Exception",
      { Catalog: "AWS" },
    ],
    [
      "operation not implemented: 501 from the dispatcher",
      "http://mock.test/",
      "PartnerCentralBenefitsService.TagResource",
      501,
      "Exception",
    ],
    [
      "invalid input: modelled ValidationException",
      "http://mock.test/",
      "PartnerCentralBenefitsService.GetBenefit",
      400,
      "ValidationException",
      { Catalog: "AWS" },
    ],
  ] as const)("%s", async (_name, url, target, status, contains, body?: object) => {
    const out = await answer(router, request(url, target, body));
    expect(out?.status).toBe(status);
    expect(out?.body).toContain(contains);
  });

  it.each([
    ["another service's target", "http://mock.test/", "OtherService.GetBenefit"],
    ["no target and no operation path", "http://mock.test/", undefined],
    ["unknown operation path", "http://mock.test/NoSuchOperation", undefined],
    ["another host", "http://other.test/", "PartnerCentralBenefitsService.GetBenefit"],
  ])("falls through for %s", async (_name, url, target) => {
    expect(await answer(router, request(url, target))).toBeUndefined();
  });

  it("waits the configured delay before answering", async () => {
    const slow = operationRouter(handlers, { pattern, delay: 80 });
    const start = performance.now();
    expect((await answer(slow, request("http://mock.test/GetBenefit")))?.status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(75);
  });
});
