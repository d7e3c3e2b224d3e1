/**
 * The suite is a consumer: every `@pc-benefits/*` import in it names an entry point its package
 * publishes (`exports`), and each resolves to the built `dist/`, not to sources. The one exception is
 * the private test kit (`@pc-benefits/testkit`), which is never published and is read from its sources.
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
const TESTKIT = "@pc-benefits/testkit";
const imported = [
  ...new Set(
    sourceFiles(testDir).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => m[1] ?? ""),
    ),
  ),
].sort();
const specifiers = imported.filter((s) => s !== TESTKIT);

function published(specifier: string): { exports: Record<string, unknown>; subpath: string; root: string } {
  const [scope, name, ...rest] = specifier.split("/");
  const manifest = require.resolve(`${scope}/${name}/package.json`);
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as { exports: Record<string, unknown> };
  return { exports, subpath: rest.length > 0 ? `./${rest.join("/")}` : ".", root: dirname(manifest) };
}

describe("the suite imports only published entry points", () => {
  it("imports the client, the emulator and its server, the MSW handlers, the server stub and the OpenAPI document", () => {
    expect(new Set(specifiers.map((s) => s.split("/").slice(0, 2).join("/")))).toEqual(
      new Set([
        "@pc-benefits/client",
        "@pc-benefits/emulator",
        "@pc-benefits/emulator-server",
        "@pc-benefits/msw",
        "@pc-benefits/openapi",
        "@pc-benefits/server",
      ]),
    );
  });

  it("takes the private test kit from its sources", () => {
    expect(imported).toContain(TESTKIT);
    const manifest = JSON.parse(readFileSync(require.resolve(`${TESTKIT}/package.json`), "utf8"));
    expect(manifest.private).toBe(true);
    expect(fileURLToPath(import.meta.resolve(TESTKIT))).toMatch(/packages\/testkit\/src\/index\.ts$/);
  });

  it.each(specifiers.map((s) => [s]))("%s is exported and resolves into dist/", async (specifier) => {
    const { exports, subpath, root } = published(specifier);
    expect(Object.keys(exports)).toContain(subpath);
    const resolved = fileURLToPath(import.meta.resolve(specifier));
    expect(resolved.startsWith(join(root, "dist"))).toBe(true);
    expect(Object.keys(await import(specifier)).length).toBeGreaterThan(0);
  });
});
