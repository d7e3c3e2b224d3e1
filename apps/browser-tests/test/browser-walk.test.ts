/**
 * The MSW mock and both clients in a real browser: headless Chromium runs a bundled page that starts
 * `setupWorker(...createBenefitsMock().handlers)` and walks the service with `@pc-benefits/client` and
 * with the official SDK. Every API request must be answered by the service worker; none may reach the
 * network. Without Chromium the suite is skipped, loudly.
 */
import { createEmulator } from "@pc-benefits/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHROMIUM_PATH, findChromium } from "../src/harness/chromium.js";
import { type PageRun, runPage } from "../src/harness/run-page.js";
import {
  API_ORIGIN,
  CREATED_NAME,
  OVERRIDE_NAME,
  PAGE_SEED,
  RENAMED_NAME,
  WALK_CATALOG,
  type WalkResult,
} from "../src/page/page-contract.js";

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.warn(
    `browser-tests: SKIPPING the headless Chromium check: ${process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH} ` +
      "not found (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary).",
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** The seeded catalog the page's mock serves, computed here by an engine with the same seed. */
const catalog = createEmulator({ seed: PAGE_SEED }).benefits(WALK_CATALOG);
const firstActive = catalog.find((b) => b.status === "ACTIVE");
/** The HTTP status of each call of the walk, in order (see src/page/walk.ts). */
const WALK_STATUSES = [200, 200, 200, 200, 200, 200, 409, 200, 200, 200, 200, 404, 429, 200, 200, 200];

describe.skipIf(!chromiumPath)("in headless Chromium: setupWorker over createBenefitsMock", () => {
  let run: PageRun;
  let walks: WalkResult[] = [];
  const startedAt = Date.now();

  beforeAll(async () => {
    run = await runPage(chromiumPath ?? "");
    if (!run.results.ok) {
      const { name, message, stack } = run.results.error;
      throw new Error(
        `the page failed: ${name}: ${message}\n${stack ?? ""}\n` +
          `API requests that reached the network: ${JSON.stringify(run.leaked)}; ` +
          `uncaught page errors: ${JSON.stringify(run.pageErrors)}`,
      );
    }
    walks = run.results.walks;
    const { bundleMs, launchMs, pageMs } = run.timings;
    console.info(
      `browser-tests: Chromium ${run.browserVersion}; bundle ${(run.bundleBytes / 1e6).toFixed(1)} MB in ` +
        `${bundleMs.toFixed(0)} ms, launch ${launchMs.toFixed(0)} ms, page ${pageMs.toFixed(0)} ms ` +
        `(worker start ${run.results.workerStartMs.toFixed(0)} ms, ${walks.length} walks ${run.results.walkMs.toFixed(0)} ms)`,
    );
  });
  afterAll(() => run?.close());

  it("runs one walk per client, with no uncaught error in the page", () => {
    expect(walks.map((w) => w.client)).toEqual([
      "@pc-benefits/client",
      "@aws-sdk/client-partnercentral-benefits",
    ]);
    expect(run.pageErrors).toEqual([]);
    expect(firstActive, "the seeded catalog has an active benefit").toBeDefined();
  });

  describe.each([
    ["@pc-benefits/client", 0],
    ["@aws-sdk/client-partnercentral-benefits", 1],
  ])("%s", (_client, index) => {
    const w = () => {
      const result = walks[index];
      if (!result) throw new Error(`no walk #${index} in the page's results`);
      return result;
    };

    it("lists the seeded catalog, with status and request ID", () => {
      const { listBenefits } = w();
      expect(listBenefits.httpStatusCode).toBe(200);
      expect(listBenefits.requestId).toMatch(UUID);
      expect(listBenefits.summaries).toEqual(
        catalog.map((b) => ({
          id: b.id,
          name: b.name,
          status: b.status,
          fulfillmentTypes: b.fulfillmentTypes,
        })),
      );
      expect(w().benefitId).toBe(firstActive?.id);
    });

    it("creates an application and gets it back", () => {
      const { created, fetched } = w();
      expect(created.httpStatusCode).toBe(200);
      expect(created.id).toMatch(/^benappl-[0-9a-z]+$/);
      expect(created.arn).toBe(
        `arn:aws:partnercentral:us-east-1:123456789012:catalog/${WALK_CATALOG}/benefit-application/${created.id}`,
      );
      expect(created.revision).toMatch(UUID);
      expect(fetched).toEqual({
        id: created.id,
        name: CREATED_NAME,
        status: "PENDING_SUBMISSION",
        benefitId: firstActive?.id,
        revision: created.revision,
        fulfillmentTypes: firstActive?.fulfillmentTypes,
        createdAtIsDate: true,
        createdAt: expect.any(String),
      });
      const createdAt = Date.parse(fetched.createdAt);
      expect(createdAt).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(createdAt).toBeLessThanOrEqual(Date.now());
    });

    it("updates with the revision, and refuses the stale one with a ConflictException", () => {
      const { created, updated, staleRevision } = w();
      expect(updated.revision).toMatch(UUID);
      expect(updated.revision).not.toBe(created.revision);
      expect(updated.nameAfter).toBe(RENAMED_NAME);
      expect(updated.revisionAfter).toBe(updated.revision);
      expect(staleRevision).toEqual({
        isExpectedClass: true,
        name: "ConflictException",
        fault: "client",
        httpStatusCode: 409,
        requestId: expect.stringMatching(UUID),
        message: expect.stringContaining(created.revision),
      });
    });

    it("submits, and reads the reviewer's approval and the allocations it created", () => {
      const { created, submitted, approved } = w();
      expect(submitted).toEqual({ status: "IN_REVIEW", stage: "BUSINESS_REVIEW" });
      expect(approved.status).toBe("APPROVED");
      expect(approved.allocationCount).toBe(firstActive?.fulfillmentTypes.length);
      expect(approved.allocationApplicationIds).toEqual(
        approved.allocationApplicationIds.map(() => created.id),
      );
    });

    it.each([
      [
        "an unknown ID: ResourceNotFoundException",
        "notFound",
        { name: "ResourceNotFoundException", httpStatusCode: 404, message: "benappl-doesnotexist00" },
      ],
      [
        "mock.failNext: ThrottlingException",
        "throttled",
        { name: "ThrottlingException", httpStatusCode: 429, message: "ListBenefits" },
      ],
    ] as const)("throws the client's own class for %s", (_name, step, expected) => {
      expect(w()[step]).toEqual({
        isExpectedClass: true,
        name: expected.name,
        fault: "client",
        httpStatusCode: expected.httpStatusCode,
        requestId: expect.stringMatching(UUID),
        message: expect.stringContaining(expected.message),
      });
    });

    it("fails only once after mock.failNext: the next call is answered by the engine", () => {
      expect(w().afterThrottle).toEqual({ count: catalog.length });
    });

    it("answers from a generated typed handler after worker.use, and from the engine after resetHandlers", () => {
      const { overridden, afterResetHandlers } = w();
      expect(overridden).toEqual({ id: firstActive?.id, name: OVERRIDE_NAME, catalog: WALK_CATALOG });
      expect(afterResetHandlers).toEqual({ id: firstActive?.id, name: firstActive?.name });
    });
  });

  it("starts each walk from an empty account: mock.reset() between the walks dropped the first one's", () => {
    expect(walks.map((walk) => walk.existingApplications)).toEqual([0, 0]);
    expect(walks[0]?.created.id).not.toBe(walks[1]?.created.id);
  });

  it("sent every API request to the official endpoint, each answered by the service worker", () => {
    const expected = walks.flatMap((walk) => {
      expect(walk.calls).toBe(WALK_STATUSES.length);
      return WALK_STATUSES.map((status) => ({
        method: "POST",
        url: `${API_ORIGIN}/`,
        status,
        fromServiceWorker: true,
      }));
    });
    expect(run.apiRequests).toEqual(expected);
    expect(run.leaked).toEqual([]);
  });

  it("served only the page, its bundle and MSW's worker script", () => {
    expect([...run.served].sort()).toEqual(["GET /", "GET /mockServiceWorker.js", "GET /walk.js"]);
  });

  it("bundled the packages' published builds, with no Node built-in", () => {
    const inputs = run.bundleInputs;
    for (const entry of [
      "emulator/dist/transports/msw/index.js",
      "msw/dist/index.js",
      "protocol/dist/index.js",
      "client/dist/generated/index.js",
    ]) {
      expect(inputs.some((path) => path.endsWith(`packages/${entry}`))).toBe(true);
    }
    expect(inputs.some((path) => path.includes("@aws-sdk/client-partnercentral-benefits/"))).toBe(true);
    expect(inputs.filter((path) => /(^|\/)node:|msw\/lib\/node\//.test(path))).toEqual([]);
  });

  // Last: the page has stopped its worker, so this request goes to the network and must be caught.
  it("would have noticed a request the worker did not answer", async () => {
    const probe = await run.probeUnanswered();
    expect(probe.outcome).toMatch(/^failed: TypeError/);
    expect(probe.leaked).toEqual([`POST ${API_ORIGIN}/`]);
  });
});
