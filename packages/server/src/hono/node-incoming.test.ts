import { describe, expect, it } from "vitest";
import { incomingHeaders, type NodeIncoming, nodeIncoming } from "./node-incoming.js";

const incoming = (rawHeaders: string[]): NodeIncoming => ({
  rawHeaders,
  on: () => undefined,
  removeAllListeners: () => undefined,
  resume: () => undefined,
});

/** What a fetch `Headers` built from the same raw headers answers, read the way the dispatcher reads it. */
function viaHeaders(raw: string[]): Record<string, string> {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] ?? "", raw[i + 1] ?? "");
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

describe("incomingHeaders", () => {
  it.each<[string, string[], Record<string, string>]>([
    [
      "names lower-cased",
      ["Content-Type", "application/x-amz-json-1.0", "X-Amz-Target", "S.Op"],
      { "content-type": "application/x-amz-json-1.0", "x-amz-target": "S.Op" },
    ],
    ["repeated headers joined", ["X-A", "1", "x-a", "2"], { "x-a": "1, 2" }],
    ["set-cookie: the last one", ["Set-Cookie", "a=1", "Set-Cookie", "b=2"], { "set-cookie": "b=2" }],
    ["surrounding whitespace trimmed", ["X-A", " \t1 2\t "], { "x-a": "1 2" }],
    ["empty values kept", ["X-A", ""], { "x-a": "" }],
  ])("%s", (_name, raw, expected) => {
    expect(incomingHeaders(incoming(raw))).toEqual(expected);
    expect(incomingHeaders(incoming(raw))).toEqual(viaHeaders(raw));
  });

  it("leaves HTTP/2 pseudo-headers out", () => {
    expect(incomingHeaders(incoming([":path", "/", "host", "h"]))).toEqual({ host: "h" });
  });
});

describe("nodeIncoming", () => {
  it.each<[string, unknown, boolean]>([
    ["a Node request", { incoming: incoming([]) }, true],
    ["no env", undefined, false],
    ["an env without incoming", {}, false],
    ["an incoming without raw headers", { incoming: { on() {}, resume() {} } }, false],
  ])("%s", (_name, env, found) => {
    expect(nodeIncoming(env) !== undefined).toBe(found);
  });
});
