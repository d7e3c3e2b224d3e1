/**
 * Corpus benchmark: loads and validates every AWS service model of the shared reference corpus
 * (`aws-models/`, Smithy JSON AST) in one process, and times V8's `JSON.parse` of the same text beside
 * it. Each file is read once; then, model by model in every round, `JSON.parse(text)` and
 * `loadSources([{ path, text }])` (what `codegen validate` runs once the file is read) are timed back
 * to back, so both see the same machine at the same moment. Medians over the rounds, per model.
 * Goal: load + validate within 4 times `JSON.parse` of the same bytes, and time linear in size.
 * Models that load with errors (or throw) are listed apart and left out of the figures: a model with
 * errors is assembled twice (see the README), so its time says nothing about the fast path.
 * The corpus is found at `<repository root>/../shared/aws-models`, or under `PCB_SHARED_DIR`;
 * without it the bench prints a SKIPPING line. `PCB_CORPUS_ROUNDS` sets the rounds (default 5).
 * Run: `pnpm --filter @pc-benefits/codegen exec tsx bench/corpus.ts`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostic } from "../src/model/diagnostic.js";
import { loadSources } from "../src/model/load.js";
import { assembleSources, type SourceText } from "../src/model/sources.js";
import { validateModel } from "../src/model/validate/index.js";

const MB = 1024 * 1024;
/** The issue's goal: load + validate at most this many times `JSON.parse` of the same bytes. */
const GOAL_RATIO = 4;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The corpus folder, or `undefined` when absent. */
export function corpusDir(): string | undefined {
  const shared = process.env.PCB_SHARED_DIR ?? join(ROOT, "..", "shared");
  const dir = join(shared, "aws-models");
  return existsSync(dir) ? dir : undefined;
}

interface CorpusModel {
  source: SourceText;
  bytes: number;
  /** Per-round milliseconds. */
  parseMs: number[];
  loadMs: number[];
  /** Why the model is left out of the figures (first error, or what it threw). */
  failure?: string;
  errors: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Loads one model, timed; records a failure instead of throwing. */
function timeLoad(model: CorpusModel): number {
  const start = performance.now();
  try {
    const result = loadSources([model.source]);
    const ms = performance.now() - start;
    if (!result.model) {
      const errors = result.diagnostics.filter((d) => d.severity === "ERROR");
      model.errors = errors.length;
      model.failure = errors[0] ? formatDiagnostic(errors[0]) : "no model";
    }
    return ms;
  } catch (e) {
    model.failure = `threw ${e instanceof Error ? e.message : String(e)}`;
    return performance.now() - start;
  }
}

function timeParse(text: string): number {
  const start = performance.now();
  JSON.parse(text);
  return performance.now() - start;
}

const rate = (bytes: number, ms: number): string => (bytes / MB / (ms / 1000)).toFixed(1);
const msPerMb = (bytes: number, ms: number): string => (ms / (bytes / MB)).toFixed(1);

/** Size buckets for the linearity table, in bytes (upper bounds). */
const BUCKETS: [string, number][] = [
  ["under 100 KB", 100 * 1024],
  ["100 KB - 500 KB", 500 * 1024],
  ["500 KB - 1 MB", MB],
  ["1 - 2 MB", 2 * MB],
  ["2 MB and more", Number.POSITIVE_INFINITY],
];

export async function run(): Promise<string> {
  const dir = corpusDir();
  if (!dir) {
    const message =
      "corpus: SKIPPING the AWS model corpus benchmark: no aws-models/ folder in ../shared (set PCB_SHARED_DIR to the folder holding it).";
    console.warn(message);
    return `${message}\n`;
  }
  const rounds = Math.max(1, Number(process.env.PCB_CORPUS_ROUNDS ?? 5));
  const models: CorpusModel[] = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const bytes = readFileSync(path);
      return {
        source: { path, text: bytes.toString("utf8") },
        bytes: bytes.length,
        parseMs: [],
        loadMs: [],
        errors: 0,
      };
    });

  // warm-up: every 8th model once (the JIT sees the loader, assembler and validators)
  for (let i = 0; i < models.length; i += 8) {
    const model = models[i] as CorpusModel;
    timeParse(model.source.text);
    timeLoad(model);
  }
  for (let round = 0; round < rounds; round++) {
    for (const model of models) {
      model.parseMs.push(timeParse(model.source.text));
      model.loadMs.push(timeLoad(model));
    }
  }

  const ok = models.filter((m) => m.failure === undefined);
  const failed = models.filter((m) => m.failure !== undefined);
  const figures = ok.map((m) => ({ m, parse: median(m.parseMs), load: median(m.loadMs) }));
  const totalBytes = sum(ok.map((m) => m.bytes));
  const parseMs = sum(figures.map((f) => f.parse));
  const loadMs = sum(figures.map((f) => f.load));
  const ratio = loadMs / parseMs;

  // One more pass over the loaded models, split into its two halves (assemble, validate).
  let assembleMs = 0;
  let validateMs = 0;
  for (const { source } of ok) {
    const start = performance.now();
    const assembled = assembleSources([source]);
    const middle = performance.now();
    validateModel(assembled.model);
    assembleMs += middle - start;
    validateMs += performance.now() - middle;
  }

  const lines: string[] = [
    `Corpus: ${models.length} AWS service models, ${(sum(models.map((m) => m.bytes)) / MB).toFixed(1)} MB; ${ok.length} load and validate without errors (${(totalBytes / MB).toFixed(1)} MB), the figures below are theirs. Medians of ${rounds} rounds per model, summed.`,
    "",
    "| | ms | MB/s |",
    "| --- | ---: | ---: |",
    `| \`JSON.parse\` (baseline, same bytes, same run) | ${parseMs.toFixed(0)} | ${rate(totalBytes, parseMs)} |`,
    `| load + validate (\`loadSources\`) | ${loadMs.toFixed(0)} | ${rate(totalBytes, loadMs)} |`,
    "",
    `Load + validate / \`JSON.parse\`: ${ratio.toFixed(2)} (goal at most ${GOAL_RATIO}): ${ratio <= GOAL_RATIO ? "met" : "NOT MET"}.`,
    `Split of load + validate (one more pass): assemble (parse JSON, prelude, assembler) ${((100 * assembleMs) / (assembleMs + validateMs)).toFixed(0)}%, validate ${((100 * validateMs) / (assembleMs + validateMs)).toFixed(0)}%.`,
    "",
    "Linearity: time per MB by model size (a linear loader keeps the ms per MB and the ratio flat across sizes).",
    "",
    "| model size | models | MB | `JSON.parse` ms per MB | load + validate ms per MB | ratio |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  let lower = 0;
  for (const [label, upper] of BUCKETS) {
    const inBucket = figures.filter((f) => f.m.bytes >= lower && f.m.bytes < upper);
    lower = upper;
    if (inBucket.length === 0) continue;
    const bytes = sum(inBucket.map((f) => f.m.bytes));
    const p = sum(inBucket.map((f) => f.parse));
    const l = sum(inBucket.map((f) => f.load));
    lines.push(
      `| ${label} | ${inBucket.length} | ${(bytes / MB).toFixed(1)} | ${msPerMb(bytes, p)} | ${msPerMb(bytes, l)} | ${(l / p).toFixed(2)} |`,
    );
  }
  lines.push(
    "",
    "The largest models:",
    "",
    "| model | MB | `JSON.parse` ms | load + validate ms | load + validate ms per MB | ratio |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const f of [...figures].sort((a, b) => b.m.bytes - a.m.bytes).slice(0, 6)) {
    lines.push(
      `| ${basename(f.m.source.path)} | ${(f.m.bytes / MB).toFixed(2)} | ${f.parse.toFixed(1)} | ${f.load.toFixed(1)} | ${msPerMb(f.m.bytes, f.load)} | ${(f.load / f.parse).toFixed(2)} |`,
    );
  }
  if (failed.length > 0) {
    const failedBytes = sum(failed.map((m) => m.bytes));
    lines.push(
      "",
      `Left out: ${failed.length} models (${(failedBytes / MB).toFixed(1)} MB) load with errors or throw; the first error of each:`,
      "",
      ...failed.map(
        (m) =>
          `- ${basename(m.source.path)} (${m.errors === 0 ? "" : `${m.errors} error${m.errors === 1 ? "" : "s"}, `}${(m.bytes / 1024).toFixed(0)} KB): ${m.failure?.replace(`${dir}/`, "")}`,
      ),
    );
  }
  lines.push(
    "",
    `Machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(2)} at the end of the run (compare the ratios, not the absolute times).`,
  );
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(await run());
}
