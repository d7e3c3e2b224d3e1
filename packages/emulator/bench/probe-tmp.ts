import { PartnerCentralBenefits } from "@pc-benefits/client";
import { handlersFor } from "@pc-benefits/msw";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { createBenefitsMock } from "../src/msw/index.js";
import { serviceHandlers } from "../src/service-handlers.js";
const BASE = "http://bench.benefits.test";
const mock = createBenefitsMock({ seed: "bench", baseUrl: BASE });
const server = setupServer(...mock.handlers);
server.listen();
const client = new PartnerCentralBenefits({ region: "us-east-1", endpoint: BASE, credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "s" }, maxAttempts: 1 });
const benefit = mock.emulator.benefits("AWS")[0]!;
const input = { Catalog: "AWS", Identifier: benefit.id };
const body = await (await fetch(BASE, { method: "POST", headers: { "x-amz-target": "PartnerCentralBenefitsService.GetBenefit", "content-type": "application/x-amz-json-1.0" }, body: JSON.stringify(input) })).text();
const trivial = http.post(BASE, () => new HttpResponse(body, { headers: { "content-type": "application/x-amz-json-1.0" } }));
const svc = serviceHandlers(mock.emulator);
const only = handlersFor({ getBenefit: svc.getBenefit }, { baseUrl: BASE });
const variants: [string, any[]][] = [["trivial", [trivial]], ["mock.handlers(17)", mock.handlers], ["handlersFor(getBenefit only)", only]];
const res: Record<string, number[]> = {};
for (let r = 0; r < 12; r++) for (const [name, hs] of variants) {
  server.resetHandlers(...hs);
  for (let i = 0; i < 30; i++) await client.getBenefit(input);
  const s = performance.now();
  for (let i = 0; i < 200; i++) await client.getBenefit(input);
  (res[name] ??= []).push((performance.now() - s) * 5);
}
for (const [n, v] of Object.entries(res)) { v.sort((a,b)=>a-b); console.log(n, "min", v[0]!.toFixed(0), "median", v[6]!.toFixed(0)); }
server.close();
