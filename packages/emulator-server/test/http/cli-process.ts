/** Spawns the `pcb-emulator` CLI (from source, through tsx) on a free port and waits until it listens. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));

export interface CliProcess {
  url: string;
  child: ChildProcess;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
  /** Sends `signal` and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

export async function startCli(
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<CliProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, "--port", "0", ...args], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, ...env, NODE_NO_WARNINGS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown"));
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearInterval(timer);
        resolve(m[1]);
      }
    }, 20);
    exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`pcb-emulator exited (${code}) before listening:\n${out}\n${err}`));
    });
  });
  return {
    url,
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    stop: (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs the CLI to completion (for --help and argument errors). */
export function runCli(
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
      cwd: PACKAGE_DIR,
      env: { ...process.env, NODE_NO_WARNINGS: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

export const JSON10 = "application/x-amz-json-1.0";

/** One raw AWS JSON call. */
export async function awsJson(
  url: string,
  operation: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; requestId: string | null }> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": JSON10,
      "x-amz-target": `PartnerCentralBenefitsService.${operation}`,
      ...headers,
    },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>),
    requestId: response.headers.get("x-amzn-RequestId"),
  };
}
