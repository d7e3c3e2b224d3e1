/**
 * The journey of `support/journey.ts`, run four times on one deterministic engine: over the Hono server
 * (a real local port) and over MSW, with our client and with the official SDK. All four runs must read
 * the same outputs, and every response that crossed the wire must satisfy the OpenAPI document.
 */
import type { Emulator } from "@pc-benefits/emulator";
import { type OperationName, openapiDocument, type ResponseBody } from "@pc-benefits/openapi";
import { checkWireBody, OPERATIONS } from "@pc-benefits/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deterministicEmulator,
  type HonoBackend,
  type MswBackend,
  startHono,
  startMsw,
  type WireExchange,
} from "./support/backends.js";
import { CLIENT_NAMES, type ClientName, createClient, withoutMetadata } from "./support/clients.js";
import { type SeededRandom, seedWebCrypto } from "./support/deterministic-random.js";
import { runJourney, type Step } from "./support/journey.js";

interface Run {
  label: string;
  steps: Step[];
  exchanges: WireExchange[];
}

const runs: Run[] = [];
let random: SeededRandom;
let emulator: Emulator;
let hono: HonoBackend | undefined;
let msw: MswBackend | undefined;
/** The exchanges of the run in progress (both backends record into it). */
let current: WireExchange[] = [];
const sink = (exchange: WireExchange) => current.push(exchange);

async function run(transport: "Hono" | "MSW", client: ClientName, url: string): Promise<void> {
  emulator.reset();
  random.reseed();
  const exchanges: WireExchange[] = [];
  current = exchanges;
  const contract = createClient(client, url, transport === "Hono" ? "socket" : "msw");
  try {
    const steps = await runJourney(contract.send, emulator);
    runs.push({
      label: `${transport} + ${client}`,
      steps: steps.map((s) => ({ ...s, output: withoutMetadata(s.output) })),
      exchanges,
    });
  } finally {
    contract.destroy();
  }
}

beforeAll(async () => {
  random = seedWebCrypto(20260301);
  emulator = deterministicEmulator();
  hono = await startHono(emulator, sink);
  for (const client of CLIENT_NAMES) await run("Hono", client, hono.url);
  msw = startMsw(emulator, sink);
  for (const client of CLIENT_NAMES) await run("MSW", client, msw.url);
  current = []; // later requests (e.g. /openapi.json) belong to no run
}, 30_000);

afterAll(async () => {
  await msw?.close();
  await hono?.close();
  emulator?.close();
  random?.restore();
});

function stepsOf(run: Run, operation: OperationName): Step[] {
  return run.steps.filter((s) => s.operation === operation);
}

describe("the same engine state gives both clients the same outputs, over Hono and over MSW", () => {
  it("ran the journey four times, one wire exchange per call", () => {
    expect(runs.map((r) => r.label)).toEqual([
      "Hono + @pc-benefits/client",
      "Hono + official SDK",
      "MSW + @pc-benefits/client",
      "MSW + official SDK",
    ]);
    for (const r of runs)
      expect(r.exchanges.map((e) => e.operation)).toEqual(r.steps.map((s) => s.operation));
  });

  it.each(OPERATIONS.map((op) => [op]))("%s", (operation) => {
    const [reference, ...others] = runs;
    const expected = stepsOf(reference as Run, operation);
    expect(expected.length).toBeGreaterThan(0);
    for (const other of others) {
      const actual = stepsOf(other, operation);
      expect(
        actual.map((s) => s.input),
        other.label,
      ).toEqual(expected.map((s) => s.input));
      expect(
        actual.map((s) => s.output),
        other.label,
      ).toEqual(expected.map((s) => s.output));
    }
  });
});

describe("every wire response satisfies the OpenAPI document", () => {
  it.each(OPERATIONS.map((op) => [op]))("%s", (operation) => {
    for (const r of runs) {
      const exchanges = r.exchanges.filter((e) => e.operation === operation);
      const steps = stepsOf(r, operation);
      expect(exchanges.length, r.label).toBe(steps.length);
      exchanges.forEach((exchange, i) => {
        const { problems, body } = checkWireBody(operation, exchange.status, exchange.text);
        expect(problems, `${r.label}: ${exchange.text.slice(0, 200)}`).toEqual([]);
        expect(exchange.status).toBe(200);
        // The client reads back every member the wire carried, and invents none.
        expect(Object.keys(steps[i]?.output ?? {}).sort(), r.label).toEqual(Object.keys(body).sort());
      });
    }
  });

  it("types the bodies with the document's types: timestamps are date-time strings the clients read as Dates", () => {
    for (const r of runs) {
      const index = r.steps.findIndex((s) => s.operation === "GetBenefitApplication");
      const exchange = r.exchanges[index];
      const { body } = checkWireBody("GetBenefitApplication", exchange?.status ?? 0, exchange?.text ?? "");
      const application = body as ResponseBody<"GetBenefitApplication">;
      const output = r.steps[index]?.output;
      expect(typeof application.CreatedAt).toBe("string");
      expect(output?.CreatedAt).toEqual(new Date(application.CreatedAt ?? ""));
      expect(output?.Status).toBe(application.Status);
    }
  });

  it("is the very document the server publishes at /openapi.json", async () => {
    const response = await fetch(`${hono?.url}/openapi.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(openapiDocument)));
  });
});
