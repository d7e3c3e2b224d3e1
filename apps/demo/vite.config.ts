/**
 * Two builds of one app. `vite build` makes the portal (dist/portal) that `pnpm start` serves from the
 * emulator, talking to it on the same origin. `vite build --mode playground` makes the server-free
 * playground (dist/playground): relative asset URLs and hash routes so any static host can serve it from
 * any folder, and MSW's worker script copied from the installed msw package beside index.html.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const require = createRequire(import.meta.url);

/** Emits `mockServiceWorker.js` from the installed msw, so it always matches the library's version. */
function mswWorkerScript(): Plugin {
  return {
    name: "msw-worker-script",
    apply: "build",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: "mockServiceWorker.js",
        source: readFileSync(require.resolve("msw/mockServiceWorker.js"), "utf8"),
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const playground = mode === "playground";
  return {
    base: playground ? "./" : "/",
    plugins: [react(), ...(playground ? [mswWorkerScript()] : [])],
    build: {
      outDir: playground ? "dist/playground" : "dist/portal",
      emptyOutDir: true,
      // The bench reports gzip sizes itself (bench/bundle-size.mjs); Vite's own report is enough here.
      reportCompressedSize: true,
      chunkSizeWarningLimit: 600,
    },
    server: { port: 5173, strictPort: false },
  };
});
