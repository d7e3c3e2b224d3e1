/**
 * Our client's keep-alive Node transport (`@pc-benefits/client/node`) under MSW's `setupServer`: the
 * transport reads `request` from the CommonJS `node:http` module object at call time, so MSW's interceptor
 * sees its requests (an ESM named import of `request` would bypass it and go to DNS).
 */

import { PartnerCentralBenefits } from "@pc-benefits/client";
import { NodeHttpHandler } from "@pc-benefits/client/node";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createBenefitsMock } from "../../src/transports/msw/index.js";

const BASE = "http://node-transport.benefits.test";
const mock = createBenefitsMock({ seed: "node", baseUrl: BASE });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

it("answers @pc-benefits/client with NodeHttpHandler", async () => {
  const client = new PartnerCentralBenefits({
    region: "us-east-1",
    endpoint: BASE,
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ requestTimeout: 2000 }),
  });
  try {
    const out = await client.listBenefits({ Catalog: "AWS", MaxResults: 2 });
    expect(out.BenefitSummaries?.map((b) => b.Id)).toEqual(
      mock.emulator
        .benefits("AWS")
        .slice(0, 2)
        .map((b) => b.id),
    );
  } finally {
    client.destroy();
  }
});
