import { describe, expect, it } from "vitest";
import { OPERATIONS } from "./document.js";
import { methodName, OPERATION_SAMPLES, sampleOutput, VALID_INPUTS } from "./operation-samples.js";
import { checkWireBody, requestProblems } from "./response-validator.js";
import { SAMPLE_TIME } from "./schema-sample.js";

describe("VALID_INPUTS", () => {
  it("has one input for each of the 17 operations", () => {
    expect(Object.keys(VALID_INPUTS).sort()).toEqual([...OPERATIONS].sort());
    expect(OPERATIONS).toHaveLength(17);
  });

  it.each(OPERATIONS.map((op) => [op]))(
    "%s: satisfies the request schema with its required members",
    (op) => {
      expect(requestProblems(op, VALID_INPUTS[op])).toEqual([]);
      // Without any one of its members, the input is invalid: only required members were set.
      for (const member of Object.keys(VALID_INPUTS[op])) {
        const { [member]: _dropped, ...rest } = VALID_INPUTS[op] as Record<string, unknown>;
        expect(requestProblems(op, rest), `${op} without ${member}`).not.toEqual([]);
      }
    },
  );

  it("reads identifiers from the patterns", () => {
    expect(VALID_INPUTS.GetBenefit).toEqual({ Catalog: "A", Identifier: "ben-0123456789abcd" });
    expect(VALID_INPUTS.GetBenefitAllocation.Identifier).toBe("benalloc-0123456789abcd");
  });
});

describe("OPERATION_SAMPLES", () => {
  it.each(OPERATION_SAMPLES.map((s) => [s.operation, s]))(
    "%s: every member, valid in and out once serialized",
    (operation, sample) => {
      expect(sample.method).toBe(methodName(operation));
      expect(requestProblems(operation, JSON.parse(JSON.stringify(sample.input)))).toEqual([]);
      const { problems } = checkWireBody(operation, 200, JSON.stringify(sample.output));
      expect(problems).toEqual([]);
    },
  );

  it("types timestamps as Dates, and as ISO-8601 strings on the wire", () => {
    const sample = OPERATION_SAMPLES.find((s) => s.operation === "GetBenefitApplication");
    expect(sample?.output.CreatedAt).toEqual(new Date(SAMPLE_TIME));
    expect(sampleOutput("GetBenefitApplication").CreatedAt).toBe(SAMPLE_TIME);
  });

  it("sets every member of an output", () => {
    const sample = OPERATION_SAMPLES.find((s) => s.operation === "GetBenefitAllocation");
    expect(Object.keys(sample?.output ?? {})).toContain("FulfillmentDetail");
    expect(Object.keys(sample?.output ?? {}).length).toBeGreaterThan(10);
  });
});
