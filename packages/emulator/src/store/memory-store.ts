/** The default store: plain maps plus, per scope, an append-only seq index for keyset scans. */

import { type RecordTable, RecordTables } from "./record-tables.js";
import type { AllocationRecord, ApplicationRecord, PendingReviewRecord, TokenRecord } from "./records.js";
import type { EmulatorStore, Scope } from "./store.js";

interface Indexed {
  seq: number;
  id: string;
  account: string;
  catalog: string;
}

/** Records of one kind: by `catalog/id`, and per scope an array of ids in ascending seq order. */
class Table<R extends Indexed> implements RecordTable<R> {
  private readonly byId = new Map<string, R>();
  private readonly byScope = new Map<string, { seqs: number[]; ids: string[] }>();
  private nextSeq = 1;

  get(catalog: string, id: string): R | undefined {
    return this.byId.get(`${catalog}/${id}`);
  }

  put(record: R): R {
    const key = `${record.catalog}/${record.id}`;
    if (record.seq === 0) {
      if (this.byId.has(key)) throw new Error(`duplicate id ${record.id}`);
      const stored = { ...record, seq: this.nextSeq++ };
      const scopeKey = `${record.account}/${record.catalog}`;
      let index = this.byScope.get(scopeKey);
      if (!index) {
        index = { seqs: [], ids: [] };
        this.byScope.set(scopeKey, index);
      }
      index.seqs.push(stored.seq);
      index.ids.push(record.id);
      this.byId.set(key, stored);
      return stored;
    }
    if (!this.byId.has(key)) throw new Error(`unknown id ${record.id}`);
    this.byId.set(key, record);
    return record;
  }

  scan(scope: Scope, beforeSeq: number | undefined, limit: number): R[] {
    const index = this.byScope.get(`${scope.account}/${scope.catalog}`);
    if (!index) return [];
    // Binary search: position of the first seq >= beforeSeq; scan downwards from just before it.
    let lo = 0;
    let hi = index.seqs.length;
    if (beforeSeq !== undefined) {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((index.seqs[mid] ?? 0) < beforeSeq) lo = mid + 1;
        else hi = mid;
      }
    } else {
      lo = index.seqs.length;
    }
    const out: R[] = [];
    for (let i = lo - 1; i >= 0 && out.length < limit; i--) {
      const record = this.byId.get(`${scope.catalog}/${index.ids[i]}`);
      if (record) out.push(record);
    }
    return out;
  }

  count(scope: Scope): number {
    return this.byScope.get(`${scope.account}/${scope.catalog}`)?.seqs.length ?? 0;
  }

  clear(): void {
    this.byId.clear();
    this.byScope.clear();
  }
}

export class MemoryStore extends RecordTables implements EmulatorStore {
  protected readonly applications = new Table<ApplicationRecord>();
  protected readonly allocations = new Table<AllocationRecord>();
  private readonly tokens = new Map<string, TokenRecord>();
  private readonly meta = new Map<string, string>();
  private readonly pendingReviews = new Map<string, PendingReviewRecord>();

  transaction<T>(fn: () => T): T {
    // Single-threaded and synchronous: nothing can interleave with fn.
    return fn();
  }

  getToken(key: string): TokenRecord | undefined {
    return this.tokens.get(key);
  }
  putToken(record: TokenRecord): void {
    this.tokens.set(record.key, record);
  }
  purgeTokens(now: number): void {
    for (const [key, token] of this.tokens) if (token.expiresAt <= now) this.tokens.delete(key);
  }

  putPendingReview(record: PendingReviewRecord): void {
    const key = `${record.catalog}/${record.id}`;
    // Delete first: a replaced entry moves to the end, keeping the map in submit order.
    this.pendingReviews.delete(key);
    this.pendingReviews.set(key, { ...record });
  }
  takePendingReview(catalog: string, id: string, revision: string): boolean {
    const key = `${catalog}/${id}`;
    if (this.pendingReviews.get(key)?.revision !== revision) return false;
    return this.pendingReviews.delete(key);
  }
  listPendingReviews(): PendingReviewRecord[] {
    return [...this.pendingReviews.values()]
      .map((r) => ({ ...r }))
      .sort((a, b) => a.submittedAt - b.submittedAt);
  }

  getMeta(key: string): string | undefined {
    return this.meta.get(key);
  }
  setMeta(key: string, value: string): void {
    this.meta.set(key, value);
  }

  clear(): void {
    this.applications.clear();
    this.allocations.clear();
    this.tokens.clear();
    this.pendingReviews.clear();
  }

  close(): void {}
}
