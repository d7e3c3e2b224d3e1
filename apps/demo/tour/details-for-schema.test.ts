import { createEmulator } from "@pc-benefits/emulator";
import { describe, expect, it } from "vitest";
import { checkDetails, detailsForSchema, valueFor } from "./details-for-schema.js";

describe("valueFor", () => {
  it.each([
    ["enum: the first value", { type: "string", enum: ["EVENT", "DIGITAL"] }, "", "EVENT"],
    ["const", { const: 7 }, "", 7],
    ["account ID pattern", { type: "string", pattern: "^[0-9]{12}$" }, "AccountId", "111122223333"],
    ["opportunity pattern", { type: "string", pattern: "^O[0-9]{7,10}$" }, "OpportunityId", "O1234567"],
    ["date", { type: "string", format: "date" }, "StartDate", "2026-07-01"],
    ["end date after the start", { type: "string", format: "date" }, "CampaignEndDate", "2026-09-30"],
    ["email", { type: "string", format: "email" }, "Contact", "alliance-lead@example.com"],
    ["readable string", { type: "string" }, "WorkloadName", "Demo Workload Name"],
    ["string cut to maxLength", { type: "string", maxLength: 6 }, "WorkloadName", "Demo W"],
    ["string padded to minLength", { type: "string", minLength: 12 }, "X", "Demo X......"],
    ["integer inside its range", { type: "integer", minimum: 1, maximum: 100 }, "", 11],
    ["number without range", { type: "number" }, "", 1.9],
    ["boolean", { type: "boolean" }, "", true],
    ["array of minItems", { type: "array", minItems: 2, items: { type: "boolean" } }, "", [true, true]],
    [
      "nested object",
      { type: "object", properties: { Id: { type: "string", maxLength: 4 } } },
      "",
      { Id: "Demo" },
    ],
    ["unknown type", {}, "", null],
  ])("%s", (_name, schema, property, expected) => {
    expect(valueFor(schema, property)).toEqual(expected);
  });
});

describe("detailsForSchema", () => {
  it("refuses a schema that does not describe an object", () => {
    expect(() => detailsForSchema({ type: "string" })).toThrow("must describe an object");
  });

  it("reports what does not validate", () => {
    const schema = { type: "object", required: ["A"], properties: { A: { type: "integer" } } };
    expect(checkDetails(schema, { A: "x" })).toEqual(["/A must be integer"]);
    expect(checkDetails(schema, {})).toEqual(["/ must have required property 'A'"]);
  });

  const emulator = createEmulator({ seed: "details" });
  const benefits = ["AWS", "Sandbox"].flatMap((catalog) => emulator.benefits(catalog));
  it.each(benefits.map((b) => [`${b.catalog} ${b.name} (${b.id})`, b.requestSchema]))(
    "fills a valid application for %s",
    (_name, schema) => {
      expect(checkDetails(schema, detailsForSchema(schema))).toEqual([]);
    },
  );
});
