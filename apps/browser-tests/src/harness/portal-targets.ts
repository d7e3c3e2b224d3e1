/**
 * The two ways the Benefits portal (apps/demo) runs, started for the browser suite from its build:
 * the `pcb-emulator` CLI serving dist/portal with its control routes (what `pnpm start` runs), and
 * dist/playground on a plain static server (what any static host does).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type StaticFile, serveStatic } from "./static-server.js";

export type PortalMode = "emulator" | "playground";

const DEMO_DIST = fileURLToPath(new URL("../../../demo/dist/", import.meta.url));
export const PORTAL_DIR = join(DEMO_DIST, "portal");
export const PLAYGROUND_DIR = join(DEMO_DIST, "playground");
export const EMULATOR_CLI = fileURLToPath(
  new URL("../../../../packages/emulator-server/dist/cli/main.js", import.meta.url),
);

export interface PortalTarget {
  mode: PortalMode;
  origin: string;
  /** Where the portal's index page is. */
  home: string;
  /** Stops the server (the emulator: SIGTERM, as Ctrl-C would). */
  stop(): Promise<void>;
}

export interface EmulatorTarget extends PortalTarget {
  mode: "emulator";
  /** Everything the emulator printed. */
  output(): string;
}

function requireBuilt(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`pnpm build\` first`);
}

/**
 * Runs what `pnpm start` runs, on a free port: `pcb-emulator --static <portal> --control --fixtures demo`,
 * and waits for its banner.
 */
export async function startEmulatorPortal(extraArgs: readonly string[] = []): Promise<EmulatorTarget> {
  requireBuilt(join(PORTAL_DIR, "index.html"));
  requireBuilt(EMULATOR_CLI);
  const child: ChildProcess = spawn(
    process.execPath,
    [
      EMULATOR_CLI,
      "--port",
      "0",
      "--static",
      PORTAL_DIR,
      "--control",
      "--fixtures",
      "demo",
      "--quiet",
      ...extraArgs,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const origin = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`pcb-emulator exited with ${code} before listening:\n${output}`)),
    );
    child.once("error", reject);
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  return {
    mode: "emulator",
    origin,
    home: `${origin}/`,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** The folder the playground is served from: a subfolder, as on a static host's project page. */
export const PLAYGROUND_PATH = "/benefits-playground/";

function filesUnder(dir: string, prefix: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const url = `${prefix}${relative(dir, path).split(sep).join("/")}`;
        const file = {
          contentType: CONTENT_TYPES[extname(name)] ?? "application/octet-stream",
          body: readFileSync(path),
        };
        files.set(url, file);
        if (url === `${prefix}index.html`) files.set(prefix, file);
      }
    }
  };
  walk(dir);
  return files;
}

/** Serves dist/playground from a subfolder as a static host would (no fallback, no server logic). */
export async function servePlayground(): Promise<PortalTarget & { served: string[] }> {
  requireBuilt(join(PLAYGROUND_DIR, "index.html"));
  const server = await serveStatic(filesUnder(PLAYGROUND_DIR, PLAYGROUND_PATH));
  return {
    mode: "playground",
    origin: server.origin,
    home: `${server.origin}${PLAYGROUND_PATH}`,
    served: server.requests,
    stop: () => server.close(),
  };
}
