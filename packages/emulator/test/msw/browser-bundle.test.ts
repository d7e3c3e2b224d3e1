/**
 * `@pc-benefits/emulator/msw` bundles for browsers (as `setupWorker` users would): no Node built-ins,
 * no Hono, no `msw/node`, no SQLite driver. Bundles the sources, so it cannot pass against a stale build.
 */
import { build } from "esbuild";
import { expect, it } from "vitest";

it("the msw subpath has no Node-only imports", async () => {
  const result = await build({
    entryPoints: [new URL("../../src/transports/msw/index.ts", import.meta.url).pathname],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(
    inputs.filter((path) => /(^|\/)node:|\/hono\/|\/msw\/lib\/node\/|better-sqlite3|\/sqlite\//.test(path)),
  ).toEqual([]);
  // It does carry the engine, the routing of @pc-benefits/msw and the shared dispatcher.
  expect(inputs.some((path) => path.endsWith("src/engine/create-emulator.ts"))).toBe(true);
  expect(inputs.some((path) => path.includes("msw/dist/runtime/service-router.js"))).toBe(true);
  expect(inputs.some((path) => path.includes("protocol/dist/runtime/dispatcher.js"))).toBe(true);
  expect(result.outputFiles[0]?.text).not.toMatch(/from\s*["']node:/);
}, 30_000);
