/** The mock factory's own behaviour: state and reset, seed determinism, overrides, faults, fall-through. */

import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import { getBenefit, listBenefits } from "@pc-benefits/msw";
import { serviceSchema } from "@pc-benefits/protocol";
import { ConflictException, errorClasses } from "@pc-benefits/protocol/models";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { exampleDetails } from "../../src/catalog/example-details.js";
import { demoFixtures } from "../../src/seeding/demo-fixtures.js";
import { type BenefitsMock, createBenefitsMock } from "../../src/transports/msw/index.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const BASE = "http://mock.benefits.test";
const client = new PartnerCentralBenefits({
  region: "us-east-1",
  endpoint: BASE,
  credentials,
  maxAttempts: 1,
});
const official = new sdk.PartnerCentralBenefits({ region: "eu-west-1", credentials, maxAttempts: 1 });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The HTTP status the model gives the error `name`. */
function modelledStatus(name: string): number {
  const shape = serviceSchema.shapes[name];
  const status = shape?.type === "structure" ? shape.error?.httpStatus : undefined;
  if (status === undefined) throw new Error(`${name} is not an error of the model`);
  return status;
}

function use(options: Parameters<typeof createBenefitsMock>[0] = {}): BenefitsMock {
  const mock = createBenefitsMock({ seed: "mock-test", baseUrl: BASE, ...options });
  server.use(...mock.handlers);
  return mock;
}

async function createApplication(mock: BenefitsMock, clientToken = `t-${Math.random()}`) {
  const benefit = mock.emulator.benefits("AWS").find((b) => b.status === "ACTIVE");
  if (!benefit) throw new Error("no active benefit");
  return client.createBenefitApplication({
    Catalog: "AWS",
    ClientToken: clientToken,
    BenefitIdentifier: benefit.id,
    FulfillmentTypes: [...benefit.fulfillmentTypes],
    BenefitApplicationDetails: exampleDetails(benefit),
  });
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("expected the call to fail"),
    (e: unknown) => e as Error & { $metadata: { httpStatusCode?: number } },
  );

describe("createBenefitsMock", () => {
  it("is stateful: what one call creates the next one reads", async () => {
    const mock = use();
    const created = await createApplication(mock);
    const got = await client.getBenefitApplication({ Catalog: "AWS", Identifier: created.Id });
    expect(got).toMatchObject({ Id: created.Id, Status: "PENDING_SUBMISSION", Revision: created.Revision });
  });

  it("starts from fixtures, comes back to them on reset, and refuses bad ones with the path", async () => {
    const mock = use({ seed: 1, fixtures: demoFixtures });
    const listed = await client.listBenefitAllocations({ Catalog: "AWS" });
    expect(listed.BenefitAllocationSummaries?.map((a) => a.Id).sort()).toEqual([
      "benalloc-demo0000000001",
      "benalloc-demo0000000002",
      "benalloc-demo0000000003",
      "benalloc-demo0000000004",
      "benalloc-demo0000000005",
    ]);
    await client.cancelBenefitApplication({
      Catalog: "AWS",
      ClientToken: "cancel-demo",
      Identifier: "benappl-demo0000000003",
    });
    mock.reset();
    const back = await client.getBenefitApplication({ Catalog: "AWS", Identifier: "benappl-demo0000000003" });
    expect(back.Status).toBe("IN_REVIEW");
    expect(() => createBenefitsMock({ fixtures: { applications: [{ catalog: "AWS" } as never] } })).toThrow(
      "fixtures.applications[0].benefitId: is required (and 1 more)",
    );
  });

  it("reset drops applications and tokens but keeps the catalogs", async () => {
    const mock = use();
    const created = await createApplication(mock, "same-token");
    const benefitsBefore = await client.listBenefits({ Catalog: "AWS", MaxResults: 100 });
    mock.reset();
    const error = await errorOf(client.getBenefitApplication({ Catalog: "AWS", Identifier: created.Id }));
    expect(error.name).toBe("ResourceNotFoundException");
    const { BenefitApplicationSummaries } = await client.listBenefitApplications({ Catalog: "AWS" });
    expect(BenefitApplicationSummaries).toEqual([]);
    // The token is forgotten too: the same request creates a new application.
    expect((await createApplication(mock, "same-token")).Id).not.toBe(created.Id);
    const benefitsAfter = await client.listBenefits({ Catalog: "AWS", MaxResults: 100 });
    expect(benefitsAfter.BenefitSummaries).toEqual(benefitsBefore.BenefitSummaries);
  });

  it.each([
    ["same seed", 7, 7, true],
    ["same seed as string and number", "7", 7, true],
    ["different seeds", 7, 8, false],
  ])("%s: catalogs equal = %s", async (_name, a, b, same) => {
    const read = async (seed: string | number) => {
      server.resetHandlers(...createBenefitsMock({ seed, baseUrl: BASE }).handlers);
      const { $metadata: _m, ...benefits } = await client.listBenefits({
        Catalog: "Sandbox",
        MaxResults: 100,
      });
      const first = benefits.BenefitSummaries?.[0]?.Id;
      const { $metadata: _n, ...benefit } = await client.getBenefit({
        Catalog: "Sandbox",
        Identifier: first,
      });
      return { benefits, benefit };
    };
    const [x, y] = [await read(a), await read(b)];
    if (same) expect(y).toEqual(x);
    else expect(y).not.toEqual(x);
  });

  it("a generated factory passed to server.use wins over the default, until resetHandlers", async () => {
    const mock = use();
    const [benefit] = mock.emulator.benefits("AWS");
    server.use(
      getBenefit(({ Catalog, Identifier }) => ({ Id: Identifier, Catalog, Name: "Fixed" }), mock.endpoint),
    );
    expect((await client.getBenefit({ Catalog: "AWS", Identifier: benefit?.id })).Name).toBe("Fixed");
    // Other operations still reach the engine.
    expect((await client.listBenefits({ Catalog: "AWS" })).BenefitSummaries?.length).toBeGreaterThan(0);
    server.resetHandlers(...mock.handlers);
    expect((await client.getBenefit({ Catalog: "AWS", Identifier: benefit?.id })).Name).toBe(benefit?.name);
  });

  it("override() calls through to the engine with the original or a replaced input", async () => {
    const mock = use();
    const benefits = mock.emulator.benefits("AWS");
    const [first, second] = benefits;
    server.use(
      mock.override("GetBenefit", async (input, { engine }) =>
        input.Identifier === "ben-aliasaliasalia" ? engine({ ...input, Identifier: second?.id }) : engine(),
      ),
    );
    expect((await client.getBenefit({ Catalog: "AWS", Identifier: first?.id })).Id).toBe(first?.id);
    expect((await client.getBenefit({ Catalog: "AWS", Identifier: "ben-aliasaliasalia" })).Id).toBe(
      second?.id,
    );
  });

  it("override() hands out a copy of the engine's output to change freely", async () => {
    const mock = use();
    await createApplication(mock);
    server.use(
      mock.override("ListBenefitApplications", async (_input, { engine }) => {
        const out = await engine();
        const [item] = out.BenefitApplicationSummaries ?? [];
        if (item) item.Name = "changed in the override";
        out.BenefitApplicationSummaries?.push(...(out.BenefitApplicationSummaries ?? []));
        return out;
      }),
    );
    const changed = await client.listBenefitApplications({ Catalog: "AWS" });
    expect(changed.BenefitApplicationSummaries?.map((s) => s.Name)).toEqual([
      "changed in the override",
      "changed in the override",
    ]);
    server.resetHandlers(...mock.handlers);
    const engine = await client.listBenefitApplications({ Catalog: "AWS" });
    expect(engine.BenefitApplicationSummaries).toHaveLength(1);
    expect(engine.BenefitApplicationSummaries?.[0]?.Name).not.toBe("changed in the override");
  });

  it("override() may answer a raw Response", async () => {
    const mock = use();
    server.use(mock.override("ListBenefits", () => new HttpResponse("busy", { status: 503 })));
    const error = await errorOf(client.listBenefits({ Catalog: "AWS" }));
    expect(error.$metadata.httpStatusCode).toBe(503);
  });

  it.each(
    Object.keys(errorClasses).map(
      (name) => [name as keyof typeof errorClasses, modelledStatus(name)] as const,
    ),
  )("failNext(%s) fails one call with status %i, then the engine answers", async (name, status) => {
    const mock = use();
    mock.failNext("ListBenefits", name, { message: "injected" });
    const error = await errorOf(client.listBenefits({ Catalog: "AWS" }));
    expect([error.name, error.message, error.$metadata.httpStatusCode]).toEqual([name, "injected", status]);
    await expect(client.listBenefits({ Catalog: "AWS" })).resolves.toHaveProperty("BenefitSummaries");
  });

  it("failNext with times and an Error instance; other operations are unaffected", async () => {
    const mock = use();
    mock.failNext("GetBenefit", "ThrottlingException", { times: 2 });
    mock.failNext("GetBenefit", new ConflictException({ $metadata: {}, message: "custom" }));
    const [benefit] = mock.emulator.benefits("AWS");
    const get = () => errorOf(client.getBenefit({ Catalog: "AWS", Identifier: benefit?.id }));
    await expect(client.listBenefits({ Catalog: "AWS" })).resolves.toBeDefined();
    expect((await get()).name).toBe("ThrottlingException");
    expect((await get()).name).toBe("ThrottlingException");
    const conflict = await get();
    expect([conflict.name, conflict.message, conflict.$metadata.httpStatusCode]).toEqual([
      "ConflictException",
      "custom",
      409,
    ]);
    await expect(client.getBenefit({ Catalog: "AWS", Identifier: benefit?.id })).resolves.toMatchObject({
      Id: benefit?.id,
    });
  });

  it("setLatency delays calls; clearFaults removes it", async () => {
    const mock = use();
    mock.setLatency("ListBenefits", 120);
    const timed = async () => {
      const start = performance.now();
      await client.listBenefits({ Catalog: "AWS" });
      return performance.now() - start;
    };
    expect(await timed()).toBeGreaterThanOrEqual(115);
    mock.clearFaults();
    expect(await timed()).toBeLessThan(100);
  });

  it("setFaults applies seeded rates; reset restores the faults given at creation", async () => {
    const mock = use({ faults: { operations: { GetBenefit: { throttleRate: 1 } } } });
    const [benefit] = mock.emulator.benefits("AWS");
    const get = () => client.getBenefit({ Catalog: "AWS", Identifier: benefit?.id });
    expect((await errorOf(get())).name).toBe("ThrottlingException");
    mock.setFaults(undefined);
    await expect(get()).resolves.toBeDefined();
    mock.setFaults({ all: { errorRate: 1 } });
    expect((await errorOf(client.listBenefits({ Catalog: "AWS" }))).name).toBe("InternalServerException");
    mock.reset();
    expect((await errorOf(get())).name).toBe("ThrottlingException");
    await expect(client.listBenefits({ Catalog: "AWS" })).resolves.toBeDefined();
  });

  it("autoReview approves submitted applications after the delay", async () => {
    // A delay long enough that the first read comes before it even on a loaded machine.
    const mock = use({ autoReview: { afterMs: 1000 } });
    const created = await createApplication(mock);
    await client.submitBenefitApplication({ Catalog: "AWS", Identifier: created.Id });
    const status = async () =>
      (await client.getBenefitApplication({ Catalog: "AWS", Identifier: created.Id })).Status;
    expect(await status()).toBe("IN_REVIEW");
    await vi.waitFor(async () => expect(await status()).toBe("APPROVED"), { timeout: 5000, interval: 50 });
  });

  it("scopes data by the caller's account (from the SigV4 access key by default)", async () => {
    const mock = use();
    const as = (accessKeyId: string) =>
      new PartnerCentralBenefits({
        region: "us-east-1",
        endpoint: BASE,
        credentials: { accessKeyId, secretAccessKey: "secret" },
        maxAttempts: 1,
      });
    const [alice, bob] = [as("AKIAIOSFODNN7EXAMPLE"), as("AKIA2OGYBAH6TOIAUUMA")];
    const benefit = mock.emulator.benefits("AWS").find((b) => b.status === "ACTIVE");
    const created = await alice.createBenefitApplication({
      Catalog: "AWS",
      ClientToken: "alice-1",
      BenefitIdentifier: benefit?.id,
    });
    expect((await alice.getBenefitApplication({ Catalog: "AWS", Identifier: created.Id })).Id).toBe(
      created.Id,
    );
    const error = await errorOf(bob.getBenefitApplication({ Catalog: "AWS", Identifier: created.Id }));
    expect(error.name).toBe("ResourceNotFoundException");
    expect((await bob.listBenefitApplications({ Catalog: "AWS" })).BenefitApplicationSummaries).toEqual([]);
  });

  it("answers the official SDK on its official regional endpoint by default", async () => {
    const mock = createBenefitsMock({ seed: "official" });
    server.use(...mock.handlers);
    const out = await official.listBenefits({ Catalog: "AWS", MaxResults: 3 });
    expect(out.BenefitSummaries?.map((b) => b.Id)).toEqual(
      mock.emulator
        .benefits("AWS")
        .slice(0, 3)
        .map((b) => b.id),
    );
  });

  it("officialEndpoints: false leaves the official endpoint to later handlers", async () => {
    const mock = createBenefitsMock({ officialEndpoints: false, baseUrl: BASE });
    server.use(
      ...mock.handlers,
      listBenefits(() => ({ BenefitSummaries: [{ Id: "ben-fromanotherhandl" }] })),
    );
    expect((await official.listBenefits({ Catalog: "AWS" })).BenefitSummaries).toEqual([
      { Id: "ben-fromanotherhandl" },
    ]);
    expect((await client.listBenefits({ Catalog: "AWS" })).BenefitSummaries?.length).toBeGreaterThan(1);
  });

  it("refuses a base URL that no request could match", () => {
    expect(() => createBenefitsMock({ baseUrl: "localhost:4010" })).toThrow(
      'The base URL "localhost:4010" is not an absolute http(s) URL',
    );
  });

  it("unrelated requests fall through to the next handler", async () => {
    const mock = use();
    server.use(
      ...mock.handlers,
      http.post(BASE, () => HttpResponse.json({ handledBy: "next" })),
      http.get(`${BASE}/health`, () => HttpResponse.json({ ok: true })),
    );
    const other = await fetch(BASE, {
      method: "POST",
      headers: { "x-amz-target": "AnotherService.DoThing", "content-type": "application/x-amz-json-1.0" },
      body: "{}",
    });
    expect(await other.json()).toEqual({ handledBy: "next" });
    expect(await (await fetch(`${BASE}/health`)).json()).toEqual({ ok: true });
  });

  it("rejects malformed input with the modelled ValidationException before the engine runs", async () => {
    const mock = use();
    mock.failNext("GetBenefitApplication", "InternalServerException");
    const response = await fetch(BASE, {
      method: "POST",
      headers: {
        "x-amz-target": "PartnerCentralBenefitsService.GetBenefitApplication",
        "content-type": "application/x-amz-json-1.0",
      },
      body: JSON.stringify({ Catalog: "AWS" }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: expect.stringContaining("ValidationException") });
    // The engine (and so the queued failure) was not reached.
    const error = await errorOf(
      client.getBenefitApplication({ Catalog: "AWS", Identifier: "benappl-00000000000000" }),
    );
    expect(error.name).toBe("InternalServerException");
  });
});
