/**
 * The server-free playground: MSW's service worker answers every call of the client inside the browser,
 * from `createBenefitsMock` (the same engine the emulator runs). The reviewer console uses the mock's
 * reviewer API. It starts with the emulator's demo data (`demoFixtures`, as `pnpm start` does); state lives
 * in this page: a reload or the reset button starts afresh from the demo data.
 */
import { demoFixtures } from "@pc-benefits/emulator";
import { createBenefitsMock } from "@pc-benefits/emulator/msw";
import { setupWorker } from "msw/browser";
import type { Backend } from "./backend.js";
import { createPortalClient } from "./client-config.js";
import { reviewerDesk } from "./reviewer-desk.js";

/** The catalog seed the playground uses (the emulator's default, which the demo fixtures are written for). */
export const PLAYGROUND_SEED = 1;

export async function playgroundBackend(): Promise<Backend> {
  const mock = createBenefitsMock({ seed: PLAYGROUND_SEED, fixtures: demoFixtures });
  const worker = setupWorker(...mock.handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: "bypass",
    quiet: true,
  });
  const desk = reviewerDesk({
    // The partner's account: the demo credentials decode to the emulator's default account.
    waiting: async (catalog) => mock.reviewer.waiting(catalog, mock.emulator.defaultAccountId),
    history: async (catalog, id) => mock.reviewer.history(catalog, id),
    review: (catalog, id, decision) => mock.reviewer.review(catalog, id, decision),
    setFileStatus: (catalog, id, fileUri, status, reason) =>
      mock.reviewer.setFileStatus(catalog, id, fileUri, status, reason),
    setFaults: (faults) => mock.setFaults(faults),
    reset: () => mock.reset(),
  });
  return {
    mode: "playground",
    // No endpoint: the client calls the official regional endpoint, which the worker answers.
    client: createPortalClient(undefined),
    catalogs: mock.emulator.settings.catalogs,
    reviewer: desk,
    endpointLabel: "the in-browser mock (MSW service worker)",
  };
}
