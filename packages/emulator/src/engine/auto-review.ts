/**
 * Auto review (the `autoReview` option): what a reviewer would do, `afterMs` after a successful Submit.
 * Submit records a pending review in the store, in its own transaction, and arms a timer. On start the
 * engine re-arms the reviews an earlier process left (SQLite data directory): due `afterMs` after the
 * stored submit time, at once when already overdue. A review applies once: only by the caller that
 * takes the pending record from the store, and only while the application is still `IN_REVIEW` at the
 * revision Submit produced (a recall, a reviewer's move or any other change cancels it).
 * Timers never keep the process alive and never fire after `close`.
 */

import type { ApplicationRecord, PendingReviewRecord } from "../store/records.js";
import type { EmulatorStore } from "../store/store.js";
import type { ApplicationStatus } from "./api-types.js";
import type { Clock } from "./clock.js";
import type { ReviewDecision } from "./reviewer.js";

export interface AutoReviewOptions {
  /** Delay after a successful Submit before the decision is applied. */
  afterMs: number;
  /** The decision (default APPROVED, which creates allocations). */
  decision?: Extract<ApplicationStatus, "APPROVED" | "REJECTED" | "ACTION_REQUIRED">;
  stage?: string;
  statusReason?: string;
}

export interface AutoReviewDeps {
  policy: AutoReviewOptions | undefined;
  store: EmulatorStore;
  now: Clock;
  /** Applies the decision (the reviewer API); runs inside the store transaction that took the record. */
  review(catalog: string, id: string, decision: ReviewDecision): void;
  /** Receives a review that failed (the pending record is dropped, not retried). */
  onError?(error: unknown): void;
}

export interface AutoReviewer {
  /** Records and arms the review of an application Submit just saved; a no-op without a policy. */
  submitted(record: ApplicationRecord): void;
  /** Arms every pending review in the store (those of an earlier process); a no-op without a policy. */
  resume(): void;
  /** Number of armed timers. */
  readonly armed: number;
  /** Disarms every timer (`reset`; the store's pending records are cleared with the rest). */
  cancel(): void;
  /** Disarms every timer for good: nothing fires or is armed after this. */
  close(): void;
}

/** setTimeout's largest delay; longer ones would fire at once. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export function createAutoReviewer(deps: AutoReviewDeps): AutoReviewer {
  const { policy, store, now } = deps;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let closed = false;

  const decision = (auto: AutoReviewOptions): ReviewDecision => ({
    status: auto.decision ?? "APPROVED",
    ...(auto.stage !== undefined ? { stage: auto.stage } : {}),
    ...(auto.statusReason !== undefined ? { statusReason: auto.statusReason } : {}),
  });

  const fire = (auto: AutoReviewOptions, pending: PendingReviewRecord): void => {
    if (closed) return;
    const { catalog, id, revision } = pending;
    try {
      store.transaction(() => {
        // Whoever takes the record reviews; a resubmit (new revision) or an earlier review took it already.
        if (!store.takePendingReview(catalog, id, revision)) return;
        const current = store.getApplication(catalog, id);
        if (current?.revision !== revision || current.status !== "IN_REVIEW") return;
        deps.review(catalog, id, decision(auto));
      });
    } catch (error) {
      // The transaction rolled back: drop the record so a restart does not retry a failing review forever.
      store.transaction(() => store.takePendingReview(catalog, id, revision));
      deps.onError?.(error);
    }
  };

  const arm = (auto: AutoReviewOptions, pending: PendingReviewRecord): void => {
    if (closed) return;
    const key = `${pending.catalog}/${pending.id}`;
    const previous = timers.get(key);
    if (previous !== undefined) clearTimeout(previous);
    const delay = Math.min(Math.max(0, pending.submittedAt + auto.afterMs - now()), MAX_DELAY_MS);
    const timer = setTimeout(() => {
      if (timers.get(key) === timer) timers.delete(key);
      fire(auto, pending);
    }, delay);
    // Node: never keep the process alive for a review (browsers return a number, without unref).
    (timer as { unref?: () => void }).unref?.();
    timers.set(key, timer);
  };

  const cancel = () => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  };

  return {
    submitted: (record) => {
      if (!policy || closed) return;
      const pending = {
        catalog: record.catalog,
        id: record.id,
        revision: record.revision,
        submittedAt: now(),
      };
      store.putPendingReview(pending);
      arm(policy, pending);
    },
    resume: () => {
      if (!policy || closed) return;
      for (const pending of store.listPendingReviews()) arm(policy, pending);
    },
    get armed() {
      return timers.size;
    },
    cancel,
    close: () => {
      closed = true;
      cancel();
    },
  };
}
