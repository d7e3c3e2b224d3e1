import { describe, expect, it } from "vitest";
import { HostLabelError, resolveHostPrefix } from "./host-prefix.js";

describe("resolveHostPrefix", () => {
  it.each([
    ["foo.", {}, "foo."],
    ["foo.{label}.", { label: "bar" }, "foo.bar."],
    ["{a}-{b}.", { a: "x", b: "y-z" }, "x-y-z."],
    ["{label}.", { label: "a.b" }, "a.b."],
  ])("%s with %j is %s", (template, input, expected) => {
    expect(resolveHostPrefix(template, input)).toBe(expected);
  });

  it.each([
    [{}, /is required/],
    [{ label: "" }, /is required/],
    [{ label: 7 }, /is required/],
    [{ label: "a b" }, /not a valid host name part/],
    [{ label: "-a" }, /not a valid host name part/],
    [{ label: "a..b" }, /not a valid host name part/],
    [{ label: "x".repeat(64) }, /not a valid host name part/],
  ])("rejects %j", (input, message) => {
    expect(() => resolveHostPrefix("{label}.", input)).toThrow(HostLabelError);
    expect(() => resolveHostPrefix("{label}.", input)).toThrow(message);
  });
});
