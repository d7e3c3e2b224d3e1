import { PartnerCentralBenefits, ThrottlingException } from "@pc-benefits/client";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { exampleDetails } from "../../src/index.js";
import { createBenefitsMock } from "../../src/transports/msw/index.js";

// One stateful fake of the whole service, in-process: no network, no server to start.
const mock = createBenefitsMock({ seed: 42 });
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers(); // drops per-test overrides
  mock.reset(); // drops applications, allocations, tokens and pending faults
});
afterAll(() => server.close());

// Any client works; requests to the official endpoint of any region are answered.
const client = new PartnerCentralBenefits({
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  maxAttempts: 1,
});

it("creates, submits and gets an application approved", async () => {
  const [benefit] = mock.emulator.benefits("Sandbox").filter((b) => b.status === "ACTIVE");
  if (!benefit) throw new Error("the seeded catalog has an active benefit");
  const { Id } = await client.createBenefitApplication({
    Catalog: "Sandbox",
    ClientToken: "token-1",
    BenefitIdentifier: benefit.id,
    FulfillmentTypes: [...benefit.fulfillmentTypes],
    BenefitApplicationDetails: exampleDetails(benefit), // valid for the benefit's request schema
  });
  await client.submitBenefitApplication({ Catalog: "Sandbox", Identifier: Id });
  mock.reviewer.approve("Sandbox", Id ?? "", { stage: "FINANCE_REVIEW" }); // what an AWS reviewer does

  const application = await client.getBenefitApplication({ Catalog: "Sandbox", Identifier: Id });
  expect(application.Status).toBe("APPROVED");
  const { BenefitAllocationSummaries } = await client.listBenefitAllocations({ Catalog: "Sandbox" });
  expect(BenefitAllocationSummaries).toHaveLength(benefit.fulfillmentTypes.length);
});

it("fails the next call on demand", async () => {
  mock.failNext("ListBenefits", "ThrottlingException");
  await expect(client.listBenefits({ Catalog: "AWS" })).rejects.toBeInstanceOf(ThrottlingException);
  await expect(client.listBenefits({ Catalog: "AWS" })).resolves.toHaveProperty("BenefitSummaries");
});

it("overrides one operation, on top of the stateful default", async () => {
  server.use(
    mock.override("GetBenefit", async (_input, { engine }) => ({ ...(await engine()), Name: "Renamed" })),
  );
  const [benefit] = mock.emulator.benefits("AWS");
  const got = await client.getBenefit({ Catalog: "AWS", Identifier: benefit?.id });
  expect(got).toMatchObject({ Id: benefit?.id, Name: "Renamed" });
});
