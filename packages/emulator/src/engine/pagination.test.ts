import { ValidationException } from "@pc-benefits/protocol/models";
import { describe, expect, it } from "vitest";
import { PageTokens } from "./pagination.js";

describe("PageTokens", () => {
  const tokens = new PageTokens("secret");
  const hash = PageTokens.filterHash("ListX", { Catalog: "AWS", Status: ["A"] });

  it("round-trips the cursor", () => {
    for (const cursor of [0, 1, 42, 2 ** 40])
      expect(tokens.decode(tokens.encode(cursor, hash), hash)).toBe(cursor);
  });

  it.each([
    ["issued here", (t: PageTokens) => t],
    ["issued by another instance with the same secret", () => new PageTokens("secret")],
  ])("accepts a token %s, again and again, only for its filters", (_name, decoder) => {
    const token = tokens.encode(7, hash);
    const reader = decoder(tokens);
    expect(reader.decode(token, hash)).toBe(7);
    expect(reader.decode(token, hash)).toBe(7);
    expect(() => reader.decode(token, PageTokens.filterHash("ListY", {}))).toThrow(ValidationException);
    expect(() => reader.decode(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, hash)).toThrow(
      ValidationException,
    );
  });

  it("hashes filters canonically (key order does not matter)", () => {
    expect(PageTokens.filterHash("ListX", { Status: ["A"], Catalog: "AWS" })).toBe(hash);
    expect(PageTokens.filterHash("ListY", { Catalog: "AWS", Status: ["A"] })).not.toBe(hash);
  });

  it.each([
    ["other filters", (t: string) => t, PageTokens.filterHash("ListX", { Catalog: "Sandbox" })],
    ["another secret", (t: string) => new PageTokens("other").encode(5, hash) + t.slice(0, 0), hash],
    ["a changed body", (t: string) => `${t.slice(0, 2)}${t[2] === "x" ? "y" : "x"}${t.slice(3)}`, hash],
    ["no signature", (t: string) => t.slice(0, t.indexOf(".")), hash],
    ["too long", (t: string) => t + "a".repeat(2100), hash],
    ["empty", () => "", hash],
  ])("rejects a token with %s", (_name, tamper, expectedHash) => {
    const token = tamper(tokens.encode(5, hash));
    let error: unknown;
    try {
      tokens.decode(token, expectedHash);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationException);
    expect((error as ValidationException).name).toBe("ValidationException");
  });
});
