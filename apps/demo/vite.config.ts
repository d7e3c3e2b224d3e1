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

/**
 * `mockServiceWorker.js` from the installed msw, so it always matches the library's version: emitted
 * beside index.html by the build, served at the same path by the dev server.
 */
function mswWorkerScript(): Plugin {
  const source = () => readFileSync(require.resolve("msw/mockServiceWorker.js"), "utf8");
  return {
    name: "msw-worker-script",
    configureServer(server) {
      server.middlewares.use("/mockServiceWorker.js", (_request, response) => {
        response.setHeader("Content-Type", "text/javascript; charset=utf-8");
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "mockServiceWorker.js", source: source() });
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
      // The budget is on gzip size, checked by `pnpm --filter demo bench` (bench/bundle-size.ts); Vite's
      // per-chunk warning is set above the largest chunk (the playground's mock, about 1 MB minified).
      reportCompressedSize: true,
      chunkSizeWarningLimit: 1100,
      rolldownOptions: {
        // An import the build cannot resolve (e.g. a workspace package whose dist/ is missing) would be
        // left as a bare specifier the browser cannot load: fail the build instead.
        onwarn(warning, warn) {
          if (warning.code === "UNRESOLVED_IMPORT") throw new Error(`unresolved import: ${warning.message}`);
          warn(warning);
        },
      },
    },
    server: { port: 5173, strictPort: false },
  };
});
