import { describe, expect, it } from "vitest";
import { RepeatedPages } from "./repeated-pages.js";

const a = { id: "a" };
const b = { id: "b" };

describe("RepeatedPages", () => {
  it.each<[string, [string, object[], number | undefined], boolean]>([
    ["same query, records and cursor", ["q", [a, b], 7], true],
    ["another query", ["other", [a, b], 7], false],
    ["a replaced record", ["q", [a, { id: "b" }], 7], false],
    ["another order", ["q", [b, a], 7], false],
    ["fewer records", ["q", [a], 7], false],
    ["another next cursor", ["q", [a, b], undefined], false],
  ])("%s: reused = %s", (_name, [query, records, next], reused) => {
    const pages = new RepeatedPages<object, { items: string[] }>();
    const first = pages.output("q", [a, b], 7, () => ({ items: ["a", "b"] }));
    let built = 0;
    const second = pages.output(query, records, next, () => {
      built++;
      return { items: ["x"] };
    });
    expect(second === first).toBe(reused);
    expect(built).toBe(reused ? 0 : 1);
  });

  it("freezes the outputs it hands out", () => {
    const out = new RepeatedPages<object, { items: string[] }>().output("q", [], undefined, () => ({
      items: ["a"],
    }));
    expect(Object.isFrozen(out)).toBe(true);
    expect(Object.isFrozen(out.items)).toBe(true);
  });

  it("forgets everything when full, then keeps working", () => {
    const pages = new RepeatedPages<object, { n: number }>(2);
    const one = pages.output("1", [a], undefined, () => ({ n: 1 }));
    pages.output("2", [a], undefined, () => ({ n: 2 }));
    pages.output("3", [a], undefined, () => ({ n: 3 }));
    expect(pages.output("1", [a], undefined, () => ({ n: 1 }))).not.toBe(one);
    expect(pages.output("3", [a], undefined, () => ({ n: 0 })).n).toBe(3);
  });
});
