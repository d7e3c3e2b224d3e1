/**
 * Server throughput: requests/s at 50 connections for GetBenefit and ListBenefitApplications on the
 * emulator app (as `pcb-emulator --quiet` serves it) vs a bare Hono route on @hono/node-server returning a
 * fixed body, measured side by side in one run: autocannon in this process, each server in a child process,
 * loopback only. The bare route answers with the same bytes the operation returns (so the ratio is the
 * emulator's own cost, not payload size) and, for reference, with a 2-byte body.
 *
 * The memory store hands an unchanged list page's frozen output (and its cached JSON) out again, which a
 * benchmark repeating one request always hits. Two more rows show a page built and serialized on every
 * request: a memory store that hands out record copies (so that cache never hits), and the SQLite store
 * (`--data-dir`), which also reads and parses the rows of the page on every request.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const JSON10 = "application/x-amz-json-1.0";
const PREFIX = "PartnerCentralBenefitsService";

interface Target {
  url: string;
  child: ChildProcess;
}

async function startTarget(args: string[]): Promise<Target> {
  const script = fileURLToPath(new URL("./server-target.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let text = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const m = /port=(\d+)/.exec(text);
      if (m) resolve(Number(m[1]));
    });
    child.once("exit", (code) => reject(new Error(`${args[0]} server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function call(url: string, operation: string, input: unknown): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": JSON10, "x-amz-target": `${PREFIX}.${operation}` },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${operation}: ${response.status} ${text}`);
  return text;
}

const load = (url: string, target: string, body: unknown, duration: number) =>
  autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration,
    headers: { "content-type": JSON10, "x-amz-target": target },
    body: JSON.stringify(body),
  });

interface Case {
  name: string;
  url: string;
  target: string;
  body: unknown;
  /** Name of the case this one is compared with. */
  versus?: string;
}

export async function run(): Promise<string> {
  const emulator = await startTarget(["emulator"]);
  const dir = mkdtempSync(join(tmpdir(), "pcb-bench-"));
  const uncached = await startTarget(["emulator-uncached"]);
  const sqlite = await startTarget(["emulator-sqlite", join(dir, "data")]);
  let bare: Target | undefined;
  try {
    // Fixtures: a benefit and 60 applications (ListBenefitApplications answers a page of 20).
    const benefits = JSON.parse(
      await call(emulator.url, "ListBenefits", { Catalog: "AWS", MaxResults: 10 }),
    ) as {
      BenefitSummaries: { Id: string }[];
    };
    const benefitId = benefits.BenefitSummaries[0]?.Id;
    if (!benefitId) throw new Error("no benefits in the seeded catalog");
    for (let i = 0; i < 60; i++) {
      for (const target of [emulator, uncached, sqlite]) {
        await call(target.url, "CreateBenefitApplication", {
          Catalog: "AWS",
          ClientToken: `bench-${i}`,
          BenefitIdentifier: benefitId,
          Name: `Bench application ${i}`,
        });
      }
    }
    const get = { Catalog: "AWS", Identifier: benefitId };
    const list = { Catalog: "AWS" };
    const bodies: Record<string, string> = {
      [`${PREFIX}.GetBenefit`]: await call(emulator.url, "GetBenefit", get),
      [`${PREFIX}.ListBenefitApplications`]: await call(emulator.url, "ListBenefitApplications", list),
      tiny: "{}",
    };
    const bodiesFile = join(dir, "bodies.json");
    writeFileSync(bodiesFile, JSON.stringify(bodies));
    bare = await startTarget(["bare", bodiesFile]);

    const size = (key: string) => `${Buffer.byteLength(bodies[key] ?? "")} B`;
    const cases: Case[] = [
      { name: "bare Hono, 2-byte body", url: bare.url, target: "tiny", body: {} },
      {
        name: `bare Hono, GetBenefit's body (${size(`${PREFIX}.GetBenefit`)})`,
        url: bare.url,
        target: `${PREFIX}.GetBenefit`,
        body: get,
      },
      {
        name: "emulator GetBenefit",
        url: emulator.url,
        target: `${PREFIX}.GetBenefit`,
        body: get,
        versus: "get",
      },
      {
        name: `bare Hono, ListBenefitApplications' body (${size(`${PREFIX}.ListBenefitApplications`)})`,
        url: bare.url,
        target: `${PREFIX}.ListBenefitApplications`,
        body: list,
      },
      {
        name: "emulator ListBenefitApplications (page of 20)",
        url: emulator.url,
        target: `${PREFIX}.ListBenefitApplications`,
        body: list,
        versus: "list",
      },
      {
        name: "emulator ListBenefitApplications, memory store, page built every time",
        url: uncached.url,
        target: `${PREFIX}.ListBenefitApplications`,
        body: list,
        versus: "list",
      },
      {
        name: "emulator ListBenefitApplications, SQLite store, page read and built every time",
        url: sqlite.url,
        target: `${PREFIX}.ListBenefitApplications`,
        body: list,
        versus: "list",
      },
    ];
    const baselineOf: Record<string, number> = { get: 1, list: 3 };

    for (const c of cases) await load(c.url, c.target, c.body, 1); // warm-up
    // Interleaved rounds, so machine load affects every case alike; the best round of each counts.
    const best = new Map<string, { rps: number; p50: number; p99: number }>();
    for (let r = 0; r < ROUNDS; r++) {
      for (const c of cases) {
        const result = await load(c.url, c.target, c.body, SECONDS);
        if (result.non2xx > 0 || result.errors > 0) {
          throw new Error(`${c.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
        }
        const m = { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
        const prev = best.get(c.name);
        if (!prev || m.rps > prev.rps) best.set(c.name, m);
      }
    }
    const rps = (c: Case | undefined) => (c ? (best.get(c.name)?.rps ?? Number.NaN) : Number.NaN);
    const tiny = rps(cases[0]);
    const rows = cases.map((c) => {
      const m = best.get(c.name);
      if (!m) return `| ${c.name} | - | - | - | - | - |`;
      const same = c.versus ? `**${(m.rps / rps(cases[baselineOf[c.versus] ?? 0])).toFixed(2)}×**` : "";
      return `| ${c.name} | ${Math.round(m.rps).toLocaleString("en-US")} | ${m.p50} | ${m.p99} | ${same} | ${(m.rps / tiny).toFixed(2)}× |`;
    });
    return [
      `### Server requests/s (${CONNECTIONS} connections, best of ${ROUNDS} × ${SECONDS} s, loopback; goal ≥ 0.6×)`,
      "",
      "| case | requests/s | p50 ms | p99 ms | vs bare Hono, same body | vs bare Hono, 2-byte body |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...rows,
    ].join("\n");
  } finally {
    emulator.child.kill("SIGTERM");
    uncached.child.kill("SIGTERM");
    sqlite.child.kill("SIGTERM");
    bare?.child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${await run()}\n`);
}
