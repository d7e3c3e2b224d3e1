import { describe, expect, it } from "vitest";
import { sampleForPattern } from "./pattern-sample.js";

describe("sampleForPattern", () => {
  it.each([
    ["^ben-[0-9a-z]{14}$", {}, "ben-0123456789abcd"],
    ["^(arn:.+|benappl-[0-9a-z]{14})$", {}, "benappl-0123456789abcd"],
    ["^(s3://|https://).*", {}, "https://a"],
    ["^[A-Za-z0-9_-]+$", {}, "A"],
    ["^[a-zA-Z0-9-]{1,64}$", { minLength: 3 }, "abc"],
    ["^[\\s\\S]{1,1000}$", {}, "a"],
    ["^[!-~]{1,64}$", {}, "0"],
    ["^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$", { minLength: 1 }, "a"],
    ["^a(?:b|c)?d$", {}, "acd"],
  ] as const)("%s %j gives %s", (pattern, range, expected) => {
    expect(sampleForPattern(pattern, range)).toBe(expected);
  });

  it.each([
    "^arn:aws:([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)$",
    "^arn:[\\w+=/,.@-]+:partnercentral:[\\w+=/,.@-]*:[0-9]{12}:catalog/([a-zA-Z]+)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$",
    "^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
  ])("matches %s", (pattern) => {
    expect(sampleForPattern(pattern)).toMatch(new RegExp(pattern, "u"));
  });

  it("keeps to the length range", () => {
    expect(sampleForPattern("^[a-z]+$", { minLength: 5, maxLength: 7 })).toHaveLength(6);
  });

  it.each([
    ["^[^a]$", "negated classes are not supported"],
    ["^(?=a)a$", "lookarounds and named groups are not supported"],
    ["^\\bx$", "unsupported escape \\b"],
    ["^\\p{Lu}$", "unsupported property escape \\p"],
    ["^a{2}$", "no sample of length 3 to 3 found"],
  ])("refuses %s: %s", (pattern, message) => {
    expect(() => sampleForPattern(pattern, { minLength: 3, maxLength: 3 })).toThrow(message);
  });
});
