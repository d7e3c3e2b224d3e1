import { describe, expect, it } from "vitest";
import { jsonBodyDifference, valueDifference } from "./compare.js";

describe("jsonBodyDifference", () => {
  it.each([
    ['{"a": 1.0, "b": [1, 2]}', '{"b":[1,2],"a":1}'],
    ["{}", "{ }"],
    ['{"s": "NaN"}', '{"s":"NaN"}'],
  ])("%s equals %s", (expected, actual) => {
    expect(jsonBodyDifference(expected, actual)).toBeUndefined();
  });

  it.each([
    ['{"a": 1}', '{"a": 2}', "$.a: expected 1, got 2"],
    ['{"a": 1}', '{"a": 1, "b": 2}', "$: unexpected b=2"],
    ['{"a": [1, 2]}', '{"a": [2, 1]}', "$.a[0]: expected 1, got 2"],
    ['{"a": "1"}', '{"a": 1}', '$.a: expected "1", got 1'],
    ["{}", "", 'the body is not JSON: ""'],
  ])("%s differs from %s", (expected, actual, message) => {
    expect(jsonBodyDifference(expected, actual)).toBe(message);
  });
});

describe("valueDifference", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it.each<[unknown, unknown]>([
    [
      { at: new Date(1000), b: bytes("hi"), n: Number.NaN },
      { at: new Date(1000), b: bytes("hi"), n: Number.NaN },
    ],
    [{ a: 1 }, { a: 1, b: undefined, $metadata: { httpStatusCode: 200 } }],
    [
      [null, "x"],
      [null, "x"],
    ],
  ])("%o equals %o", (expected, actual) => {
    expect(valueDifference(expected, actual)).toBeUndefined();
  });

  it.each<[unknown, unknown, string]>([
    [
      { at: new Date(1000) },
      { at: new Date(2000) },
      "$.at: expected Date(1970-01-01T00:00:01.000Z), got Date",
    ],
    [{ b: bytes("hi") }, { b: bytes("ho") }, "$.b: expected bytes(hi), got bytes(ho)"],
    [{ b: bytes("hi") }, { b: "hi" }, "$.b: expected bytes(hi), got"],
    [{ a: 1 }, {}, "$.a: expected 1, got nothing"],
    [{}, { a: null }, "$: unexpected a=null"],
    [{ n: Number.NaN }, { n: 0 }, "$.n: expected NaN, got 0"],
  ])("%o differs from %o", (expected, actual, message) => {
    expect(valueDifference(expected, actual)).toContain(message);
  });
});
