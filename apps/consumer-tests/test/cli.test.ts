/**
 * The `pcb-emulator` bin from the installed tarball, through npx: the official client gets answers from
 * it, and its output piped to a reader that leaves early ends without a stack trace.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectDir } from "./support/consumer-root.js";
import { node, outsideEnv, run } from "./support/run.js";

const PROJECT = "esm-vitest4-msw2";
let emulator: ChildProcess | undefined;

// The official client against the emulator at argv[2]: ListBenefits, then GetBenefit of the first one.
const OFFICIAL_CALL = `import { GetBenefitCommand, ListBenefitsCommand, PartnerCentralBenefitsClient } from "@aws-sdk/client-partnercentral-benefits";
const client = new PartnerCentralBenefitsClient({ region: "us-east-1", endpoint: process.argv[2], maxAttempts: 1,
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" } });
const page = await client.send(new ListBenefitsCommand({ Catalog: "Sandbox" }));
const listed = page.BenefitSummaries?.[0]?.Id;
const benefit = await client.send(new GetBenefitCommand({ Catalog: "Sandbox", Identifier: listed }));
console.log(JSON.stringify({ count: page.BenefitSummaries?.length ?? 0, listed, got: benefit.Id }));
client.destroy();`;

afterAll(async () => {
  // npx runs the bin in a child of its own: end the whole process group, and wait for npx to go.
  const child = emulator;
  if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await exited;
});

function startEmulator(dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--no-install", "pcb-emulator", "--port", "0", "--quiet"], {
      cwd: dir,
      env: outsideEnv(),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    emulator = child;
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`pcb-emulator exited ${code} before listening:\n${out}`)));
  });
}

describe("npx pcb-emulator", () => {
  it("answers the official client", async () => {
    const dir = projectDir(PROJECT);
    const url = await startEmulator(dir);
    writeFileSync(join(dir, "official-call.mjs"), OFFICIAL_CALL);
    const { stdout } = await node(["official-call.mjs", url], { cwd: dir });
    const { count, listed, got } = JSON.parse(stdout);
    expect(count).toBeGreaterThan(0);
    expect(got).toBe(listed);
  });

  it("ends quietly when its output is piped to a reader that leaves (head)", async () => {
    const dir = projectDir(PROJECT);
    const port = await freePort();
    const piped = run("sh", ["-c", `npx --no-install pcb-emulator --port ${port} | head -1`], {
      cwd: dir,
      allowFailure: true,
    });
    let finished = false;
    void piped.then(() => {
      finished = true;
    });
    // Each request writes a log line; once head has gone, the next write meets a closed pipe.
    for (let i = 0; i < 300 && !finished; i++) {
      await fetch(`http://127.0.0.1:${port}/openapi.json`).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const result = await piped;
    expect(result.stdout).toMatch(/^pcb-emulator listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
