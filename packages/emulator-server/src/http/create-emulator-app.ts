/**
 * `createEmulatorApp`: the engine behind the Hono app of `@pc-benefits/server` (AWS JSON on `POST /`,
 * `/openapi.json`, `/docs` with its script served from the installed package), plus the reviewer-control
 * routes (off unless enabled), a request log, and either a built single-page app or a landing page on
 * `GET /`. Node only (files are read from disk).
 */

import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
  serviceHandlers,
  wireOptions,
} from "@pc-benefits/emulator";
import { createApp, type DocsOptions, type SigV4VerifyOptions } from "@pc-benefits/server";
import { Hono } from "hono";
import {
  API_REFERENCE_SCRIPT_PATH,
  apiReferenceScript,
  apiReferenceScriptFile,
} from "./api-reference-script.js";
import { mountControlRoutes } from "./control-routes.js";
import { landingPage } from "./landing-page.js";
import { type LogSink, requestLog } from "./request-log.js";
import { type StaticSiteOptions, staticSite } from "./static-site.js";

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
  /** `/openapi.json` (default on). */
  openapi?: boolean;
  /**
   * The `/docs` page (default on). Its script is the installed `@scalar/api-reference` bundle, served at
   * `/docs/api-reference.js` (works offline), unless `scriptUrl` names another copy.
   */
  docs?: false | DocsOptions;
  /** CORS for browser clients on other origins. Default off. */
  cors?: boolean | string | string[];
  /**
   * A built single-page app to serve on `GET`/`HEAD` of every path the emulator does not own (`/docs*`,
   * `/openapi.json`, the control prefix): files from `root`, `root/index.html` for paths without an
   * extension. Without it, `GET /` answers a small HTML page linking to `/docs`.
   */
  static?: StaticSiteOptions;
}

export interface EmulatorApp {
  /** The Hono app; serve `app.fetch` with any adapter (the CLI uses `@hono/node-server`). */
  app: Hono;
  /** The engine behind it: reviewer API, `reset`, `close`. */
  emulator: Emulator;
}

export function createEmulatorApp(options: EmulatorAppOptions = {}): EmulatorApp {
  const {
    emulator: given,
    sigv4,
    control,
    log,
    onError,
    openapi,
    docs,
    cors,
    static: site,
    ...engineOptions
  } = options;
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

  const docsOn = openapi !== false && docs !== false;
  const scriptFile = docsOn && docs?.scriptUrl === undefined ? apiReferenceScriptFile() : undefined;
  const docsOptions: false | DocsOptions | undefined = !docsOn
    ? docs
    : { ...docs, ...(scriptFile ? { scriptUrl: API_REFERENCE_SCRIPT_PATH } : {}) };

  const service = createApp({
    handlers: serviceHandlers(emulator),
    ...wireOptions(emulator.settings),
    onError: (error) => report(error),
    ...(sigv4 ? { sigv4 } : {}),
    ...(openapi !== undefined ? { openapi } : {}),
    ...(docsOptions !== undefined ? { docs: docsOptions } : {}),
    ...(cors !== undefined ? { cors } : {}),
  });

  const controlPrefix = (
    (control && control !== true ? control.prefix : undefined) ?? DEFAULT_CONTROL_PREFIX
  ).replace(/\/+$/, "");
  const app = new Hono();
  if (sink) app.use("*", requestLog(sink));
  if (control) mountControlRoutes(app, emulator, controlPrefix);
  if (scriptFile) app.get(API_REFERENCE_SCRIPT_PATH, apiReferenceScript(scriptFile));
  if (site) {
    const owned = (path: string) =>
      path === controlPrefix ||
      path.startsWith(`${controlPrefix}/`) ||
      (openapi !== false && path === "/openapi.json") ||
      (docsOn && (path === "/docs" || path.startsWith("/docs/")));
    app.use("*", staticSite(site, owned));
  } else {
    const page = landingPage({
      ...(docsOn ? { docs: "/docs" } : {}),
      ...(openapi !== false ? { openapi: "/openapi.json" } : {}),
      ...(control ? { control: controlPrefix } : {}),
    });
    app.get("/", (c) => c.html(page));
  }
  app.all("*", (c) => service.fetch(c.req.raw, c.env));
  return { app, emulator };
}
