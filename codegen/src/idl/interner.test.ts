import { describe, expect, it } from "vitest";
import { Interner } from "./interner.js";

describe("Interner", () => {
  it.each([
    ["short identifier", "id name id", [0, 2], [8, 10], "id"],
    ["shape ID", "a.b#C x a.b#C", [0, 5], [8, 13], "a.b#C"],
    ["empty slice", "abc", [1, 1], [2, 2], ""],
  ])("returns the same string for equal slices: %s", (_, src, [s1, e1], [s2, e2], expected) => {
    const interner = new Interner(src);
    const first = interner.get(s1 as number, e1 as number);
    const second = interner.get(s2 as number, e2 as number);
    expect(first).toBe(expected);
    expect(second).toBe(expected);
  });

  it("keeps distinct slices distinct while the table grows", () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Name${i}`);
    const src = names.join(" ");
    const interner = new Interner(src);
    let offset = 0;
    const got: string[] = [];
    for (const name of names) {
      got.push(interner.get(offset, offset + name.length));
      offset += name.length + 1;
    }
    expect(got).toEqual(names);
    // a second pass finds every name again
    offset = 0;
    for (const name of names) {
      expect(interner.get(offset, offset + name.length)).toBe(name);
      offset += name.length + 1;
    }
  });

  it("copies slices longer than the lookup limit", () => {
    const long = "x".repeat(100);
    const interner = new Interner(`${long} ${long}`);
    expect(interner.get(0, 100)).toBe(long);
    expect(interner.get(101, 201)).toBe(long);
  });

  it("shares strings across the source texts it reads one after the other", () => {
    const interner = new Interner("alpha beta");
    const alpha = interner.get(0, 5);
    interner.read("beta alpha gamma");
    expect(interner.get(5, 10)).toBe(alpha);
    expect(interner.get(0, 4)).toBe("beta");
    expect(interner.get(11, 16)).toBe("gamma");
  });
});
