import { describe, expect, it } from "vitest";
import { RequestSchemaValidator } from "../engine/request-validation.js";
import { exampleDetails } from "./example-details.js";
import { PROGRAMS } from "./programs.js";
import { CATALOG_SIZES, seedCatalog } from "./seed-catalog.js";

describe("seedCatalog", () => {
  it("is deterministic for a seed and differs across seeds and catalogs", () => {
    expect(seedCatalog("AWS", 42)).toEqual(seedCatalog("AWS", 42));
    expect(seedCatalog("AWS", 42).map((b) => b.id)).not.toEqual(seedCatalog("AWS", 43).map((b) => b.id));
    const aws = new Set(seedCatalog("AWS", 42).map((b) => b.id));
    expect(seedCatalog("Sandbox", 42).some((b) => aws.has(b.id))).toBe(false);
  });

  it.each(["AWS", "Sandbox"])(
    "%s: valid IDs, every program active, schemas compile and accept their example",
    (catalog) => {
      const benefits = seedCatalog(catalog, "seed");
      expect(benefits).toHaveLength(CATALOG_SIZES[catalog] ?? 0);
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
