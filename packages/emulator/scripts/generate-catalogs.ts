/** Writes src/generated/seeded-catalogs.ts from the faker generator (`pnpm generate:catalogs`). */
import { writeFileSync } from "node:fs";
import { seededCatalogsModule } from "./catalog-generator.js";

const target = new URL("../src/generated/seeded-catalogs.ts", import.meta.url);
writeFileSync(target, seededCatalogsModule());
console.log(`wrote ${target.pathname}`);
