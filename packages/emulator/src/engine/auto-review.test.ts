import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { application } from "../../test/store-contract.js";
import { MemoryStore } from "../store/memory-store.js";
import type { ApplicationRecord } from "../store/records.js";
import { type AutoReviewer, type AutoReviewOptions, createAutoReviewer } from "./auto-review.js";
import type { ReviewDecision } from "./reviewer.js";

const AFTER_MS = 1000;

interface Harness {
  store: MemoryStore;
  reviews: [string, string, ReviewDecision][];
  errors: unknown[];
  open(policy?: AutoReviewOptions | null, review?: (id: string) => void): AutoReviewer;
  /** An application already moved to IN_REVIEW by a Submit (as the engine saves it). */
  submittedApp(id: string, revision?: string): ApplicationRecord;
}

function harness(): Harness {
  const store = new MemoryStore();
  const reviews: Harness["reviews"] = [];
  const errors: unknown[] = [];
  return {
    store,
    reviews,
    errors,
    open: (policy = { afterMs: AFTER_MS }, review) =>
      createAutoReviewer({
        policy: policy ?? undefined,
        store,
        now: () => Date.now(),
        review: (catalog, id, decision) => {
          review?.(id);
          reviews.push([catalog, id, decision]);
          // What the reviewer does: a new revision and status.
          const current = store.getApplication(catalog, id);
          if (current)
            store.putApplication({ ...current, status: decision.status, revision: `${id}-reviewed` });
        },
        onError: (error) => errors.push(error),
      }),
    submittedApp: (id, revision = `${id}-r1`) =>
      store.putApplication({
        ...(store.getApplication("AWS", id) ?? application(id)),
        status: "IN_REVIEW",
        revision,
      }),
  };
}

let h: Harness;
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  h = harness();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("auto review", () => {
  it("records the submit and applies the decision once, afterMs later", () => {
    const auto = h.open({ afterMs: AFTER_MS, decision: "REJECTED", stage: "FINAL", statusReason: "No" });
    auto.submitted(h.submittedApp("benappl-a"));
    expect(h.store.listPendingReviews()).toEqual([
      { catalog: "AWS", id: "benappl-a", revision: "benappl-a-r1", submittedAt: 1_000_000 },
    ]);
    vi.advanceTimersByTime(AFTER_MS - 1);
    expect(h.reviews).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(h.reviews).toEqual([
      ["AWS", "benappl-a", { status: "REJECTED", stage: "FINAL", statusReason: "No" }],
    ]);
    expect(h.store.listPendingReviews()).toEqual([]);
    vi.advanceTimersByTime(10 * AFTER_MS);
    expect(h.reviews).toHaveLength(1);
  });

  it.each([
    // [name, submitted this long before the restart, fires this long after it]
    ["due later: the remaining time", 300, 700],
    ["due exactly now: at once", AFTER_MS, 0],
    ["overdue: at once", 5 * AFTER_MS, 0],
  ])("resume re-arms from the stored submit time (%s)", (_name, age, firesAfter) => {
    const app = h.submittedApp("benappl-r");
    h.store.putPendingReview({
      catalog: "AWS",
      id: app.id,
      revision: app.revision,
      submittedAt: Date.now() - age,
    });
    const auto = h.open();
    auto.resume();
    expect(auto.armed).toBe(1);
    if (firesAfter > 0) {
      vi.advanceTimersByTime(firesAfter - 1);
      expect(h.reviews).toEqual([]);
    }
    vi.advanceTimersByTime(firesAfter > 0 ? 1 : 0);
    expect(h.reviews.map(([, id, d]) => [id, d.status])).toEqual([["benappl-r", "APPROVED"]]);
    expect(auto.armed).toBe(0);
  });

  it.each<[string, (app: ApplicationRecord) => void]>([
    ["the revision changed since submit", (app) => h.store.putApplication({ ...app, revision: "other" })],
    ["the status is no longer IN_REVIEW", (app) => h.store.putApplication({ ...app, status: "APPROVED" })],
    [
      "another process took the pending review",
      (app) => h.store.takePendingReview(app.catalog, app.id, app.revision),
    ],
    ["the store was reset", () => h.store.clear()],
  ])("does not review when %s, and drops the pending review", (_name, change) => {
    const auto = h.open();
    const app = h.submittedApp("benappl-g");
    auto.submitted(app);
    change(app);
    vi.advanceTimersByTime(AFTER_MS);
    expect(h.reviews).toEqual([]);
    expect(h.store.listPendingReviews()).toEqual([]);
  });

  it("a resubmit replaces the armed review: one review, of the new revision, due from the new submit", () => {
    const auto = h.open();
    auto.submitted(h.submittedApp("benappl-s", "rev-1"));
    vi.advanceTimersByTime(600);
    auto.submitted(h.submittedApp("benappl-s", "rev-2"));
    expect(auto.armed).toBe(1);
    expect(h.store.listPendingReviews().map((p) => p.revision)).toEqual(["rev-2"]);
    vi.advanceTimersByTime(AFTER_MS - 1);
    expect(h.reviews).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(h.reviews.map(([, id]) => id)).toEqual(["benappl-s"]);
  });

  it("nothing fires after close, and nothing is armed after it", () => {
    const auto = h.open();
    auto.submitted(h.submittedApp("benappl-c1"));
    auto.close();
    expect(auto.armed).toBe(0);
    auto.submitted(h.submittedApp("benappl-c2"));
    auto.resume();
    vi.advanceTimersByTime(10 * AFTER_MS);
    expect(h.reviews).toEqual([]);
    expect(auto.armed).toBe(0);
    // The review stays pending for the next process.
    expect(h.store.listPendingReviews().map((p) => p.id)).toEqual(["benappl-c1"]);
  });

  it("cancel disarms the timers but keeps reviewing later submits", () => {
    const auto = h.open();
    auto.submitted(h.submittedApp("benappl-x1"));
    auto.cancel();
    auto.submitted(h.submittedApp("benappl-x2"));
    vi.advanceTimersByTime(AFTER_MS);
    expect(h.reviews.map(([, id]) => id)).toEqual(["benappl-x2"]);
  });

  it("without a policy, records nothing and re-arms nothing", () => {
    const app = h.submittedApp("benappl-n");
    h.store.putPendingReview({ catalog: "AWS", id: app.id, revision: app.revision, submittedAt: 0 });
    const auto = h.open(null);
    auto.submitted(h.submittedApp("benappl-n2"));
    auto.resume();
    vi.advanceTimersByTime(10 * AFTER_MS);
    expect(auto.armed).toBe(0);
    expect(h.reviews).toEqual([]);
    expect(h.store.listPendingReviews().map((p) => p.id)).toEqual(["benappl-n"]);
  });

  it("reports a failing review and drops it instead of retrying", () => {
    const auto = h.open(undefined, () => {
      throw new Error("reviewer broke");
    });
    auto.submitted(h.submittedApp("benappl-f"));
    vi.advanceTimersByTime(AFTER_MS);
    expect(h.errors).toEqual([new Error("reviewer broke")]);
    expect(h.store.listPendingReviews()).toEqual([]);
  });

  it("caps a delay beyond setTimeout's range instead of firing at once", () => {
    const auto = h.open({ afterMs: 2 ** 40 });
    auto.submitted(h.submittedApp("benappl-long"));
    vi.advanceTimersByTime(60_000);
    expect(h.reviews).toEqual([]);
    expect(auto.armed).toBe(1);
    auto.close();
  });
});
