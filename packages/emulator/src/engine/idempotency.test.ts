import { ConflictException } from "@pc-benefits/protocol/models";
import { describe, expect, it } from "vitest";
import { MemoryStore } from "../store/memory-store.js";
import { IdempotencyRegistry } from "./idempotency.js";

const scope = { operation: "Op", catalog: "AWS", account: "1", token: "t" };

describe("IdempotencyRegistry", () => {
  it.each([
    ["same request (key order irrelevant)", { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, "replay"],
    ["different value", { a: 1 }, { a: 2 }, "conflict"],
    ["extra member", { a: 1 }, { a: 1, c: 3 }, "conflict"],
    ["undefined member ignored", { a: 1 }, { a: 1, c: undefined }, "replay"],
  ])("%s -> %s", (_name, first, second, expected) => {
    let now = 0;
    const registry = new IdempotencyRegistry(new MemoryStore(), 100, () => now);
    let runs = 0;
    const run = (request: unknown) => registry.run(scope, request, () => ({ n: ++runs }));
    expect(run(first)).toEqual({ n: 1 });
    if (expected === "replay") {
      expect(run(second)).toEqual({ n: 1 });
      now = 100;
      expect(run(second)).toEqual({ n: 2 });
    } else {
      expect(() => run(second)).toThrow(ConflictException);
      expect(runs).toBe(1);
    }
  });

  it("does not record a failed execution", () => {
    const registry = new IdempotencyRegistry(new MemoryStore(), 100, () => 0);
    expect(() =>
      registry.run(scope, {}, () => {
        throw new Error("fail");
      }),
    ).toThrow("fail");
    expect(registry.run(scope, {}, () => "ok")).toBe("ok");
  });
});
