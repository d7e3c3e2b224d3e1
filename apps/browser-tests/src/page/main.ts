/**
 * The test page's script (bundled by esbuild for the browser platform). It starts MSW's service worker
 * over `createBenefitsMock`, walks the service with our client and with the official SDK, and leaves
 * the outcome in `window.__results` and in `<pre id="results">`.
 */
import {
  ConflictException as SdkConflictException,
  PartnerCentralBenefits as SdkPartnerCentralBenefits,
  ResourceNotFoundException as SdkResourceNotFoundException,
  ThrottlingException as SdkThrottlingException,
} from "@aws-sdk/client-partnercentral-benefits";
import {
  ConflictException,
  PartnerCentralBenefits,
  ResourceNotFoundException,
  ThrottlingException,
} from "@pc-benefits/client";
import { exampleDetails } from "@pc-benefits/emulator";
import { createBenefitsMock } from "@pc-benefits/emulator/msw";
import { getBenefit } from "@pc-benefits/msw";
import { setupWorker } from "msw/browser";
import { OVERRIDE_NAME, PAGE_SEED, type PageResults, WALK_CATALOG } from "./page-contract.js";
import { type WalkHooks, walk } from "./walk.js";

declare global {
  interface Window {
    __results?: PageResults;
  }
}

const clientConfig = {
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "browser-secret" },
  maxAttempts: 1,
};

async function run(): Promise<PageResults> {
  const mock = createBenefitsMock({ seed: PAGE_SEED });
  const worker = setupWorker(...mock.handlers);
  const startedAt = performance.now();
  await worker.start({
    serviceWorker: { url: "/mockServiceWorker.js" },
    onUnhandledRequest: "error",
    quiet: true,
  });
  const workerStartMs = performance.now() - startedAt;

  const hooks: WalkHooks = {
    detailsFor(benefitId) {
      const benefit = mock.emulator.benefits(WALK_CATALOG).find((b) => b.id === benefitId);
      if (!benefit) throw new Error(`benefit ${benefitId} is not in the mock's catalog`);
      return exampleDetails(benefit);
    },
    approve: (applicationId) => {
      mock.reviewer.approve(WALK_CATALOG, applicationId, { stage: "FINANCE_REVIEW" });
    },
    failNextListBenefits: () => mock.failNext("ListBenefits", "ThrottlingException"),
    overrideGetBenefit: () =>
      worker.use(
        getBenefit(
          ({ Catalog, Identifier }) => ({ Id: Identifier, Catalog, Name: OVERRIDE_NAME, Status: "ACTIVE" }),
          mock.endpoint,
        ),
      ),
    resetHandlers: () => worker.resetHandlers(),
  };

  const walkStart = performance.now();
  const first = await walk(
    "@pc-benefits/client",
    new PartnerCentralBenefits(clientConfig),
    { ConflictException, ResourceNotFoundException, ThrottlingException },
    hooks,
  );
  mock.reset(); // what a suite's afterEach does: the second walk starts from an empty account
  const second = await walk(
    "@aws-sdk/client-partnercentral-benefits",
    new SdkPartnerCentralBenefits(clientConfig),
    {
      ConflictException: SdkConflictException,
      ResourceNotFoundException: SdkResourceNotFoundException,
      ThrottlingException: SdkThrottlingException,
    },
    hooks,
  );
  const walkMs = performance.now() - walkStart;
  worker.stop();
  return { ok: true, walks: [first, second], workerStartMs, walkMs };
}

function publish(results: PageResults): void {
  window.__results = results;
  const out = document.getElementById("results");
  if (out) out.textContent = JSON.stringify(results, null, 2);
  document.body.dataset.status = results.ok ? "done" : "failed";
}

run().then(publish, (error: unknown) => {
  const e = error instanceof Error ? error : new Error(String(error));
  publish({ ok: false, error: { name: e.name, message: e.message, stack: e.stack } });
});
