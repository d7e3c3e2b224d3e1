import { describe, expect, it } from "vitest";
import { abortError, isAbortError, sleep } from "./abort.js";

describe("sleep", () => {
  it("resolves after the delay", async () => {
    const start = Date.now();
    await sleep(20);
    expect(Date.now() - start).toBeGreaterThanOrEqual(15);
  });

  it("rejects at once for an aborted signal", async () => {
    await expect(sleep(10_000, AbortSignal.abort())).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects when the signal aborts mid-sleep", async () => {
    const controller = new AbortController();
    const start = Date.now();
    const slept = sleep(10_000, controller.signal);
    setTimeout(() => controller.abort(), 10);
    await expect(slept).rejects.toMatchObject({ name: "AbortError", message: "Request aborted" });
    expect(Date.now() - start).toBeLessThan(1_000);
  });
});

describe("abortError", () => {
  it("keeps the reason's message and cause", () => {
    const reason = new Error("user left");
    const controller = new AbortController();
    controller.abort(reason);
    const e = abortError(controller.signal);
    expect(e).toMatchObject({ name: "AbortError", message: "user left", cause: reason });
    expect(isAbortError(e)).toBe(true);
    expect(isAbortError(new Error("x"))).toBe(false);
  });
});
