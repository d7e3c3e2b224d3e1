import { createApp } from "@pc-benefits/server";
import { describe, expect, it } from "vitest";
import { serviceHandlers } from "../src/engine/service-handlers.js";
import { setup } from "./helpers.js";

describe("engine behind the Hono app of @pc-benefits/server", () => {
  it("answers ListBenefits for both catalogs with separate data", async () => {
    const emulator = setup();
    const app = createApp({ handlers: serviceHandlers(emulator) });
    const list = async (catalog: string) => {
      const res = await app.request("/", {
        method: "POST",
        headers: {
          "content-type": "application/x-amz-json-1.0",
          "x-amz-target": "PartnerCentralBenefitsService.ListBenefits",
        },
        body: JSON.stringify({ Catalog: catalog, MaxResults: 100 }),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { BenefitSummaries: { Id: string }[] }).BenefitSummaries.map((b) => b.Id);
    };
    const aws = await list("AWS");
    const sandbox = await list("Sandbox");
    expect(aws).toEqual(emulator.benefits("AWS").map((b) => b.id));
    expect(sandbox).toEqual(emulator.benefits("Sandbox").map((b) => b.id));
    expect(aws.some((id) => sandbox.includes(id))).toBe(false);
  });
});
