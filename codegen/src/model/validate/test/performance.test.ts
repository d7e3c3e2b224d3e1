/**
 * Validation must stay roughly linear in the size of the model: shapes are indexed once and
 * each trait selector is evaluated once, never per application.
 */
import { describe, expect, it } from "vitest";
import type { Model } from "../../model.js";
import { assembleSources } from "../../sources.js";
import { validateModel } from "../index.js";
import { syntheticModel } from "./synthetic-model.js";

function assemble(count: number): Model {
  const { model, diagnostics } = assembleSources([{ path: "perf.smithy", text: syntheticModel(count) }]);
  expect(diagnostics.filter((d) => d.severity === "ERROR")).toEqual([]);
  return model;
}

function timeValidation(model: Model): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const events = validateModel(model);
    best = Math.min(best, performance.now() - start);
    expect(events.filter((d) => d.severity === "ERROR")).toEqual([]);
  }
  return best;
}

describe("validation performance", () => {
  it("validates thousands of shapes quickly and scales linearly", () => {
    const small = assemble(250);
    const large = assemble(1000);
    // 1000 operations: about 8,000 shapes and 14,000 members including the inline input/output.
    expect(large.shapes.size).toBeGreaterThan(7000);
    timeValidation(small); // warm-up
    const smallMs = timeValidation(small);
    const largeMs = timeValidation(large);
    console.log(
      `validateModel: ${large.shapes.size} shapes in ${largeMs.toFixed(0)} ms; ${small.shapes.size} in ${smallMs.toFixed(0)} ms`,
    );
    expect(largeMs).toBeLessThan(10_000);
    // Four times the model may cost up to ~10x (linear plus GC and scheduling noise from parallel
    // test files), but not quadratic (16x and more).
    expect(largeMs / Math.max(smallMs, 1)).toBeLessThan(10);
  }, 60_000);
});
