/**
 * Serving a built single-page app beside the API (Node only: files are read with `@hono/node-server`'s
 * `serveStatic`). `GET`/`HEAD` of a path the emulator does not own answers the file under `root`, and a
 * path without a file extension (a client-side route) answers `root/index.html`. Paths that climb out of
 * `root` (`..` segments, encoded separators) are never served; a missing file answers a plain 404.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, MiddlewareHandler, Next } from "hono";

export interface StaticSiteOptions {
  /** Folder of the built app (relative paths resolve against the working directory); must hold `index.html`. */
  root: string;
  /** Serve `index.html` for paths without a file extension (client-side routes). Default `true`. */
  fallback?: boolean;
}

/** Why `root` cannot be served, or undefined when it can (a folder holding `index.html`). */
export function staticRootProblem(root: string): string | undefined {
  const folder = resolve(root);
  const stats = statOf(folder);
  if (!stats) return `static folder ${folder} does not exist`;
  if (!stats.isDirectory()) return `static folder ${folder} is not a folder`;
  if (!statOf(resolve(folder, "index.html"))?.isFile()) return `static folder ${folder} has no index.html`;
  return undefined;
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A `..` or `.` segment, a backslash or a NUL byte in the decoded path: never a file of the site. */
function unsafe(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  return /(?:^|[/\\])\.{1,2}(?:$|[/\\])|\\|\0/.test(decoded);
}

/** The last path segment has a dot (`/assets/app.js`, `/favicon.ico`): a file, never a client route. */
function hasExtension(path: string): boolean {
  const last = path.slice(path.lastIndexOf("/") + 1);
  return last.includes(".");
}

/**
 * Middleware answering `GET`/`HEAD` from `options.root`; `owned(path)` names the paths it must leave to
 * the next handler (the API reference, the OpenAPI document, the control routes).
 */
export function staticSite(options: StaticSiteOptions, owned: (path: string) => boolean): MiddlewareHandler {
  const root = resolve(options.root);
  const problem = staticRootProblem(root);
  if (problem) throw new Error(problem);
  const fallback = options.fallback ?? true;
  const files = serveStatic({ root });
  const index = serveStatic({ root, path: "index.html" });

  const tryServe = async (handler: MiddlewareHandler, c: Context): Promise<Response | undefined> => {
    let missed = false;
    const response = await handler(c, async () => {
      missed = true;
    });
    return missed ? undefined : (response ?? undefined);
  };

  return async (c: Context, next: Next) => {
    const method = c.req.method;
    if (method !== "GET" && method !== "HEAD") return next();
    const path = c.req.path;
    if (owned(path)) return next();
    if (unsafe(path)) return c.text("Not found", 404);
    const file = await tryServe(files, c);
    if (file) return file;
    const page = fallback && !hasExtension(path) ? await tryServe(index, c) : undefined;
    if (!page) return c.text("Not found", 404);
    // The shell of a client-side route changes with every build: never cache it.
    page.headers.set("cache-control", "no-cache");
    return page;
  };
}
