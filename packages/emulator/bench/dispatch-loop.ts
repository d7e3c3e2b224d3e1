/**
 * Profiling aid, not a benchmark with a goal: one operation through the server's dispatcher and the emulator
 * engine in a tight in-process loop (no HTTP, no MSW), with the fixtures of `bench/server.ts` (60
 * applications; ListBenefitApplications answers a page of 20). Prints microseconds per call; run it under
 * the profiler to see where a request's time goes:
 *
 *   OP=ListBenefitApplications node --cpu-prof --import tsx bench/dispatch-loop.ts
 *
 * With UNCACHED=1 the store hands out record copies, so no list page comes from the shared-output cache.
 */
import { pathToFileURL } from "node:url";
import { createDispatcher } from "@pc-benefits/server/core";
import { createEmulator } from "../src/engine/create-emulator.js";
import { serviceHandlers } from "../src/engine/service-handlers.js";
import { CopyingMemoryStore } from "./copying-memory-store.js";

export async function run(operation: string, calls: number, uncached = false): Promise<number> {
  const emulator = createEmulator({
    seed: "bench",
    ...(uncached ? { store: new CopyingMemoryStore() } : {}),
  });
  try {
    const benefit = emulator.benefits("AWS")[0];
    if (!benefit) throw new Error("no benefits in the seeded catalog");
    for (let i = 0; i < 60; i++) {
      await emulator.handlers.CreateBenefitApplication({
        Catalog: "AWS",
        ClientToken: `bench-${i}`,
        BenefitIdentifier: benefit.id,
        Name: `Bench application ${i}`,
      });
    }
    const dispatch = createDispatcher(serviceHandlers(emulator));
    const inputs: Record<string, object> = {
      GetBenefit: { Catalog: "AWS", Identifier: benefit.id },
      ListBenefitApplications: { Catalog: "AWS" },
    };
    const request = {
      headers: {
        "content-type": "application/x-amz-json-1.0",
        "x-amz-target": `PartnerCentralBenefitsService.${operation}`,
      },
      body: new TextEncoder().encode(JSON.stringify(inputs[operation] ?? {})),
    };
    const first = await dispatch(request);
    if (first.status !== 200) throw new Error(`${operation}: ${first.status} ${first.body}`);
    for (let i = 0; i < Math.min(calls, 2000); i++) await dispatch(request);
    const start = performance.now();
    for (let i = 0; i < calls; i++) await dispatch(request);
    return ((performance.now() - start) * 1000) / calls;
  } finally {
    emulator.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const operation = process.env.OP ?? "ListBenefitApplications";
  const perCall = await run(operation, Number(process.env.CALLS ?? 50_000), process.env.UNCACHED === "1");
  process.stdout.write(`${operation}: ${perCall.toFixed(1)} µs per call through the dispatcher\n`);
}
