import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "./edit-distance.js";

describe("boundedEditDistance", () => {
  it.each<[string, string, number, number]>([
    ["ex#Foo", "ex#Foo", 2, 0],
    ["ex#Appe", "ex#Aple", 2, 1],
    ["ex#Foo", "ex#Fooba", 2, 2],
    ["ex#Foo", "ex#Foobar", 2, -1],
    ["abc", "xyz", 2, -1],
    ["", "ab", 2, 2],
  ])("%s vs %s (max %i) = %i", (a, b, max, expected) => {
    expect(boundedEditDistance(a, b, max)).toBe(expected);
  });
});
