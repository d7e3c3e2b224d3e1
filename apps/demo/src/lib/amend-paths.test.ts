import { seedCatalog } from "@pc-benefits/emulator";
import { describe, expect, it } from "vitest";
import { amendablePaths } from "./amend-paths.js";

describe("amendablePaths", () => {
  it("lists top-level and nested scalar fields as JSON paths, skipping arrays", () => {
    const schema = {
      type: "object",
      properties: {
        ProjectName: { type: "string" },
        ExpectedLeads: { type: "integer" },
        Regions: { type: "array", items: { type: "string" } },
        CreditDisbursementDetails: {
          type: "object",
          properties: {
            AwsAccountIdForCredits: { type: "string" },
            Contact: { type: "object", properties: { Email: { type: "string" } } },
          },
        },
      },
    };
    expect(amendablePaths(schema)).toEqual([
      "$.ProjectName",
      "$.ExpectedLeads",
      "$.CreditDisbursementDetails.AwsAccountIdForCredits",
      "$.CreditDisbursementDetails.Contact.Email",
    ]);
  });

  it("has nothing to offer without a schema", () => {
    expect(amendablePaths(undefined)).toEqual([]);
    expect(amendablePaths({ type: "object" })).toEqual([]);
  });

  it("offers every path the emulator lets a benefit amend, nested ones included", () => {
    const benefits = [...seedCatalog("AWS", 1), ...seedCatalog("Sandbox", 1)];
    const nested = benefits.filter((b) => b.amendablePaths.some((p) => p.split(".").length > 2));
    expect(nested.length).toBeGreaterThan(0);
    for (const benefit of benefits) {
      const offered = amendablePaths(benefit.requestSchema);
      for (const path of benefit.amendablePaths) expect(offered, benefit.id).toContain(path);
    }
  });
});
