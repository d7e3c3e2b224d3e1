/** `pcb-emulator`: parse arguments, start the server, print how to reach it, stop on SIGINT/SIGTERM. */
import { FixturesError } from "@pc-benefits/emulator";
import { type CliConfig, HELP, parseCliArgs } from "./cli-options.js";
import { type RunningServer, startEmulatorServer } from "./emulator-server.js";
import { describeFixtureIssues } from "./fixtures-file.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

/** Runs the CLI; resolves with the exit code once the server has stopped (or could not start). */
export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
  io: CliIo = nodeIo,
): Promise<number> {
  const command = parseCliArgs(argv, env);
  if (command.kind === "help") {
    io.stdout(HELP);
    return 0;
  }
  if (command.kind === "error") {
    io.stderr(`pcb-emulator: ${command.message}\nRun pcb-emulator --help for the options.`);
    return 2;
  }
  const { config } = command;
  let server: RunningServer;
  try {
    server = await startEmulatorServer(config, { log: io.stdout, error: io.stderr });
  } catch (error) {
    if (error instanceof FixturesError && config.fixtures) {
      io.stderr(`pcb-emulator: ${describeFixtureIssues(config.fixtures.source, error.issues)}`);
      return 2;
    }
    io.stderr(`pcb-emulator: cannot start: ${describeStartError(error, config)}`);
    return 1;
  }
  io.stdout(banner(server.url, config, server.seed));

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        io.stderr(`${signal} again: exiting now`);
        resolve(130);
        return;
      }
      stopping = true;
      io.stdout(`${signal} received: finishing in-flight requests and closing the store`);
      server.close().then(
        () => {
          io.stdout("pcb-emulator stopped");
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve(0);
        },
        (error: unknown) => {
          io.stderr(
            `pcb-emulator: error while stopping: ${error instanceof Error ? error.message : String(error)}`,
          );
          resolve(1);
        },
      );
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

function describeStartError(error: unknown, config: CliConfig): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "EADDRINUSE") return `${config.host}:${config.port} is already in use (try --port)`;
  if (code === "EACCES") return `no permission to listen on ${config.host}:${config.port}`;
  if (code === "EADDRNOTAVAIL") return `${config.host} is not an address of this machine`;
  return error instanceof Error ? error.message : String(error);
}

/** The start-up text; `seed` is the one in force (a data directory keeps its own), which `--seed` may not be. */
export function banner(url: string, config: CliConfig, seed: string = config.seed): string {
  const lines = [`pcb-emulator listening on ${url}`];
  const kept = seed !== config.seed ? ` (kept by the data directory; --seed ${config.seed} not applied)` : "";
  lines.push(
    `  catalogs AWS and Sandbox, seed ${seed}${kept}, ${config.dataDir ? `data in ${config.dataDir}` : "in memory"}`,
  );
  if (config.staticDir !== undefined) lines.push(`  web app: ${url}/ (from ${config.staticDir})`);
  lines.push(`  API reference: ${url}/docs   OpenAPI: ${url}/openapi.json`);
  if (config.control) lines.push(`  reviewer control: ${url}/_emulator/…`);
  if (config.fixtures) lines.push(`  fixtures: ${config.fixtures.source}`);
  if (config.faults) lines.push("  faults injected: yes");
  if (config.autoReviewMs !== undefined)
    lines.push(`  auto-review: approve ${config.autoReviewMs} ms after submit`);
  let credentials = "AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret";
  if (config.sigv4) {
    lines.push(`  SigV4 verification: on (${Object.keys(config.sigv4.keys).length} keys)`);
    if (config.sigv4.demo) {
      for (const [id, key] of Object.entries(config.sigv4.keys)) {
        lines.push(`    demo key ${id} / ${key.secretAccessKey} -> account ${key.accountId}`);
      }
      const [id, key] = Object.entries(config.sigv4.keys)[0] ?? [];
      if (id && key) credentials = `AWS_ACCESS_KEY_ID=${id} AWS_SECRET_ACCESS_KEY=${key.secretAccessKey}`;
    } else {
      credentials = "AWS_ACCESS_KEY_ID=<key from your keys file> AWS_SECRET_ACCESS_KEY=<its secret>";
    }
  }
  lines.push("Try:");
  lines.push(
    `  ${credentials} aws partnercentral-benefits list-benefits --catalog Sandbox --region us-east-1 --endpoint-url ${url}`,
  );
  return lines.join("\n");
}
