import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.js";

describe("canonicalJson", () => {
  it.each<[string, unknown, string]>([
    [
      "sorts keys at every level",
      { b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } },
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    ],
    ["leaves undefined members out", { a: undefined, b: 1 }, '{"b":1}'],
    [
      "writes undefined items and holes as null",
      Object.assign(new Array<unknown>(3), { 0: undefined, 2: 1 }),
      "[null,null,1]",
    ],
    ["writes a Date as its ISO string", { at: new Date(0) }, '{"at":"1970-01-01T00:00:00.000Z"}'],
    ["keeps a __proto__ key", JSON.parse('{"__proto__":1}'), '{"__proto__":1}'],
    ["answers null for undefined", undefined, "null"],
    ["escapes keys and strings", { 'q"': 'a"b' }, '{"q\\"":"a\\"b"}'],
  ])("%s", (_, value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it("gives equal text for equal values whatever their key order", () => {
    expect(canonicalJson({ x: 1, y: [{ b: 2, a: 1 }] })).toBe(canonicalJson({ y: [{ a: 1, b: 2 }], x: 1 }));
  });
});
