import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.js";
import { formatDiagnostic } from "./model/diagnostic.js";
import { loadPaths } from "./model/load.js";
import { printJsonAst, toJsonAst } from "./model/serialize.js";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory that relative paths on the command line are resolved against. */
  cwd: string;
}

const USAGE = `usage:
  pnpm codegen [--check]                   regenerate all generated code from model/ (--check: only report stale files)
         [--model <path>...]               generate from these .smithy/.json files or directories instead of model/
         [--service <shape-id>]            the service to generate (required when the model holds several)
         [--out <dir>]                     write under <dir>/packages/*/src/generated/ instead of the repository
  pnpm --silent codegen ast <path>...      print the assembled Smithy JSON AST of .smithy/.json files or directories
  pnpm --silent codegen validate <path>... validate a model and print its diagnostics
`;

/** The repository root: the nearest folder above this file holding pnpm-workspace.yaml. */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(resolve(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the repository root (pnpm-workspace.yaml)");
    dir = parent;
  }
  return dir;
}

/** The generate command's flags. */
export interface GenerateArgs {
  check: boolean;
  /** `--model <path>...`: every argument up to the next flag. */
  models: string[];
  /** `--service <shape-id>`. */
  service?: string;
  /** `--out <dir>`. */
  out?: string;
}

/** Parses the generate command's flags; a string is the usage error. */
export function parseGenerateArgs(argv: readonly string[]): GenerateArgs | string {
  const out: GenerateArgs = { check: false, models: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string | undefined => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) return undefined;
      i++;
      return next;
    };
    switch (arg) {
      case "--check":
        out.check = true;
        break;
      case "--model": {
        const first = value();
        if (first === undefined) return "--model needs at least one .smithy/.json file or directory";
        out.models.push(first);
        for (let next = value(); next !== undefined; next = value()) out.models.push(next);
        break;
      }
      case "--service":
      case "--out": {
        const v = value();
        if (v === undefined) return `${arg} needs a value`;
        const key = arg === "--service" ? "service" : "out";
        if (out[key] !== undefined) return `${arg} given twice`;
        out[key] = v;
        break;
      }
      default:
        return `unknown argument ${arg}`;
    }
  }
  return out;
}

/** Runs the CLI; returns the exit code. Never throws and never prints a stack trace. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE);
      return 0;
    }
    if (command === "diff") {
      const { runDiff } = await import("./diff/cli.js");
      return await runDiff(rest, io, { root: findRepoRoot() });
    }
    if (command === "ast" || command === "validate") {
      if (rest.length === 0) {
        io.stderr(`codegen ${command}: give at least one .smithy/.json file or directory\n${USAGE}`);
        return 2;
      }
      const base = process.env.INIT_CWD ?? io.cwd;
      const result = loadPaths(rest.map((p) => resolve(base, p)));
      for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      if (!result.model) return 1;
      if (command === "ast") io.stdout(printJsonAst(toJsonAst(result.model)));
      return 0;
    }
    const parsed = parseGenerateArgs(argv);
    if (typeof parsed === "string") {
      io.stderr(`codegen: ${parsed}\n${USAGE}`);
      return 2;
    }
    const base = process.env.INIT_CWD ?? io.cwd;
    const { check } = parsed;
    const result = await generate({
      root: findRepoRoot(),
      check,
      ...(parsed.models.length > 0 ? { modelPaths: parsed.models.map((p) => resolve(base, p)) } : {}),
      ...(parsed.service !== undefined ? { serviceId: parsed.service } : {}),
      ...(parsed.out !== undefined ? { outRoot: resolve(base, parsed.out) } : {}),
    });
    for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    if (result.failed) return 1;
    if (check) {
      if (result.stale.length > 0) {
        io.stderr(
          `generated code is stale; run \`pnpm codegen\`:\n${result.stale.map((f) => `  ${f}\n`).join("")}`,
        );
        return 1;
      }
      io.stdout(`generated code is up to date (${result.files} files)\n`);
      return 0;
    }
    io.stdout(`generated ${result.files} files (${result.stale.length} changed)\n`);
    return 0;
  } catch (error) {
    io.stderr(`codegen: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
