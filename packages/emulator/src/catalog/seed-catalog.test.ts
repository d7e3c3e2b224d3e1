import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seededCatalogsModule } from "../../scripts/catalog-generator.js";
import { RequestSchemaValidator } from "../engine/request-validation.js";
import { exampleDetails } from "./example-details.js";
import { PROGRAMS } from "./programs.js";
import { CATALOG_SIZES, GENERATED_SEED, seedCatalog } from "./seed-catalog.js";

describe("seedCatalog", () => {
  it("reads src/generated/seeded-catalogs.ts, which equals what the faker generator writes now", () => {
    const committed = readFileSync(new URL("../generated/seeded-catalogs.ts", import.meta.url), "utf8");
    // Stale? Run `pnpm --filter @pc-benefits/emulator generate:catalogs`.
    expect(committed).toBe(seededCatalogsModule());
    expect(seedCatalog("AWS", GENERATED_SEED)).toEqual(seedCatalog("AWS", Number(GENERATED_SEED)));
    expect(seedCatalog("AWS", GENERATED_SEED)[0]?.id).toMatch(/^ben-[0-9a-z]{14}$/);
  });

  it("gives each call its own benefits (a caller's change does not leak into the next catalog)", () => {
    const first = seedCatalog("Sandbox", GENERATED_SEED);
    (first[0] as { name: string }).name = "changed";
    expect(seedCatalog("Sandbox", GENERATED_SEED)[0]?.name).not.toBe("changed");
    expect(Object.isFrozen(first[0]?.requestSchema)).toBe(true);
  });

  it("is deterministic for a seed and differs across seeds and catalogs", () => {
    expect(seedCatalog("AWS", 42)).toEqual(seedCatalog("AWS", 42));
    expect(seedCatalog("AWS", 42).map((b) => b.id)).not.toEqual(seedCatalog("AWS", 43).map((b) => b.id));
    const aws = new Set(seedCatalog("AWS", 42).map((b) => b.id));
    expect(seedCatalog("Sandbox", 42).some((b) => aws.has(b.id))).toBe(false);
  });

  it.each([
    ["AWS", "seed"],
    ["Sandbox", "seed"],
    ["AWS", GENERATED_SEED],
    ["Sandbox", GENERATED_SEED],
    ["Custom", "seed"],
  ])(
    "%s at seed %s: valid IDs, every program active, schemas compile and accept their example",
    (catalog, seed) => {
      const benefits = seedCatalog(catalog, seed);
      expect(benefits).toHaveLength(CATALOG_SIZES[catalog] ?? 12);
      expect(new Set(benefits.map((b) => b.id)).size).toBe(benefits.length);
      expect(benefits.every((b) => b.catalog === catalog)).toBe(true);
      expect(benefits.map((b) => b.id)).toEqual([...benefits.map((b) => b.id)].sort());
      const validator = new RequestSchemaValidator();
      for (const b of benefits) {
        expect(b.id).toMatch(/^ben-[0-9a-z]{14}$/);
        expect(b.name.length).toBeGreaterThan(0);
        expect(b.name.length).toBeLessThanOrEqual(100);
        expect(b.fulfillmentTypes.length).toBeGreaterThan(0);
        expect(validator.validate(b.id, b.requestSchema, exampleDetails(b), "D")).toEqual([]);
        expect(validator.validate(b.id, b.requestSchema, {}, "D").length).toBeGreaterThan(0);
      }
      for (const p of PROGRAMS) {
        expect(benefits.some((b) => b.programs.includes(p.code) && b.status === "ACTIVE")).toBe(true);
      }
    },
  );
});
