/**
 * Writes src/generated/seeded-catalogs.ts from the faker generator; with `--check`, writes nothing and exits 1
 * when the committed module is stale. The root `pnpm codegen` and `pnpm codegen --check` run this after the
 * Smithy codegen (scripts/codegen.mjs); `pnpm --filter @pc-benefits/emulator generate:catalogs` runs it alone.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { seededCatalogsModule } from "./catalog-generator.js";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--check");
if (unknown.length > 0) {
  console.error(
    `generate-catalogs: unknown argument ${unknown.join(" ")} (usage: generate-catalogs [--check])`,
  );
  process.exit(2);
}
const target = fileURLToPath(new URL("../src/generated/seeded-catalogs.ts", import.meta.url));
const expected = seededCatalogsModule();
if (args.includes("--check")) {
  let committed: string | undefined;
  try {
    committed = readFileSync(target, "utf8");
  } catch {
    committed = undefined;
  }
  if (committed !== expected) {
    console.error(`stale: ${target} (run pnpm codegen)`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, expected);
  console.log(`wrote ${target}`);
}
