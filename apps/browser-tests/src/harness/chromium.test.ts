import { describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, findChromium } from "./chromium.js";

describe("findChromium", () => {
  const installed = new Set(["/usr/bin/chromium", "/opt/chrome/chrome"]);
  const exists = (path: string) => installed.has(path);

  it.each([
    ["Debian's Chromium by default", {}, "/usr/bin/chromium"],
    ["CHROMIUM_PATH when it exists", { CHROMIUM_PATH: "/opt/chrome/chrome" }, "/opt/chrome/chrome"],
    ["nothing when CHROMIUM_PATH is absent", { CHROMIUM_PATH: "/nowhere/chromium" }, undefined],
    ["the default when CHROMIUM_PATH is empty", { CHROMIUM_PATH: "" }, "/usr/bin/chromium"],
  ])("finds %s", (_name, env, expected) => {
    expect(findChromium(env, exists)).toBe(expected);
  });

  it("finds nothing on a machine without Chromium", () => {
    expect(findChromium({}, () => false)).toBeUndefined();
    expect(DEFAULT_CHROMIUM_PATH).toBe("/usr/bin/chromium");
  });
});

describe("CHROMIUM_ARGS", () => {
  it("runs headless, sandbox-free and off the network but for the loopback page server", () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic"]),
    );
    expect(CHROMIUM_ARGS).toContain("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
  });
});
