/**
 * The test page as static files: `index.html`, `walk.js` (src/page/main.ts bundled by esbuild for the
 * browser platform, from the packages' published entry points) and MSW's own `mockServiceWorker.js`
 * (read from the installed `msw`, so its integrity checksum always matches the library).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { StaticFile } from "./static-server.js";

export interface PageFiles {
  files: Map<string, StaticFile>;
  /** The source files esbuild put in the bundle, relative to this app. */
  inputs: string[];
}

const JS = "text/javascript; charset=utf-8";

export async function bundlePage(): Promise<PageFiles> {
  const pageDir = new URL("../page/", import.meta.url);
  const result = await build({
    entryPoints: [fileURLToPath(new URL("main.ts", pageDir))],
    absWorkingDir: fileURLToPath(new URL("../../", import.meta.url)),
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const bundle = result.outputFiles[0];
  if (!bundle) throw new Error("esbuild produced no output for src/page/main.ts");
  const workerScript = createRequire(import.meta.url).resolve("msw/mockServiceWorker.js");
  const files = new Map<string, StaticFile>([
    ["/", { contentType: "text/html; charset=utf-8", body: await readFile(new URL("index.html", pageDir)) }],
    ["/walk.js", { contentType: JS, body: bundle.contents }],
    ["/mockServiceWorker.js", { contentType: JS, body: await readFile(workerScript) }],
  ]);
  return { files, inputs: Object.keys(result.metafile.inputs) };
}
