/**
 * `pnpm --filter @pc-benefits/server bench`: the cost of rejecting hostile input, side by side with a valid
 * call in the same run. In process (`app.request`, no sockets): a valid GetBenefit, then a 1 MiB ListBenefits
 * whose every list item is a bad enum value (answered with a bounded ValidationException). Prints a Markdown
 * table with the CPU time per request of each and their ratio.
 */
import { createApp } from "../src/index.js";

const JSON10 = "application/x-amz-json-1.0";
const TARGET = "PartnerCentralBenefitsService";
const MiB = 1024 * 1024;

const app = createApp({
  handlers: {
    getBenefit: async (input) => ({ Id: input.Identifier, Catalog: input.Catalog, Name: "Credits" }),
    listBenefits: async () => ({ BenefitSummaries: [] }),
  },
});

const validBody = JSON.stringify({ Catalog: "AWS", Identifier: "ben-0123456789abcd" });
const head = '{"Catalog":"AWS","FulfillmentTypes":[';
const badBody = `${head}${Array.from({ length: Math.floor((MiB - head.length - 3) / 4) }, () => '"X"').join(",")}]}`;

async function call(operation: string, body: string): Promise<{ status: number; bytes: number }> {
  const response = await app.request("/", {
    method: "POST",
    headers: { "content-type": JSON10, "x-amz-target": `${TARGET}.${operation}` },
    body,
  });
  const text = await response.text();
  return { status: response.status, bytes: text.length };
}

/** Mean CPU milliseconds per call over `rounds` calls, after `warmup` unmeasured ones. */
async function measure(operation: string, body: string, rounds: number, warmup: number) {
  let last = await call(operation, body);
  for (let i = 0; i < warmup; i++) last = await call(operation, body);
  const before = process.cpuUsage();
  for (let i = 0; i < rounds; i++) last = await call(operation, body);
  const used = process.cpuUsage(before);
  return { cpuMs: (used.user + used.system) / 1000 / rounds, ...last };
}

export async function run(): Promise<string> {
  const valid = await measure("GetBenefit", validBody, 20_000, 2_000);
  const bad = await measure("ListBenefits", badBody, 40, 5);
  const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`);
  const row = (name: string, m: typeof valid, body: number) =>
    `| ${name} | ${size(body)} | ${m.status} | ${size(m.bytes)} | ${m.cpuMs.toFixed(3)} ms |`;
  return [
    "| request | body | status | answer | CPU per request |",
    "| --- | ---: | ---: | ---: | ---: |",
    row("GetBenefit (valid)", valid, validBody.length),
    row("ListBenefits, 1 MiB of bad list items", bad, badBody.length),
    "",
    `A 1 MiB bad request costs ${(bad.cpuMs / valid.cpuMs).toFixed(0)}x a valid GetBenefit (${bad.cpuMs.toFixed(1)} ms of CPU).`,
  ].join("\n");
}

process.stdout.write(`${await run()}\n`);
