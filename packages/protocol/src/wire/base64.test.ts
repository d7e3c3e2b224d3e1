import { describe, expect, it } from "vitest";
import { base64ByteLength, decodeBase64, encodeBase64, isBase64 } from "./base64.js";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("base64", () => {
  it.each<[string, Uint8Array, string]>([
    ["empty", bytes(), ""],
    ["one byte (two pads)", bytes(0), "AA=="],
    ["two bytes (one pad)", bytes(0xff, 0xfe), "//4="],
    ["three bytes (no pad)", bytes(0, 1, 254), "AAH+"],
    ["text", new TextEncoder().encode("hi there"), "aGkgdGhlcmU="],
  ])("%s", (_name, data, text) => {
    expect(encodeBase64(data)).toBe(text);
    expect(decodeBase64(text)).toEqual(data);
    expect(isBase64(text)).toBe(true);
    expect(base64ByteLength(text)).toBe(data.length);
  });

  it("encodes a blob larger than one chunk", () => {
    const big = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(decodeBase64(encodeBase64(big))).toEqual(big);
  });

  it.each(["AA=", "A", "AA==AA==", "a b=", "AA-_"])("rejects %j", (text) => {
    expect(isBase64(text)).toBe(false);
  });
});
