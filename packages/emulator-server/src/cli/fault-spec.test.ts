import { describe, expect, it } from "vitest";
import { parseFaultSpec } from "./fault-spec.js";

describe("parseFaultSpec", () => {
  it.each([
    [
      "rates and latency for all",
      "ThrottlingException=0.1,latency=50",
      { seed: 1, all: { throttleRate: 0.1, latencyMs: 50 } },
    ],
    ["short names", "throttle=0.2,error=0.05", { seed: 1, all: { throttleRate: 0.2, errorRate: 0.05 } }],
    ["a latency range", "latency=20-80", { seed: 1, all: { latencyMs: [20, 80] } }],
    [
      "per operation",
      "GetBenefit:InternalServerException=0.5,GetBenefit:latency=5, ListBenefits:throttle=1",
      {
        seed: 1,
        operations: { GetBenefit: { errorRate: 0.5, latencyMs: 5 }, ListBenefits: { throttleRate: 1 } },
      },
    ],
    ["nothing", "", { seed: 1 }],
  ])("reads %s", (_name, text, expected) => {
    expect(parseFaultSpec(text, 1)).toEqual(expected);
  });

  it.each([
    ["ThrottlingException", '--faults: "ThrottlingException" is not key=value'],
    ["ThrottlingException=2", '--faults: ThrottlingException must be a rate between 0 and 1, got "2"'],
    ["error=-0.1", '--faults: error must be a rate between 0 and 1, got "-0.1"'],
    ["error=", '--faults: error must be a rate between 0 and 1, got ""'],
    ["latency=80-20", '--faults: latency must be ms or min-max, got "80-20"'],
    ["Nope:latency=1", '--faults: unknown operation "Nope"'],
    [
      "AccessDeniedException=0.1",
      '--faults: unknown key "AccessDeniedException" (use ThrottlingException, InternalServerException or latency)',
    ],
  ])("rejects %j", (text, message) => {
    expect(parseFaultSpec(text, 1)).toBe(message);
  });
});
