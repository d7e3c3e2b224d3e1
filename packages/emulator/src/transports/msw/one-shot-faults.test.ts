import { describe, expect, it } from "vitest";
import { errorNamed } from "../../engine/errors.js";
import { OneShotFaults } from "./one-shot-faults.js";

const faults = () => new OneShotFaults(errorNamed);

/** Outcome of `n` calls: the error name or "ok". */
async function outcomes(
  f: OneShotFaults,
  n: number,
  operation: "GetBenefit" | "ListBenefits" = "GetBenefit",
) {
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      await f.before(operation).then(
        () => "ok",
        (e: Error) => e.name,
      ),
    );
  return out;
}

describe("OneShotFaults", () => {
  it.each([
    ["one failure", [["ThrottlingException", 1]], ["ThrottlingException", "ok", "ok"]],
    [
      "times 2",
      [["InternalServerException", 2]],
      ["InternalServerException", "InternalServerException", "ok"],
    ],
    [
      "queued in order",
      [
        ["ThrottlingException", 1],
        ["ConflictException", 1],
      ],
      ["ThrottlingException", "ConflictException", "ok"],
    ],
  ] as const)("%s", async (_name, queue, expected) => {
    const f = faults();
    for (const [error, times] of queue) f.failNext("GetBenefit", error, { times });
    expect(await outcomes(f, 3)).toEqual(expected);
  });

  it("failures are per operation, messages default to a readable text, Error instances are thrown as is", async () => {
    const f = faults();
    const custom = new Error("boom");
    f.failNext("ListBenefits", custom);
    f.failNext("GetBenefit", "ThrottlingException");
    await expect(f.before("GetBenefit")).rejects.toThrow("Injected ThrottlingException for GetBenefit.");
    await expect(f.before("ListBenefits")).rejects.toBe(custom);
    expect(await outcomes(f, 1, "ListBenefits")).toEqual(["ok"]);
  });

  it.each([0, -1, 1.5])("times %s is a RangeError", (times) => {
    expect(() => faults().failNext("GetBenefit", "ThrottlingException", { times })).toThrow(RangeError);
  });

  it("latency per operation wins over 'all'; clear removes failures and latency", async () => {
    const f = faults();
    f.setLatency("all", 60);
    f.setLatency("GetBenefit", 5);
    const timed = async (operation: "GetBenefit" | "ListBenefits") => {
      const start = performance.now();
      await f.before(operation);
      return performance.now() - start;
    };
    expect(await timed("ListBenefits")).toBeGreaterThanOrEqual(55);
    expect(await timed("GetBenefit")).toBeLessThan(50);
    f.failNext("GetBenefit", "ThrottlingException");
    expect(f.idle).toBe(false);
    f.clear();
    expect(f.idle).toBe(true);
    expect(await timed("ListBenefits")).toBeLessThan(50);
    expect(await outcomes(f, 1)).toEqual(["ok"]);
  });
});
