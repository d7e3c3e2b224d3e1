/**
 * Every entry point from the installed tarballs: `require` and `import` in plain Node give the same
 * exports, and tsc accepts the packages' types under moduleResolution node10, node16, nodenext and bundler
 * (for node16 and nodenext from an ES module and from a CommonJS one).
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectDir } from "./support/consumer-root.js";
import { node } from "./support/run.js";

const PROJECT = "esm-vitest4-msw2";

const ENTRY_POINTS = [
  "@pc-benefits/openapi",
  "@pc-benefits/openapi/openapi.json",
  "@pc-benefits/client",
  "@pc-benefits/client/models",
  "@pc-benefits/client/node",
  "@pc-benefits/server",
  "@pc-benefits/server/core",
  "@pc-benefits/msw",
  "@pc-benefits/emulator",
  "@pc-benefits/emulator/msw",
  "@pc-benefits/emulator-server",
];

// Prints { entry: sorted export names } as JSON.
const LOADERS = {
  "load.cjs": `const out = {};
for (const entry of ${JSON.stringify(ENTRY_POINTS)}) out[entry] = Object.keys(require(entry)).filter((k) => k !== "default" && k !== "__esModule").sort();
const { PartnerCentralBenefitsClient } = require("@pc-benefits/client");
out.defaultTransport = new PartnerCentralBenefitsClient({ region: "us-east-1" }).config.requestHandler.constructor.name;
try { require("@pc-benefits/emulator/sqlite"); out.sqlite = "loaded"; } catch (e) { out.sqlite = e.message.split("\\n")[0]; }
console.log(JSON.stringify(out));`,
  "load.mjs": `const out = {};
for (const entry of ${JSON.stringify(ENTRY_POINTS)}) {
  const m = entry.endsWith(".json") ? await import(entry, { with: { type: "json" } }) : await import(entry);
  const names = entry.endsWith(".json") ? Object.keys(m.default) : Object.keys(m);
  out[entry] = names.filter((k) => k !== "default" && k !== "__esModule").sort();
}
const { PartnerCentralBenefitsClient } = await import("@pc-benefits/client");
out.defaultTransport = new PartnerCentralBenefitsClient({ region: "us-east-1" }).config.requestHandler.constructor.name;
try { await import("@pc-benefits/emulator/sqlite"); out.sqlite = "loaded"; } catch (e) { out.sqlite = e.message.split("\\n")[0]; }
console.log(JSON.stringify(out));`,
};

describe("node require and import", () => {
  it("load every entry point with the same exports, and the Node transport by default", async () => {
    const dir = projectDir(PROJECT);
    const results: Record<string, Record<string, unknown>> = {};
    for (const [file, source] of Object.entries(LOADERS)) {
      writeFileSync(join(dir, file), source);
      results[file] = JSON.parse((await node([file], { cwd: dir })).stdout);
    }
    const required = results["load.cjs"] ?? {};
    const imported = results["load.mjs"] ?? {};
    for (const entry of ENTRY_POINTS) {
      expect(required[entry], entry).toEqual(imported[entry]);
      expect((required[entry] as string[]).length, entry).toBeGreaterThan(0);
    }
    expect(required["@pc-benefits/client"]).toContain("PartnerCentralBenefitsClient");
    expect(required["@pc-benefits/emulator/msw"]).toContain("createBenefitsMock");
    expect(required["@pc-benefits/openapi/openapi.json"]).toContain("openapi");
    expect(required.defaultTransport).toBe("NodeHttpHandler");
    expect(imported.defaultTransport).toBe("NodeHttpHandler");
    // better-sqlite3 is an optional peer the projects do not install: the entry says what is missing.
    expect(required.sqlite).toMatch(/better-sqlite3/);
    expect(imported.sqlite).toMatch(/better-sqlite3/);
  });
});

describe("tsc", () => {
  it.each(["node10", "node16", "nodenext", "bundler"])("moduleResolution %s", async (resolution) => {
    const dir = projectDir(PROJECT);
    copyFileSync(join(dir, "types/entry-points.ts"), join(dir, "types/entry-points.cts"));
    const result = await node(
      [join(dir, "node_modules/typescript/bin/tsc"), "-p", `types/tsconfig.${resolution}.json`],
      { cwd: dir, allowFailure: true },
    );
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
