/**
 * Validation benchmark: `validateModel` on synthetic service models of 250 and 1000 operations
 * (about 2,000 and 8,000 shapes), median of several runs after a warm-up. Validation must stay
 * roughly linear in the size of the model (shapes indexed once, each trait selector evaluated once,
 * never per application): the ratio of time per shape, large over small, should stay near 1.
 * Run: `pnpm --filter @pc-benefits/codegen exec tsx bench/validate.ts`.
 */
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { Model } from "../src/model/model.js";
import { assembleSources } from "../src/model/sources.js";
import { validateModel } from "../src/model/validate/index.js";
import { syntheticModel } from "./synthetic-model.js";

function assemble(operations: number): Model {
  const { model, diagnostics } = assembleSources([{ path: "perf.smithy", text: syntheticModel(operations) }]);
  const errors = diagnostics.filter((d) => d.severity === "ERROR");
  if (errors.length > 0) throw new Error(`synthetic model does not assemble: ${errors[0]?.message}`);
  return model;
}

function medianMs(model: Model, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const events = validateModel(model);
    const ms = performance.now() - start;
    if (events.some((e) => e.severity === "ERROR")) throw new Error("synthetic model does not validate");
    if (i > 0) times.push(ms); // the first run warms up
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export async function run(): Promise<string> {
  const small = assemble(250);
  const large = assemble(1000);
  const smallMs = medianMs(small, 5);
  const largeMs = medianMs(large, 5);
  const ratio = largeMs / large.shapes.size / (smallMs / small.shapes.size);
  return [
    "| model | shapes | validateModel ms (median) | µs per shape |",
    "| --- | ---: | ---: | ---: |",
    `| 250 operations | ${small.shapes.size} | ${smallMs.toFixed(1)} | ${((smallMs * 1000) / small.shapes.size).toFixed(1)} |`,
    `| 1000 operations | ${large.shapes.size} | ${largeMs.toFixed(1)} | ${((largeMs * 1000) / large.shapes.size).toFixed(1)} |`,
    "",
    `Linearity (time per shape, 1000 operations / 250 operations; 1.00 = linear, quadratic would be about 4): ${ratio.toFixed(2)}.`,
    "",
    `Machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(2)} at the end of the run.`,
    "",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(await run());
}
