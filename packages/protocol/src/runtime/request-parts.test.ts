import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, nestsDeeperThan, parseBody } from "./request-parts.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("nestsDeeperThan", () => {
  it.each<[string, string, number, boolean]>([
    ["flat object", '{"a":1}', 1, false],
    ["two levels, limit 1", '{"a":[1]}', 1, true],
    ["two levels, limit 2", '{"a":[1]}', 2, false],
    ["brackets inside strings do not count", '{"a":"[[[{{{"}', 1, false],
    ["escaped quotes keep the string open", '{"a":"\\"[[["}', 1, false],
    ["siblings do not add up", "[[],[],[]]", 2, false],
  ])("%s", (_name, text, limit, expected) => {
    expect(nestsDeeperThan(text, limit)).toBe(expected);
  });
});

describe("parseBody", () => {
  it.each<[string, string, string]>([
    ["too deep", `{"a":${"[".repeat(MAX_JSON_DEPTH)}${"]".repeat(MAX_JSON_DEPTH)}}`, "nests deeper than 100"],
    ["not JSON", "{", "not valid JSON"],
    ["not an object", "[]", "must be a JSON object"],
  ])("rejects a body %s", (_name, text, message) => {
    const parsed = parseBody(bytes(text));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it("accepts the deepest allowed body and reads an empty one as {}", () => {
    const deepest = `${"[".repeat(MAX_JSON_DEPTH - 1)}${"]".repeat(MAX_JSON_DEPTH - 1)}`;
    expect(parseBody(bytes(`{"a":${deepest}}`))).toEqual({ ok: true, value: { a: JSON.parse(deepest) } });
    expect(parseBody(bytes(""))).toEqual({ ok: true, value: {} });
  });

  it("rejects bytes that are not UTF-8", () => {
    expect(parseBody(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toEqual({
      ok: false,
      message: "Request body is not valid UTF-8",
    });
  });
});
