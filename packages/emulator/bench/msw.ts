/**
 * MSW benchmark: cost per call through the stateful handlers of `createBenefitsMock` vs a trivial MSW
 * handler returning the same AWS JSON body, with the same client in the same run (goal: at most 1.2x).
 * Run: `pnpm --filter @pc-benefits/emulator bench` (or `node --import tsx bench/msw.ts`).
 */

import { pathToFileURL } from "node:url";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import { type HttpHandler, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { exampleDetails } from "../src/catalog/example-details.js";
import { createBenefitsMock } from "../src/msw/index.js";

const BASE = "http://bench.benefits.test";
const ROUNDS = 21;
const CALLS = 100;

interface Case {
  name: string;
  call: () => Promise<unknown>;
  /** The AWS JSON body the stateful handler answers, served as is by the trivial handler. */
  body: string;
  target: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function perCall(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) await call();
  return ((performance.now() - start) * 1000) / CALLS;
}

export async function run(): Promise<string> {
  const mock = createBenefitsMock({ seed: "bench", baseUrl: BASE });
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const client = new PartnerCentralBenefits({
    region: "us-east-1",
    endpoint: BASE,
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    maxAttempts: 1,
  });
  try {
    const benefit = mock.emulator.benefits("AWS").find((b) => b.status === "ACTIVE");
    if (!benefit) throw new Error("no active benefit");
    for (let i = 0; i < 50; i++) {
      await client.createBenefitApplication({
        Catalog: "AWS",
        ClientToken: `bench-${i}`,
        BenefitIdentifier: benefit.id,
        FulfillmentTypes: [...benefit.fulfillmentTypes],
        BenefitApplicationDetails: exampleDetails(benefit),
      });
    }
    const raw = async (target: string, input: object) => {
      const response = await fetch(BASE, {
        method: "POST",
        headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": target },
        body: JSON.stringify(input),
      });
      return response.text();
    };
    const prefix = "PartnerCentralBenefitsService.";
    const getInput = { Catalog: "AWS", Identifier: benefit.id };
    const listInput = { Catalog: "AWS", MaxResults: 20 };
    const cases: Case[] = [
      {
        name: "GetBenefit",
        call: () => client.getBenefit(getInput),
        target: `${prefix}GetBenefit`,
        body: await raw(`${prefix}GetBenefit`, getInput),
      },
      {
        name: "ListBenefitApplications (page of 20)",
        call: () => client.listBenefitApplications(listInput),
        target: `${prefix}ListBenefitApplications`,
        body: await raw(`${prefix}ListBenefitApplications`, listInput),
      },
    ];

    const rows: string[] = [];
    for (const c of cases) {
      const trivial = http.post(BASE, ({ request }) =>
        request.headers.get("x-amz-target") === c.target
          ? new HttpResponse(c.body, { headers: { "content-type": "application/x-amz-json-1.0" } })
          : undefined,
      );
      const stateful: number[] = [];
      const fixed: number[] = [];
      const ratios: number[] = [];
      const measure = async (handlers: HttpHandler[]) => {
        server.resetHandlers(...handlers);
        return perCall(c.call);
      };
      // Warm up both; then pairs of adjacent rounds in alternating order, so that load from other
      // processes and JIT drift hit both sides alike; the ratio is the median of the pair ratios.
      await measure(mock.handlers);
      await measure([trivial]);
      for (let round = 0; round < ROUNDS; round++) {
        const first = round % 2 === 0;
        const a = first ? await measure(mock.handlers) : await measure([trivial]);
        const b = first ? await measure([trivial]) : await measure(mock.handlers);
        const [s, f] = first ? [a, b] : [b, a];
        stateful.push(s);
        fixed.push(f);
        ratios.push(s / f);
      }
      const ratio = median(ratios);
      rows.push(
        `| ${c.name} | ${median(stateful).toFixed(0)} | ${median(fixed).toFixed(0)} | ${ratio.toFixed(2)}x | ${ratio <= 1.2 ? "yes" : "no"} |`,
      );
    }
    return [
      `### MSW: stateful handlers vs a trivial handler (@pc-benefits/client, fetch transport, ${ROUNDS} paired rounds of ${CALLS} sequential calls, medians)`,
      "",
      "| operation | stateful µs/call | trivial µs/call | ratio | goal <= 1.2x |",
      "| --- | ---: | ---: | ---: | :---: |",
      ...rows,
    ].join("\n");
  } finally {
    server.close();
    client.destroy();
    mock.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${await run()}\n`);
}
