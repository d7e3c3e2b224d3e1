import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { appendContentEncoding, gzip } from "./compression.js";

describe("gzip", () => {
  it("writes gzip that zlib reads back", async () => {
    const text = "protocol ".repeat(1000);
    const compressed = await gzip(new TextEncoder().encode(text));
    expect([compressed[0], compressed[1]]).toEqual([0x1f, 0x8b]);
    expect(compressed.length).toBeLessThan(text.length);
    expect(gunzipSync(compressed).toString("utf8")).toBe(text);
  });
});

describe("appendContentEncoding", () => {
  it.each([
    [undefined, "gzip"],
    ["", "gzip"],
    ["custom", "custom, gzip"],
    ["br, custom", "br, custom, gzip"],
  ])("%j -> %j", (current, expected) => {
    expect(appendContentEncoding(current, "gzip")).toBe(expected);
  });
});
