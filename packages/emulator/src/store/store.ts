/**
 * The storage interface. Every method is synchronous, and `transaction` runs its callback
 * atomically: the engine does its read-check-write inside one transaction, so concurrent requests
 * (interleaving only at `await` points) can never both win the same revision or token.
 */

import type { AllocationRecord, ApplicationRecord, PendingReviewRecord, TokenRecord } from "./records.js";

/** Which records a scan reads: one account's records in one catalog. */
export interface Scope {
  account: string;
  catalog: string;
}

export interface EmulatorStore {
  /** Runs `fn` atomically (a SQLite transaction; in memory, a synchronous block). */
  transaction<T>(fn: () => T): T;

  getApplication(catalog: string, id: string): ApplicationRecord | undefined;
  /** Inserts when `seq` is 0 (assigning the next sequence number), else replaces; returns the stored record. */
  putApplication(record: ApplicationRecord): ApplicationRecord;
  /** Up to `limit` records of the scope with `seq < beforeSeq` (all when undefined), highest seq first. */
  scanApplications(scope: Scope, beforeSeq: number | undefined, limit: number): ApplicationRecord[];
  countApplications(scope: Scope): number;

  getAllocation(catalog: string, id: string): AllocationRecord | undefined;
  putAllocation(record: AllocationRecord): AllocationRecord;
  scanAllocations(scope: Scope, beforeSeq: number | undefined, limit: number): AllocationRecord[];

  getToken(key: string): TokenRecord | undefined;
  putToken(record: TokenRecord): void;
  /** Drops tokens whose `expiresAt` is at or before `now`. */
  purgeTokens(now: number): void;

  /** Records an armed auto review; replaces the one of the same application (a resubmit). */
  putPendingReview(record: PendingReviewRecord): void;
  /**
   * Removes the application's pending review if it is still the one armed at `revision`; true when it
   * did. The engine applies a review only after winning this compare-and-delete, so never twice.
   */
  takePendingReview(catalog: string, id: string, revision: string): boolean;
  /** Every pending review, oldest submit first (to re-arm them on start). */
  listPendingReviews(): PendingReviewRecord[];

  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;

  /** Deletes every record, token and pending review (used by `reset`); meta stays. */
  clear(): void;
  close(): void;
}
