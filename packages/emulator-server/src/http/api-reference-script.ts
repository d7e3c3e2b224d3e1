/**
 * The API reference's browser bundle served from the installed `@scalar/api-reference` package (Node
 * only), so `/docs` works without internet: the page's `<script>` points here instead of a CDN.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Handler } from "hono";

/** Where the emulator serves the bundle. */
export const API_REFERENCE_SCRIPT_PATH = "/docs/api-reference.js";

/** The installed standalone bundle (`dist/browser/standalone.js`), or undefined when the package is absent. */
export function apiReferenceScriptFile(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve("@scalar/api-reference");
    return join(dirname(entry), "browser", "standalone.js");
  } catch {
    return undefined;
  }
}

/** Answers the bundle at `file` (read once, on the first request) as JavaScript. */
export function apiReferenceScript(file: string): Handler {
  let body: Uint8Array | undefined;
  return (c) => {
    body ??= new Uint8Array(readFileSync(file));
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=3600",
    });
  };
}
