import { MemoryStore } from "../src/store/memory-store.js";
import type { ApplicationRecord } from "../src/store/records.js";
import type { Scope } from "../src/store/store.js";

/**
 * For benchmarks: a memory store whose scans return copies of its records, so the engine never
 * recognizes an unchanged list page and builds and serializes every page afresh.
 */
export class CopyingMemoryStore extends MemoryStore {
  override scanApplications(scope: Scope, beforeSeq: number | undefined, limit: number): ApplicationRecord[] {
    return super.scanApplications(scope, beforeSeq, limit).map((r) => ({ ...r }));
  }
}
