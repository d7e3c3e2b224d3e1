import { describe, expect, it } from "vitest";
import { FaultInjector } from "./faults.js";

async function outcomes(injector: FaultInjector, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      await injector.before("GetBenefit", "123456789012").then(
        () => "ok",
        (e: Error) => e.name,
      ),
    );
  }
  return out;
}

describe("FaultInjector", () => {
  it("is off by default", async () => {
    expect(await outcomes(new FaultInjector(undefined, () => false, Date.now), 50)).toEqual(
      Array(50).fill("ok"),
    );
  });

  it("draws the same faults from the same seed, at roughly the configured rates", async () => {
    const options = { seed: 9, operations: { GetBenefit: { throttleRate: 0.2, errorRate: 0.1 } } };
    const a = await outcomes(new FaultInjector(options, () => false, Date.now), 1000);
    const b = await outcomes(new FaultInjector(options, () => false, Date.now), 1000);
    expect(a).toEqual(b);
    const count = (name: string) => a.filter((x) => x === name).length;
    expect(count("ThrottlingException")).toBeGreaterThan(150);
    expect(count("ThrottlingException")).toBeLessThan(250);
    expect(count("InternalServerException")).toBeGreaterThan(60);
    expect(count("InternalServerException")).toBeLessThan(140);
    const other = await outcomes(new FaultInjector({ ...options, seed: 10 }, () => false, Date.now), 1000);
    expect(other).not.toEqual(a);
  });

  it("only affects the configured operation", async () => {
    const injector = new FaultInjector(
      { operations: { ListBenefits: { errorRate: 1 } } },
      () => false,
      Date.now,
    );
    expect(await outcomes(injector, 5)).toEqual(Array(5).fill("ok"));
  });

  it("adds latency", async () => {
    const injector = new FaultInjector({ all: { latencyMs: 30 } }, () => false, Date.now);
    const start = performance.now();
    await injector.before("GetBenefit", "a");
    expect(performance.now() - start).toBeGreaterThanOrEqual(25);
  });

  it("enforces the documented per-account rate when asked", async () => {
    let clock = 0;
    const injector = new FaultInjector(
      undefined,
      () => true,
      () => clock,
    );
    const burst = await outcomes(injector, 21);
    expect(burst.slice(0, 20)).toEqual(Array(20).fill("ok"));
    expect(burst[20]).toBe("ThrottlingException");
    clock += 100; // 0.1 s refills 2 tokens at 20/s
    expect(await outcomes(injector, 3)).toEqual(["ok", "ok", "ThrottlingException"]);
  });
});
