// What another team writes: the stateful mock under msw's setupServer, with our client and the official
// one. The same file runs under Vitest (ESM), Jest + ts-jest and Jest + Babel (CommonJS), with globals.
import {
  GetBenefitApplicationCommand,
  ListBenefitsCommand,
  PartnerCentralBenefitsClient as OfficialClient,
  GetBenefitCommand as OfficialGetBenefitCommand,
  ThrottlingException as OfficialThrottlingException,
} from "@aws-sdk/client-partnercentral-benefits";
import {
  GetBenefitCommand,
  type GetBenefitOutput,
  PartnerCentralBenefits,
  ThrottlingException,
} from "@pc-benefits/client";
import { NodeHttpHandler } from "@pc-benefits/client/node";
import { exampleDetails } from "@pc-benefits/emulator";
import { createBenefitsMock } from "@pc-benefits/emulator/msw";
import { setupServer } from "msw/node";

const mock = createBenefitsMock({ seed: 42 });
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

const config = {
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  maxAttempts: 1,
};
const ours = new PartnerCentralBenefits(config);
const official = new OfficialClient(config);

test("on Node our client's default transport is the keep-alive node:http one, and the mock answers it", async () => {
  expect(ours.config.requestHandler).toBeInstanceOf(NodeHttpHandler);
  const page = await ours.listBenefits({ Catalog: "AWS" });
  expect(page.BenefitSummaries?.length).toBeGreaterThan(0);
});

test("an application created and submitted with our client, approved by the reviewer, read by the official client", async () => {
  const [benefit] = mock.emulator.benefits("Sandbox").filter((b) => b.status === "ACTIVE");
  if (!benefit) throw new Error("the seeded catalog has an active benefit");
  const { Id } = await ours.createBenefitApplication({
    Catalog: "Sandbox",
    ClientToken: "token-1",
    BenefitIdentifier: benefit.id,
    FulfillmentTypes: [...benefit.fulfillmentTypes],
    BenefitApplicationDetails: exampleDetails(benefit),
  });
  if (!Id) throw new Error("CreateBenefitApplication returned an Id");
  await ours.submitBenefitApplication({ Catalog: "Sandbox", Identifier: Id });
  mock.reviewer.approve("Sandbox", Id, { stage: "FINANCE_REVIEW" });

  const application = await official.send(
    new GetBenefitApplicationCommand({ Catalog: "Sandbox", Identifier: Id }),
  );
  expect(application.Status).toBe("APPROVED");
  const allocations = await ours.listBenefitAllocations({ Catalog: "Sandbox" });
  expect(allocations.BenefitAllocationSummaries).toHaveLength(benefit.fulfillmentTypes.length);
});

test("a typed per-test override, on top of the stateful default, seen by both clients", async () => {
  server.use(
    mock.override("GetBenefit", async (input, { engine }) => {
      const stored: GetBenefitOutput = await engine();
      return { ...stored, Name: `Renamed ${input.Identifier}` };
    }),
  );
  const [benefit] = mock.emulator.benefits("AWS");
  if (!benefit) throw new Error("the seeded catalog has a benefit");
  const input = { Catalog: "AWS", Identifier: benefit.id };
  const fromOurs = await ours.send(new GetBenefitCommand(input));
  const fromOfficial = await official.send(new OfficialGetBenefitCommand(input));
  expect(fromOurs.Name).toBe(`Renamed ${benefit.id}`);
  expect(fromOfficial.Name).toBe(`Renamed ${benefit.id}`);
  expect(fromOfficial.Id).toBe(benefit.id);
});

test("an injected error reaches each client as its own modelled error class", async () => {
  mock.failNext("ListBenefits", "ThrottlingException", { times: 2 });
  await expect(ours.listBenefits({ Catalog: "AWS" })).rejects.toBeInstanceOf(ThrottlingException);
  await expect(official.send(new ListBenefitsCommand({ Catalog: "AWS" }))).rejects.toBeInstanceOf(
    OfficialThrottlingException,
  );
  await expect(ours.listBenefits({ Catalog: "AWS" })).resolves.toHaveProperty("BenefitSummaries");
});
