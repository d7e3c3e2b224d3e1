import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryStore } from "./memory-store.js";
import type { PendingReviewRecord } from "./records.js";
import { createSqliteStore } from "./sqlite/sqlite-store.js";
import type { EmulatorStore } from "./store.js";

const tempDir = () => mkdtempSync(join(tmpdir(), "pc-emulator-"));

const pending = (id: string, revision: string, submittedAt: number): PendingReviewRecord => ({
  catalog: "AWS",
  id,
  revision,
  submittedAt,
});

const stores: [string, () => EmulatorStore][] = [
  ["memory", () => new MemoryStore()],
  ["sqlite", () => createSqliteStore({ dataDir: tempDir() })],
];

describe.each(stores)("%s store: pending auto reviews", (_name, open) => {
  it("lists them oldest submit first; a put for the same application replaces it", () => {
    const store = open();
    store.putPendingReview(pending("benappl-b", "b1", 20));
    store.putPendingReview(pending("benappl-a", "a1", 10));
    store.putPendingReview({ ...pending("benappl-a", "a1", 10), catalog: "Sandbox" });
    store.putPendingReview(pending("benappl-b", "b2", 30));
    expect(store.listPendingReviews()).toEqual([
      pending("benappl-a", "a1", 10),
      { ...pending("benappl-a", "a1", 10), catalog: "Sandbox" },
      pending("benappl-b", "b2", 30),
    ]);
    store.close();
  });

  it.each([
    ["the armed revision", "AWS", "r1", true],
    ["another revision", "AWS", "r0", false],
    ["another catalog", "Sandbox", "r1", false],
  ])("takes a pending review only at %s", (_row, catalog, revision, taken) => {
    const store = open();
    store.putPendingReview(pending("benappl-t", "r1", 1));
    expect(store.takePendingReview(catalog, "benappl-t", revision)).toBe(taken);
    expect(store.listPendingReviews()).toEqual(taken ? [] : [pending("benappl-t", "r1", 1)]);
    // Exactly once: a second take of the same review never succeeds.
    expect(store.takePendingReview("AWS", "benappl-t", "r1")).toBe(!taken);
    store.close();
  });

  it("clear drops them; meta stays", () => {
    const store = open();
    store.setMeta("seed", "s");
    store.putPendingReview(pending("benappl-c", "r1", 1));
    store.transaction(() => store.clear());
    expect(store.listPendingReviews()).toEqual([]);
    expect(store.getMeta("seed")).toBe("s");
    store.close();
  });
});

describe("sqlite store: pending auto reviews", () => {
  it("survive a reopen, and a rolled-back take leaves them in place", () => {
    const dataDir = tempDir();
    const first = createSqliteStore({ dataDir });
    first.putPendingReview(pending("benappl-k", "r1", 5));
    expect(() =>
      first.transaction(() => {
        first.takePendingReview("AWS", "benappl-k", "r1");
        throw new Error("review failed");
      }),
    ).toThrow("review failed");
    first.close();
    const second = createSqliteStore({ dataDir });
    expect(second.listPendingReviews()).toEqual([pending("benappl-k", "r1", 5)]);
    second.close();
  });
});
