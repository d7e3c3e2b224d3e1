import { describe, expect, it } from "vitest";
import { seededRandom } from "../../test/support/random.js";
import { SharedEmptyMap, SmallMap } from "./small-map.js";

/** Everything a reader can observe, in order. */
function observe<K, V>(map: ReadonlyMap<K, V>) {
  const forEach: [K, V][] = [];
  map.forEach((v, k, self) => {
    expect(self).toBe(map);
    forEach.push([k, v]);
  });
  return {
    size: map.size,
    entries: [...map.entries()],
    iterated: [...map],
    keys: [...map.keys()],
    values: [...map.values()],
    forEach,
  };
}

describe("SmallMap", () => {
  it.each([
    ["no entries", [] as [string, number][]],
    ["one entry", [["a", 1]] as [string, number][]],
    [
      "a replaced key keeps its place",
      [
        ["a", 1],
        ["b", 2],
        ["a", 3],
      ] as [string, number][],
    ],
    [
      "entries past the scan limit",
      Array.from({ length: 40 }, (_, i) => [`k${i % 30}`, i] as [string, number]),
    ],
  ])("reads like a Map built the same way: %s", (_name, entries) => {
    const small = new SmallMap<string, number>();
    const map = new Map<string, number>();
    for (const [k, v] of entries) {
      expect(small.set(k, v)).toBe(small);
      map.set(k, v);
    }
    expect(observe(small)).toEqual(observe(map));
    for (const k of ["a", "b", "k0", "k29", "missing"]) {
      expect([small.has(k), small.get(k)]).toEqual([map.has(k), map.get(k)]);
    }
  });

  it("behaves like a Map under random sets, deletes and lookups, small and large", () => {
    const next = seededRandom(7);
    for (const keySpace of [4, 12, 60]) {
      const small = new SmallMap<string, number>();
      const map = new Map<string, number>();
      for (let step = 0; step < 2000; step++) {
        const key = `k${Math.floor(next() * keySpace)}`;
        const op = next();
        if (op < 0.5) {
          small.set(key, step);
          map.set(key, step);
        } else if (op < 0.7) {
          expect(small.delete(key)).toBe(map.delete(key));
        } else {
          expect(small.get(key)).toBe(map.get(key));
          expect(small.has(key)).toBe(map.has(key));
        }
        if (step % 97 === 0) expect(observe(small)).toEqual(observe(map));
      }
      expect(observe(small)).toEqual(observe(map));
    }
  });

  it("appends new keys like set does, before and after an index exists, and reads them by position", () => {
    const small = new SmallMap<string, number>();
    const map = new Map<string, number>();
    for (let i = 0; i < 30; i++) {
      expect(small.append(`k${i}`, i)).toBe(small);
      map.set(`k${i}`, i);
      // a lookup past the scan limit builds the index, which later appends must keep up to date
      if (i === 12) expect(small.get("k3")).toBe(3);
    }
    expect(observe(small)).toEqual(observe(map));
    for (const k of ["k0", "k13", "k29", "missing"]) expect(small.get(k)).toBe(map.get(k));
    const byPosition = Array.from({ length: small.size }, (_, i) => [small.keyAt(i), small.valueAt(i)]);
    expect(byPosition).toEqual([...map]);
  });

  it("copies another map's entries in order", () => {
    const source = new Map([
      ["x", 1],
      ["y", 2],
    ]);
    const copy = new SmallMap(source);
    copy.set("z", 3);
    expect([...copy]).toEqual([
      ["x", 1],
      ["y", 2],
      ["z", 3],
    ]);
    expect(source.size).toBe(2);
    expect(new Map(copy)).toEqual(new Map([...source, ["z", 3]]));
  });

  it("does not share storage between maps that started empty", () => {
    const a = new SmallMap<string, number>();
    const b = new SmallMap<string, number>();
    a.set("only-a", 1);
    expect(b.size).toBe(0);
    expect(b.has("only-a")).toBe(false);
  });

  it("describes itself as a SmallMap", () => {
    expect(Object.prototype.toString.call(new SmallMap())).toBe("[object SmallMap]");
  });
});

describe("SharedEmptyMap", () => {
  it("is empty and refuses writes", () => {
    const empty = new SharedEmptyMap<string, number>();
    expect(observe(empty)).toEqual(observe(new Map()));
    expect(() => empty.set("a", 1)).toThrow(/read-only/);
    expect(() => empty.append("a", 1)).toThrow(/read-only/);
    expect(() => empty.delete("a")).toThrow(/read-only/);
    expect(empty.size).toBe(0);
  });
});
