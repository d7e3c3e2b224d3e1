/**
 * The storage interface. Every method is synchronous, and `transaction` runs its callback
 * atomically: the engine does its read-check-write inside one transaction, so concurrent requests
 * (interleaving only at `await` points) can never both win the same revision or token.
 */

import type { AllocationRecord, ApplicationRecord, TokenRecord } from "./records.js";

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

  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;

  /** Deletes every record (used by `reset`). */
  clear(): void;
  close(): void;
}
