/**
 * `pnpm codegen diff [--base <git-ref>] [--json] [--changeset] [--check] [--service <shape-id>]`:
 * the API changes between the model at a git ref and the working tree's `model/`.
 *
 * Exit status: 1 when a breaking change is found (with `--check`: when a required changeset is
 * missing), 0 otherwise, 2 on an error (a bad ref, a model that does not load), which is printed as
 * `path:line:col: message`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDiagnostic } from "../model/diagnostic.js";
import { loadPaths, loadSources } from "../model/load.js";
import type { Model } from "../model/model.js";
import { type Change, hasBreaking } from "./change.js";
import { CHANGESET_FILE, uncoveredBumps, writeChangeset } from "./changeset.js";
import { formatJson, formatTable } from "./format.js";
import { type Base, GitError, modelChanged, NotARepositoryError, readModelAt, resolveBase } from "./git.js";
import { DiffError, diffModels } from "./model-diff.js";
import { type PackageBump, packageBumps, readWorkspace } from "./packages.js";

export interface DiffIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface DiffCliOptions {
  /** The repository whose `model/` and `.changeset/` are compared and written. */
  root: string;
  /** The repository holding the toolchain's own dependencies (`@changesets/parse`); default `root`. */
  toolRoot?: string;
}

export const DIFF_USAGE = `usage: pnpm codegen diff [--base <git-ref>] [--json] [--changeset] [--check] [--service <shape-id>]
  --base <git-ref>  compare with the model at this ref (default: the packages' last release tag,
                    else the merge base with origin/main, else HEAD)
  --json            print { "base", "changes": [{ "severity", "rule", "shapeId", "message" }] }
  --changeset       write .changeset/${CHANGESET_FILE} naming every package the change releases
  --check           exit 1 when model/ changed and no pending changeset covers the bumps it needs
  --service <id>    the service to compare when the model holds several
`;

interface DiffArgs {
  base?: string;
  json: boolean;
  changeset: boolean;
  check: boolean;
  service?: string;
}

const MODEL_DIR = "model";

function parseArgs(argv: readonly string[]): DiffArgs | string {
  const out: DiffArgs = { json: false, changeset: false, check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") out.json = true;
    else if (arg === "--changeset") out.changeset = true;
    else if (arg === "--check") out.check = true;
    else if (arg === "--base" || arg === "--service") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) return `${arg} needs a value`;
      if (arg === "--base") out.base = value;
      else out.service = value;
    } else return `unknown argument ${arg}`;
  }
  return out;
}

/** Runs `codegen diff`; returns the exit code. Never throws. */
export async function runDiff(argv: readonly string[], io: DiffIo, options: DiffCliOptions): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(DIFF_USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.stderr(`codegen diff: ${args}\n${DIFF_USAGE}`);
    return 2;
  }
  const { root } = options;
  const info = args.json ? io.stderr : io.stdout;
  try {
    const workspace = readWorkspace(root);
    const base = resolveBase(root, {
      ...(args.base !== undefined ? { explicit: args.base } : {}),
      packageNames: workspace.filter((p) => !p.private).map((p) => p.name),
      baseBranch: baseBranch(root),
    });
    if (args.check && !modelChanged(root, base.commit, MODEL_DIR)) {
      info(`${MODEL_DIR}/ is unchanged since ${describeBase(base)}: no changeset needed\n`);
      return 0;
    }

    const before = load(io, loadSources(readModelAt(root, base, MODEL_DIR)));
    const after = load(io, loadPaths([join(root, MODEL_DIR)]));
    if (!before || !after) return 2;
    const serviceOption = args.service !== undefined ? { serviceId: args.service } : {};
    const changes = diffModels(before, after, serviceOption);
    io.stdout(args.json ? formatJson(base, changes) : formatTable(base, changes));

    if (args.changeset || args.check) {
      const bumps = await packageBumps(root, before, after, changes, args.service);
      const list = bumps.map((b) => `${b.name} ${b.bump}`).join(", ");
      if (args.changeset) {
        const done = writeChangeset(root, bumps, changes, describeBase(base));
        const path = `.changeset/${CHANGESET_FILE}`;
        if (done === "written") info(`wrote ${path}: ${list}\n`);
        else if (done === "removed") info(`removed ${path}: no published package changes\n`);
        else info("no published package changes: no changeset written\n");
      }
      if (args.check) return check(io, info, options, base, bumps, changes);
    }
    return hasBreaking(changes) ? 1 : 0;
  } catch (error) {
    if (args.check && error instanceof NotARepositoryError) {
      info(`SKIPPING the model changeset check: ${error.message}\n`);
      return 0;
    }
    if (error instanceof GitError || error instanceof DiffError) {
      io.stderr(`codegen diff: ${error.message}\n`);
      return 2;
    }
    io.stderr(`codegen diff: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

function check(
  io: DiffIo,
  info: (text: string) => void,
  options: DiffCliOptions,
  base: Base,
  bumps: readonly PackageBump[],
  changes: readonly Change[],
): number {
  if (bumps.length === 0) {
    info(
      `${MODEL_DIR}/ changed since ${describeBase(base)}, but no published package's generated code did\n`,
    );
    return 0;
  }
  const missing = uncoveredBumps(options.root, options.toolRoot ?? options.root, base.commit, bumps);
  if (missing.length === 0) {
    info(
      `pending changesets cover the model change: ${bumps.map((b) => `${b.name} ${b.bump}`).join(", ")}\n`,
    );
    return 0;
  }
  const lines = missing.map(
    (m) =>
      `  ${m.name} needs a ${m.needed} bump${m.pending ? ` (pending changesets give ${m.pending})` : ""}`,
  );
  io.stderr(
    `\n${MODEL_DIR}/ changed since ${describeBase(base)}: ${changes.length} API changes (above), and no pending changeset covers them:\n${lines.join("\n")}\n` +
      `Write the changeset with \`pnpm codegen diff --changeset\`, review .changeset/${CHANGESET_FILE} and commit it.\n`,
  );
  return 1;
}

function load(io: DiffIo, result: ReturnType<typeof loadPaths>): Model | undefined {
  for (const d of result.diagnostics) if (d.severity === "ERROR") io.stderr(`${formatDiagnostic(d)}\n`);
  return result.model;
}

function describeBase(base: Base): string {
  return `${base.ref} (${base.commit.slice(0, 12)})`;
}

/** `baseBranch` of `.changeset/config.json`, else `main`. */
function baseBranch(root: string): string {
  const path = join(root, ".changeset", "config.json");
  if (!existsSync(path)) return "main";
  try {
    const config = JSON.parse(readFileSync(path, "utf8")) as { baseBranch?: unknown };
    return typeof config.baseBranch === "string" ? config.baseBranch : "main";
  } catch {
    return "main";
  }
}
