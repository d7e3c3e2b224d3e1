/**
 * A server process for `bench/server.ts`: `emulator` (the emulator app as the CLI serves it with --quiet),
 * `emulator-uncached` (the same with a memory store that hands out copies of its records, so no list
 * page is ever served from the shared-output cache), `emulator-sqlite <dir>` (the SQLite store, as
 * `--data-dir` serves it), or
 * `bare <bodies.json>` (a Hono route answering each X-Amz-Target with a fixed body read at start, with
 * the same content type). Prints `port=<n>` once listening; answers any IPC message with its
 * `process.cpuUsage()` (so the bench can charge each case the CPU time the server spent); exits on SIGTERM.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createEmulator } from "@pc-benefits/emulator";
import { createSqliteStore } from "@pc-benefits/emulator/sqlite";
import { Hono } from "hono";
import { CopyingMemoryStore } from "../../emulator/bench/copying-memory-store.js";
import { createEmulatorApp } from "../src/http/create-emulator-app.js";

const [mode, file] = process.argv.slice(2);
let fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
if (mode === "bare") {
  const bodies = new Map(
    Object.entries(JSON.parse(readFileSync(file ?? "", "utf8")) as Record<string, string>),
  );
  const app = new Hono();
  app.post("/", (c) =>
    c.body(bodies.get(c.req.header("x-amz-target") ?? "") ?? "{}", 200, {
      "content-type": "application/x-amz-json-1.0",
    }),
  );
  fetch = app.fetch;
} else if (mode === "emulator-uncached") {
  const emulator = createEmulator({ seed: "bench", store: new CopyingMemoryStore() });
  fetch = createEmulatorApp({ emulator }).app.fetch;
} else if (mode === "emulator-sqlite") {
  const emulator = createEmulator({ seed: "bench", store: createSqliteStore({ dataDir: file ?? "" }) });
  fetch = createEmulatorApp({ emulator }).app.fetch;
} else {
  fetch = createEmulatorApp({ seed: "bench" }).app.fetch;
}
const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
  process.stdout.write(`port=${info.port}\n`);
});
process.on("message", () => process.send?.(process.cpuUsage()));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
