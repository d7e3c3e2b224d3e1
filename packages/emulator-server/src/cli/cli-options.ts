/** `pcb-emulator` arguments and environment (`PORT`, `HOST`) to a server configuration. */
import { parseArgs } from "node:util";
import type { EmulatorFixtures, FaultOptions } from "@pc-benefits/emulator";
import type { SigV4Credential } from "@pc-benefits/server";
import { staticRootProblem } from "../http/static-site.js";
import { parseFaultSpec } from "./fault-spec.js";
import { readFixtures } from "./fixtures-file.js";
import { DEMO_KEYS, readKeysFile } from "./sigv4-keys.js";

export interface CliConfig {
  host: string;
  port: number;
  seed: string;
  dataDir: string | undefined;
  /** SigV4 mode: the known keys, and whether they are the demo keys. */
  sigv4: { keys: Record<string, SigV4Credential>; demo: boolean } | undefined;
  faults: FaultOptions | undefined;
  autoReviewMs: number | undefined;
  control: boolean;
  quiet: boolean;
  /** Folder of a built single-page app served on every other GET (`--static`). */
  staticDir: string | undefined;
  /** `--fixtures`: where they came from (`demo` or a file) and the checked fixtures. */
  fixtures: { source: string; value: EmulatorFixtures } | undefined;
}

export type CliCommand =
  | { kind: "run"; config: CliConfig }
  | { kind: "help" }
  | { kind: "error"; message: string };

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 4010;

export const HELP = `pcb-emulator: the AWS Partner Central Benefits API emulator (AWS JSON 1.0 over HTTP)

Usage: pcb-emulator [options]

Options:
  --port <n>            port to listen on (env PORT, default ${DEFAULT_PORT}; 0 picks a free port)
  --host <addr>         address to bind (env HOST, default ${DEFAULT_HOST})
  --seed <seed>         seed of the benefits catalogs (default 1; a data dir keeps its own)
  --data-dir <dir>      persist state in SQLite under <dir> (default: in memory)
  --sigv4               verify SigV4 signatures; without --keys, demo keys are printed at start
  --keys <file>         JSON keys file { "<accessKeyId>": { "secretAccessKey", "accountId" } } (implies --sigv4)
  --faults <spec>       inject faults, e.g. ThrottlingException=0.1,latency=50 or GetBenefit:InternalServerException=0.5
  --auto-review <ms>    approve submitted applications after <ms> milliseconds
  --control             enable the reviewer-control routes under /_emulator
  --static <dir>        serve the built web app in <dir> (index.html for client-side routes) beside the API
  --fixtures <file>     start with the applications and allocations of a fixtures JSON file; "demo" loads
                        the built-in demo set (every status, every fulfillment type); reset reloads them
  --quiet               no per-request log lines
  -h, --help            show this help
`;

export function parseCliArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        seed: { type: "string" },
        "data-dir": { type: "string" },
        sigv4: { type: "boolean" },
        keys: { type: "string" },
        faults: { type: "string" },
        "auto-review": { type: "string" },
        control: { type: "boolean" },
        static: { type: "string" },
        fixtures: { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: "help" };
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);

  const portText = text("port") ?? env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    return { kind: "error", message: `invalid port "${portText}"` };
  const host = text("host") ?? env.HOST ?? DEFAULT_HOST;
  if (host.trim() === "") return { kind: "error", message: 'invalid host ""' };
  const seed = text("seed") ?? "1";

  let faults: FaultOptions | undefined;
  const faultText = text("faults");
  if (faultText !== undefined) {
    const parsed = parseFaultSpec(faultText, seed);
    if (typeof parsed === "string") return { kind: "error", message: parsed };
    faults = parsed;
  }

  let autoReviewMs: number | undefined;
  const autoText = text("auto-review");
  if (autoText !== undefined) {
    if (!/^\d+$/.test(autoText))
      return { kind: "error", message: `--auto-review needs milliseconds, got "${autoText}"` };
    autoReviewMs = Number(autoText);
  }

  let sigv4: CliConfig["sigv4"];
  const keysFile = text("keys");
  if (keysFile !== undefined) {
    const keys = readKeysFile(keysFile);
    if (typeof keys === "string") return { kind: "error", message: keys };
    sigv4 = { keys, demo: false };
  } else if (values.sigv4) {
    sigv4 = { keys: { ...DEMO_KEYS }, demo: true };
  }

  const dataDir = text("data-dir");
  if (dataDir !== undefined && dataDir.trim() === "")
    return { kind: "error", message: "--data-dir needs a folder" };

  const staticDir = text("static");
  if (staticDir !== undefined) {
    const problem = staticDir.trim() === "" ? "needs a folder" : staticRootProblem(staticDir);
    if (problem) return { kind: "error", message: `--static: ${problem}` };
  }

  let fixtures: CliConfig["fixtures"];
  const fixturesSource = text("fixtures");
  if (fixturesSource !== undefined) {
    if (fixturesSource.trim() === "") return { kind: "error", message: '--fixtures needs a file or "demo"' };
    const value = readFixtures(fixturesSource, seed);
    if (typeof value === "string") return { kind: "error", message: value };
    fixtures = { source: fixturesSource, value };
  }

  return {
    kind: "run",
    config: {
      host,
      port,
      seed,
      dataDir,
      sigv4,
      faults,
      autoReviewMs,
      control: values.control === true,
      quiet: values.quiet === true,
      staticDir,
      fixtures,
    },
  };
}
