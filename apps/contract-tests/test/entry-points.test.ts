/**
 * The suite is a consumer: every `@pc-benefits/*` import in it names an entry point its package
 * publishes (`exports`), and each resolves to the built `dist/`, not to sources.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const testDir = fileURLToPath(new URL(".", import.meta.url));
const require = createRequire(import.meta.url);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

const IMPORT = /from\s+"(@pc-benefits\/[^"]+)"/g;
const specifiers = [
  ...new Set(
    sourceFiles(testDir).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => m[1] ?? ""),
    ),
  ),
].sort();

function published(specifier: string): { exports: Record<string, unknown>; subpath: string; root: string } {
  const [scope, name, ...rest] = specifier.split("/");
  const manifest = require.resolve(`${scope}/${name}/package.json`);
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as { exports: Record<string, unknown> };
  return { exports, subpath: rest.length > 0 ? `./${rest.join("/")}` : ".", root: dirname(manifest) };
}

describe("the suite imports only published entry points", () => {
  // @pc-benefits/server is exercised through @pc-benefits/emulator/http, which serves its `createApp`.
  it("imports the client, the emulator, the MSW handlers and the OpenAPI document", () => {
    expect(new Set(specifiers.map((s) => s.split("/").slice(0, 2).join("/")))).toEqual(
      new Set(["@pc-benefits/client", "@pc-benefits/emulator", "@pc-benefits/msw", "@pc-benefits/openapi"]),
    );
  });

  it.each(specifiers.map((s) => [s]))("%s is exported and resolves into dist/", async (specifier) => {
    const { exports, subpath, root } = published(specifier);
    expect(Object.keys(exports)).toContain(subpath);
    const resolved = fileURLToPath(import.meta.resolve(specifier));
    expect(resolved.startsWith(join(root, "dist"))).toBe(true);
    expect(Object.keys(await import(specifier)).length).toBeGreaterThan(0);
  });
});
