/**
 * The demo, end to end: in this process, against an emulator served elsewhere (`PCB_ENDPOINT`), and as
 * the `pnpm --filter demo tour` command a new user runs. The transcript's key facts must hold, so the demo can't rot.
 */
import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { serve } from "@hono/node-server";
import { createEmulator, type Emulator } from "@pc-benefits/emulator";
import { createEmulatorApp } from "@pc-benefits/emulator-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoResult, runDemo } from "./run-demo.js";

const STATUSES = ["PENDING_SUBMISSION", "PENDING_SUBMISSION", "IN_REVIEW", "APPROVED"];
const TAGS = { project: "q3-launch", owner: "alliances" };

function expectKeyFacts({ facts, transcript }: DemoResult): void {
  expect(facts.benefitCount).toBeGreaterThan(0);
  expect(facts.statuses).toEqual(STATUSES);
  expect(facts.fulfillmentTypes.length).toBeGreaterThan(0);
  expect(facts.allocationCount).toBe(facts.fulfillmentTypes.length);
  expect(facts.tags).toEqual(TAGS);
  const text = transcript.join("\n");
  expect(text).toContain(`${facts.benefitCount} benefits`);
  expect(text).toContain("(valid against it)");
  expect(text).toContain(`${facts.applicationId}: PENDING_SUBMISSION`);
  expect(text).toContain("IN_REVIEW, stage BUSINESS_REVIEW");
  expect(text).toContain(`${facts.allocationCount} allocation(s)`);
  expect(text).toContain(
    `went ${STATUSES.join(" -> ")}, with ${facts.allocationCount} allocation(s) and 2 tags.`,
  );
}

describe("in process", () => {
  it("walks the journey and prints what happened", async () => {
    const printed: string[] = [];
    const result = await runDemo({ print: (line) => printed.push(line) });
    expectKeyFacts(result);
    expect(printed).toEqual(result.transcript);
    expect(printed[0]).toMatch(/^Partner Central Benefits toolkit demo: .* in-process emulator/);
  });
});

/** An emulator served on a port with its reviewer-control routes, as `pcb-emulator --control` serves it. */
async function serveEmulator(
  emulator: Emulator,
  control = true,
): Promise<{ url: string; close(): Promise<void> }> {
  const { app } = createEmulatorApp({ emulator, control });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("against PCB_ENDPOINT", () => {
  const emulator = createEmulator({ seed: "remote-demo" });
  let served: Awaited<ReturnType<typeof serveEmulator>>;
  beforeAll(async () => {
    served = await serveEmulator(emulator);
  });
  afterAll(async () => {
    await served.close();
    emulator.close();
  });

  it("drives the emulator over HTTP, approvals through its control routes", async () => {
    const result = await runDemo({ endpoint: served.url });
    expectKeyFacts(result);
    expect(result.transcript[0]).toContain(`emulator at ${served.url} (PCB_ENDPOINT)`);
    const stored = await emulator.handlers.GetBenefitApplication({
      Catalog: "Sandbox",
      Identifier: result.facts.applicationId,
    });
    expect(stored.Status).toBe("APPROVED");
  });
});

// Each test starts Node + tsx: seconds on a busy 2-core machine.
describe("against PCB_ENDPOINT without the reviewer-control routes", () => {
  it("stops at the approval and says how to start the emulator", async () => {
    const emulator = createEmulator({ seed: "no-control" });
    const served = await serveEmulator(emulator, false);
    try {
      await expect(runDemo({ endpoint: served.url })).rejects.toThrow(
        /reviewer-control route answered \d{3} .*start the emulator with its control routes enabled/,
      );
    } finally {
      await served.close();
      emulator.close();
    }
  });
});

describe("the tour command", { timeout: 30_000 }, () => {
  const run = promisify(execFile);
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

  it("prints the transcript and exits 0", async () => {
    const { stdout } = await run(tsx, ["tour/main.ts"], { cwd, env: { ...process.env, PCB_ENDPOINT: "" } });
    expect(stdout).toMatch(/\n6\. The AWS reviewer approves it .*\n {3}APPROVED\n/);
    expect(stdout).toMatch(
      /Done: application benappl-[0-9a-z]{14} went PENDING_SUBMISSION -> .* -> APPROVED/,
    );
  });

  it("explains an unreachable PCB_ENDPOINT in one line and exits 1, without a stack trace", async () => {
    const failure = await run(tsx, ["tour/main.ts"], {
      cwd,
      env: { ...process.env, PCB_ENDPOINT: "http://127.0.0.1:9" },
    }).then(
      () => expect.fail("the demo succeeded without a server"),
      (e: unknown) => e as { code: number; stderr: string },
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim()).toMatch(/^The demo stopped: \w+/);
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });
});
