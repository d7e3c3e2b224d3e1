import { describe, expect, it } from "vitest";
import { modelledErrors } from "./modelled-errors.js";
import { schemaProblems } from "./response-validator.js";
import { sampleOf } from "./schema-sample.js";

const ERRORS = modelledErrors();

describe("modelledErrors", () => {
  it("lists errors for all 17 operations, 4xx as client faults and 5xx as server faults", () => {
    expect(new Set(ERRORS.map((e) => e.operation)).size).toBe(17);
    for (const e of ERRORS) expect(e.fault).toBe(e.status >= 500 ? "server" : "client");
  });

  it("gives each error the members its schema requires, valid as the wire carries them", () => {
    const validation = ERRORS.find((e) => e.operation === "GetBenefit" && e.name === "ValidationException");
    expect(validation).toMatchObject({
      status: 400,
      fault: "client",
      members: { Reason: expect.any(String) },
    });
    for (const e of ERRORS) {
      const wire = sampleOf(
        { $ref: `#/components/schemas/${e.name}` },
        { members: "required", timestamps: "wire" },
      );
      const body = JSON.parse(JSON.stringify({ ...(wire as object), ...e.members }));
      expect(schemaProblems(e.name, body), `${e.operation} ${e.name}`).toEqual([]);
    }
  });
});
