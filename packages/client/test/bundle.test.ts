/**
 * Tree-shaking and browser safety: an app importing one command from the package entry bundles
 * (esbuild, browser platform) without the other commands, without Node built-ins, under a size
 * budget.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "./helpers/operations.js";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: "ts" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("browser bundle of one command", () => {
  it.each([
    ["GetBenefit", "GetBenefitCommand"],
    ["ListTagsForResource", "ListTagsForResourceCommand"],
  ])("%s keeps only its own command", async (operation, command) => {
    const code = await bundle(`
      import { ${command}, PartnerCentralBenefitsClient } from "./src/generated/index.js";
      const client = new PartnerCentralBenefitsClient({ region: "us-east-1" });
      export const call = (input: never) => client.send(new ${command}(input));
    `);
    expect(code).toContain(`PartnerCentralBenefitsService.${operation}`);
    for (const other of OPERATIONS.filter((o) => o.name !== operation)) {
      expect(code).not.toContain(`PartnerCentralBenefitsService.${other.name}"`);
    }
    expect(code).not.toMatch(/node:|require\(/);
    // The `browser` platform module: no environment reads, no Node network-error naming.
    expect(code).not.toMatch(/AWS_ACCESS_KEY_ID|AggregateError/);
    // The goal: at most 6.5 KB (bench/bundle-size.ts lists what is in it).
    expect(gzipSync(code).length).toBeLessThanOrEqual(6.5 * 1024);
  });

  it("never pulls the Node transport or signer into the main entry", async () => {
    const code = await bundle(`export * from "./src/generated/index.js";`);
    expect(code).not.toMatch(/node:http|node:https|node:crypto|createHmac/);
    expect(code).toContain("PartnerCentralBenefitsService.ListBenefits");
  });
});
