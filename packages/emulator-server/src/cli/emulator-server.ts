/** Serving the emulator app on Node with `@hono/node-server`, and stopping it gracefully. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createEmulator, type Emulator, type EmulatorStore } from "@pc-benefits/emulator";
import { createEmulatorApp } from "../http/create-emulator-app.js";
import type { CliConfig } from "./cli-options.js";
import { openSqliteStore } from "./sqlite-driver.js";

export interface RunningServer {
  url: string;
  /** The catalog seed in force: a data directory keeps the one it was created with, whatever `--seed` says. */
  seed: string;
  /** Stops accepting, lets in-flight requests finish (at most `graceMs`), then closes the store. */
  close(graceMs?: number): Promise<void>;
}

export interface ServerOutput {
  /** Request log lines and notices. */
  log: (line: string) => void;
  /** Problems (one line each, no stack traces). */
  error: (line: string) => void;
}

const oneLine = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export async function startEmulatorServer(config: CliConfig, out: ServerOutput): Promise<RunningServer> {
  let store: EmulatorStore | undefined;
  if (config.dataDir !== undefined) {
    store = await openSqliteStore(config.dataDir);
  }
  let emulator: Emulator;
  try {
    emulator = createEmulator({
      seed: config.seed,
      ...(store ? { store } : {}),
      ...(config.faults ? { faults: config.faults } : {}),
      ...(config.autoReviewMs !== undefined ? { autoReview: { afterMs: config.autoReviewMs } } : {}),
      ...(config.fixtures ? { fixtures: config.fixtures.value } : {}),
      onInternalError: (error, operation) => out.error(`internal error in ${operation}: ${oneLine(error)}`),
    });
  } catch (error) {
    // Bad fixtures (or IDs already in the data directory) leave the store as it was.
    store?.close();
    throw error;
  }
  const { app } = createEmulatorApp({
    emulator,
    control: config.control,
    log: config.quiet ? false : out.log,
    onError: (error) => out.error(`internal error: ${oneLine(error)}`),
    ...(config.sigv4 ? { sigv4: { credentials: config.sigv4.keys } } : {}),
    ...(config.staticDir !== undefined ? { static: { root: config.staticDir } } : {}),
  });

  let server: Server | undefined;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => resolve(info));
    server = s as Server;
    server.once("error", reject);
  }).catch((error: unknown) => {
    emulator.close();
    throw error;
  });
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  let closing: Promise<void> | undefined;
  const close = (graceMs = 10_000): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      const s = server;
      if (!s) return resolve();
      // Idle keep-alive sockets are dropped as they become idle; busy ones finish their request first.
      const sweep = setInterval(() => s.closeIdleConnections(), 25);
      const force = setTimeout(() => s.closeAllConnections(), graceMs);
      s.close(() => {
        clearInterval(sweep);
        clearTimeout(force);
        emulator.close();
        resolve();
      });
      s.closeIdleConnections();
    });
    return closing;
  };
  return { url, seed: emulator.seed, close };
}
