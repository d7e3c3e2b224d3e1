/** The "Fixed answers on the mock's URLs" section of the README: @pc-benefits/msw linked to `mock.endpoint`. */
import { PartnerCentralBenefits } from "@pc-benefits/client";
import { partnerCentralBenefits } from "@pc-benefits/msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createBenefitsMock } from "../../src/transports/msw/index.js";

const mock = createBenefitsMock({ seed: 42 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

const client = new PartnerCentralBenefits({
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  maxAttempts: 1,
});
const benefits = partnerCentralBenefits.link(mock.endpoint);

it("answers one call with a fixed answer, then the stateful mock again", async () => {
  server.use(benefits.listBenefits(() => ({ BenefitSummaries: [] }), { once: true }));
  await expect(client.listBenefits({ Catalog: "AWS" })).resolves.toMatchObject({ BenefitSummaries: [] });
  const again = await client.listBenefits({ Catalog: "AWS" });
  expect(again.BenefitSummaries?.length).toBeGreaterThan(0);
});

it("a router answers what it implements and lets the rest fall through to the mock", async () => {
  server.use(benefits.router({ getBenefit: async ({ Identifier }) => ({ Id: Identifier, Name: "Fixed" }) }));
  await expect(
    client.getBenefit({ Catalog: "AWS", Identifier: "ben-0123456789abcd" }),
  ).resolves.toMatchObject({
    Id: "ben-0123456789abcd",
    Name: "Fixed",
  });
  const listed = await client.listBenefits({ Catalog: "AWS" });
  expect(listed.BenefitSummaries?.length).toBeGreaterThan(0);
});
