/**
 * `pnpm codegen` benchmark: times each pipeline phase in-process on `model/` (load + validate, IR,
 * each emitter, the whole `generate` in check mode; median of several runs after a warm-up), and
 * the end-to-end CLI (`tsx codegen/src/cli.ts --check`, a fresh process) against a baseline of
 * `tsx` starting an empty script in the same run. Goal: the CLI under 2 s.
 * Run: `pnpm --filter @pc-benefits/codegen exec tsx bench/codegen.ts`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { emitters } from "../src/emit/index.js";
import { emitOpenApi } from "../src/emit/openapi/index.js";
import { generate } from "../src/generate.js";
import { buildServiceIR } from "../src/ir/build.js";
import { loadPaths } from "../src/model/load.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const GOAL_MS = 2000;

async function median(runs: number, f: () => unknown): Promise<number> {
  await f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Wall time of a fresh Node process (exit status ignored: `--check` exits 1 on stale output). */
function wallMs(args: string[]): number {
  const start = performance.now();
  spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
  return performance.now() - start;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export async function run(): Promise<string> {
  const modelDir = join(ROOT, "model");
  const loaded = loadPaths([modelDir]);
  if (!loaded.model) return "## codegen\n\n`model/` does not load; nothing to measure.\n";
  const model = loaded.model;
  const ir = buildServiceIR(model);

  const rows: [string, number][] = [];
  rows.push(["load + validate `model/`", await median(5, () => loadPaths([modelDir]))]);
  rows.push(["build IR", await median(9, () => buildServiceIR(model))]);
  for (const emitter of emitters) {
    rows.push([`emit \`${emitter.name}\``, await median(5, () => emitter.emit(ir, { root: ROOT }))]);
  }
  rows.push([
    "emit `openapi` without its cache (openapi-typescript runs)",
    await median(3, () => emitOpenApi(ir, "bench/src/generated")),
  ]);
  const inProcess = await median(5, () => generate({ root: ROOT, check: true }));
  rows.push(["`generate({ check: true })` in-process", inProcess]);

  // End to end, as a developer runs it: a fresh Node process through tsx.
  const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const empty = join(mkdtempSync(join(tmpdir(), "codegen-bench-")), "empty.ts");
  writeFileSync(empty, "export {};\n");
  const baselineRuns: number[] = [];
  const cliRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    baselineRuns.push(wallMs([tsx, empty]));
    cliRuns.push(wallMs([tsx, join(ROOT, "codegen", "src", "cli.ts"), "--check"]));
  }
  rmSync(dirname(empty), { recursive: true, force: true });
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? Number.NaN;
  const baseline = mid(baselineRuns);
  const cli = mid(cliRuns);

  const lines = [
    "## codegen (`pnpm codegen` on model/)",
    "",
    `${ir.operations.length} operations, ${ir.shapes.size} shapes, ${emitters.length} emitters.`,
    "",
    "| phase | median |",
    "| --- | ---: |",
    ...rows.map(([name, ms]) => `| ${name} | ${fmt(ms)} |`),
    `| baseline: \`tsx\` running an empty script | ${fmt(baseline)} |`,
    `| \`tsx codegen/src/cli.ts --check\` (end to end) | ${fmt(cli)} |`,
    "",
    `End to end: ${(cli / baseline).toFixed(1)}x the tsx start-up baseline (${fmt(cli - baseline)} above it);` +
      ` goal < ${GOAL_MS} ms: ${cli < GOAL_MS ? "met" : "NOT met"}. Load average during the run:` +
      ` ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs.`,
    "",
  ];
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(await run());
