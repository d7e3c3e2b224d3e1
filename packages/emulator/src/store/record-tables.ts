/**
 * The application and allocation methods of {@link EmulatorStore}, the same for every store: each hands the
 * call to the store's table of that kind of record.
 */

import type { AllocationRecord, ApplicationRecord } from "./records.js";
import type { EmulatorStore, Scope } from "./store.js";

/** Records of one kind, as a store keeps them (each method promises what the store's method of it does). */
export interface RecordTable<R> {
  get(catalog: string, id: string): R | undefined;
  put(record: R): R;
  scan(scope: Scope, beforeSeq: number | undefined, limit: number): R[];
  count(scope: Scope): number;
}

type RecordMethods =
  | "getApplication"
  | "putApplication"
  | "scanApplications"
  | "countApplications"
  | "getAllocation"
  | "putAllocation"
  | "scanAllocations";

/** A store's record methods over its two tables; the store adds tokens, reviews, meta and transactions. */
export abstract class RecordTables implements Pick<EmulatorStore, RecordMethods> {
  protected abstract readonly applications: RecordTable<ApplicationRecord>;
  protected abstract readonly allocations: RecordTable<AllocationRecord>;

  getApplication(catalog: string, id: string): ApplicationRecord | undefined {
    return this.applications.get(catalog, id);
  }
  putApplication(record: ApplicationRecord): ApplicationRecord {
    return this.applications.put(record);
  }
  scanApplications(scope: Scope, beforeSeq: number | undefined, limit: number): ApplicationRecord[] {
    return this.applications.scan(scope, beforeSeq, limit);
  }
  countApplications(scope: Scope): number {
    return this.applications.count(scope);
  }

  getAllocation(catalog: string, id: string): AllocationRecord | undefined {
    return this.allocations.get(catalog, id);
  }
  putAllocation(record: AllocationRecord): AllocationRecord {
    return this.allocations.put(record);
  }
  scanAllocations(scope: Scope, beforeSeq: number | undefined, limit: number): AllocationRecord[] {
    return this.allocations.scan(scope, beforeSeq, limit);
  }
}
