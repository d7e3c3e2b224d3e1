import { describe, expect, it } from "vitest";
import { randomIdBody, randomUuid, seededRng } from "./random.js";

describe("random", () => {
  it("seededRng repeats per seed and stays in [0, 1)", () => {
    const a = seededRng("x");
    const b = seededRng("x");
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRng("y")()).not.toBe(xs[0]);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it("ids and UUIDs have the right shape", () => {
    expect(randomIdBody()).toMatch(/^[0-9a-z]{14}$/);
    expect(randomIdBody(5, seededRng(1))).toBe(randomIdBody(5, seededRng(1)));
    expect(randomUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
