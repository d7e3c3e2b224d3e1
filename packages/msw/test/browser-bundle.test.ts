/**
 * The package entry bundles for browsers (as `setupWorker` users would): no Node built-ins, no Hono,
 * nothing of the Node-only `msw/node` entry. Runs against the build (`dist/`).
 */
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("browser bundle of @pc-benefits/msw", () => {
  it("has no Node-only imports", async () => {
    const result = await build({
      entryPoints: [new URL("../dist/index.js", import.meta.url).pathname],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => /(^|\/)node:|\/hono\/|\/msw\/lib\/node\//.test(path))).toEqual([]);
    expect(inputs.some((path) => path.includes("protocol/dist/runtime/dispatcher.js"))).toBe(true);
  }, 30_000);
});
