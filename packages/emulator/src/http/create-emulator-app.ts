/**
 * `createEmulatorApp`: the engine behind the Hono app of `@pc-benefits/server` (AWS JSON on `POST /`,
 * `/openapi.json`, `/docs`), plus the reviewer-control routes (off unless enabled) and a request log.
 */
import { createApp, type SigV4VerifyOptions } from "@pc-benefits/server";
import { Hono } from "hono";
import { createEmulator, type Emulator, type EmulatorOptions } from "../create-emulator.js";
import { serviceHandlers } from "../service-handlers.js";
import { wireOptions } from "../wire-settings.js";
import { mountControlRoutes } from "./control-routes.js";
import { type LogSink, requestLog } from "./request-log.js";

export const DEFAULT_CONTROL_PREFIX = "/_emulator";

export interface EmulatorAppOptions extends EmulatorOptions {
  /** An engine to serve instead of creating one from the other options. */
  emulator?: Emulator;
  /** SigV4 mode (off by default): known keys and the account each maps to; see `@pc-benefits/server`. */
  sigv4?: SigV4VerifyOptions;
  /** Reviewer-control routes: `true` mounts them at `/_emulator`, `{ prefix }` elsewhere. Default off. */
  control?: boolean | { prefix?: string };
  /** Receives one line per request (e.g. `console.log`). Default: no log. */
  log?: LogSink | false;
  /** Unexpected errors inside a handler (answered as `InternalServerException`). Default: one line to `log`. */
  onError?: (error: unknown) => void;
  /** `/openapi.json` (default on) and the `/docs` page (default on). */
  openapi?: boolean;
  docs?: false | { title?: string };
  /** CORS for browser clients on other origins. Default off. */
  cors?: boolean | string | string[];
}

export interface EmulatorApp {
  /** The Hono app; serve `app.fetch` with any adapter (the CLI uses `@hono/node-server`). */
  app: Hono;
  /** The engine behind it: reviewer API, `reset`, `close`. */
  emulator: Emulator;
}

export function createEmulatorApp(options: EmulatorAppOptions = {}): EmulatorApp {
  const { emulator: given, sigv4, control, log, onError, openapi, docs, cors, ...engineOptions } = options;
  const sink: LogSink | undefined = log === false ? undefined : log;
  const report =
    onError ??
    ((error: unknown) =>
      sink?.(
        `internal error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      ));
  const emulator =
    given ??
    createEmulator({
      ...engineOptions,
      onInternalError: engineOptions.onInternalError ?? ((error) => report(error)),
    });

  const service = createApp({
    handlers: serviceHandlers(emulator),
    ...wireOptions(emulator.settings),
    onError: (error) => report(error),
    ...(sigv4 ? { sigv4 } : {}),
    ...(openapi !== undefined ? { openapi } : {}),
    ...(docs !== undefined ? { docs } : {}),
    ...(cors !== undefined ? { cors } : {}),
  });

  // Without a log or control routes the service app is the whole app (one routing step less per request).
  if (!sink && !control) return { app: service, emulator };
  const app = new Hono();
  if (sink) app.use("*", requestLog(sink));
  if (control) {
    const prefix = (control === true ? undefined : control.prefix) ?? DEFAULT_CONTROL_PREFIX;
    mountControlRoutes(app, emulator, prefix.replace(/\/+$/, ""));
  }
  app.all("*", (c) => service.fetch(c.req.raw, c.env));
  return { app, emulator };
}
