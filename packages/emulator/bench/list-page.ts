/**
 * Engine benchmark: ListBenefitApplications page latency with 100,000 stored applications vs 1,000
 * (goal: at most 1.5x), and heap used per stored application. Run: `pnpm --filter @pc-benefits/emulator bench`.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulator, type Emulator } from "../src/engine/create-emulator.js";
import { newId } from "../src/engine/identifiers.js";
import { randomUuid } from "../src/engine/random.js";
import { MemoryStore } from "../src/store/memory-store.js";
import { createSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { EmulatorStore } from "../src/store/store.js";

const gc = (globalThis as { gc?: () => void }).gc;

/** One application through the API, then `n - 1` copies with fresh IDs written in one transaction. */
async function fill(emulator: Emulator, store: EmulatorStore, n: number): Promise<void> {
  const benefit = emulator.benefits("AWS").find((b) => b.status === "ACTIVE");
  const out = await emulator.handlers.CreateBenefitApplication({
    Catalog: "AWS",
    ClientToken: "bench",
    BenefitIdentifier: benefit?.id ?? "",
    Name: "Application 0",
    FulfillmentTypes: benefit?.fulfillmentTypes ?? [],
    BenefitApplicationDetails: { AccountId: "123456789012", Note: "n0" },
  });
  const template = store.getApplication("AWS", out.Id ?? "");
  if (!template) throw new Error("template missing");
  store.transaction(() => {
    for (let i = 1; i < n; i++) {
      store.putApplication({
        ...template,
        seq: 0,
        id: newId("benefit-application"),
        name: `Application ${i}`,
        details: { AccountId: "123456789012", Note: `n${i}` },
        revision: randomUuid(),
        // Fresh arrays, so the heap figure counts what separate creates would hold.
        programs: [...template.programs],
        fulfillmentTypes: [...template.fulfillmentTypes],
        associatedResources: [],
        files: [],
        tags: {},
      });
    }
  });
}

interface Probe {
  emulator: Emulator;
  /** A NextToken ten pages deep. */
  token: string | undefined;
  first: number[];
  deep: number[];
}

async function probe(emulator: Emulator): Promise<Probe> {
  let token: string | undefined;
  for (let i = 0; i < 10; i++) {
    token = (
      await emulator.handlers.ListBenefitApplications({ Catalog: "AWS", MaxResults: 20, NextToken: token })
    ).NextToken;
  }
  return { emulator, token, first: [], deep: [] };
}

/** One round: `calls` first pages and `calls` deep pages; records the mean per call in microseconds. */
async function round(p: Probe, calls: number): Promise<void> {
  const h = p.emulator.handlers;
  let t = performance.now();
  for (let i = 0; i < calls; i++) await h.ListBenefitApplications({ Catalog: "AWS", MaxResults: 20 });
  p.first.push(((performance.now() - t) * 1000) / calls);
  t = performance.now();
  for (let i = 0; i < calls; i++)
    await h.ListBenefitApplications({ Catalog: "AWS", MaxResults: 20, NextToken: p.token });
  p.deep.push(((performance.now() - t) * 1000) / calls);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function open(store: () => EmulatorStore, n: number): Promise<{ probe: Probe; heap: number }> {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const opened = store();
  const emulator = createEmulator({ seed: "bench", store: opened });
  await fill(emulator, opened, n);
  gc?.();
  return { probe: await probe(emulator), heap: process.memoryUsage().heapUsed - before };
}

const dirs: string[] = [];
const sqlite = () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pc-emulator-bench-"));
  dirs.push(dataDir);
  return createSqliteStore({ dataDir });
};

for (const [label, store] of [
  ["memory", () => new MemoryStore()],
  ["sqlite", sqlite],
] as const) {
  const small = await open(store, 1_000);
  const large = await open(store, 100_000);
  // Interleaved rounds, so load on the machine affects both sizes alike.
  for (let r = 0; r < 30; r++) {
    await round(small.probe, 100);
    await round(large.probe, 100);
  }
  const s = { first: median(small.probe.first), deep: median(small.probe.deep) };
  const l = { first: median(large.probe.first), deep: median(large.probe.deep) };
  const ratio = (a: number, b: number) => (b / a).toFixed(2);
  console.log(
    `${label}: page of 20 — 1k: ${s.first.toFixed(1)} µs (deep ${s.deep.toFixed(1)} µs); ` +
      `100k: ${l.first.toFixed(1)} µs (deep ${l.deep.toFixed(1)} µs); ` +
      `ratio ${ratio(s.first, l.first)}x (deep ${ratio(s.deep, l.deep)}x, goal <= 1.5x)` +
      (label === "memory"
        ? `; heap for 100k: ${(large.heap / 2 ** 20).toFixed(0)} MiB (${(large.heap / 100_000).toFixed(0)} B/app)`
        : ""),
  );
  small.probe.emulator.close();
  large.probe.emulator.close();
}
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
