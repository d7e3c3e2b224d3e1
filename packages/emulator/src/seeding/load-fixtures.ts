/**
 * Loading checked fixture records into a store, all or nothing: every ID is checked against the store
 * before the first write, inside one transaction.
 */

import type { EmulatorStore } from "../store/store.js";
import { type FixtureIssue, type FixtureRecords, FixturesError } from "./parse-fixtures.js";

/** Oldest first, so the store's insertion order (the lists' newest-first order) follows `createdAt`. */
const byCreatedAt = <R extends { createdAt: number }>(records: readonly R[]): R[] =>
  records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => a.record.createdAt - b.record.createdAt || a.index - b.index)
    .map(({ record }) => record);

/** Inserts the records; throws a `FixturesError` (and writes nothing) when an ID is already stored. */
export function loadFixtureRecords(store: EmulatorStore, records: FixtureRecords): void {
  store.transaction(() => {
    const clashes: FixtureIssue[] = [];
    for (const app of records.applications) {
      if (store.getApplication(app.catalog, app.id)) {
        clashes.push({
          path: records.origins.get(`${app.catalog}/${app.id}`) ?? "fixtures",
          message: `benefit application ${app.id} already exists in catalog ${app.catalog}`,
        });
      }
    }
    for (const allocation of records.allocations) {
      if (store.getAllocation(allocation.catalog, allocation.id)) {
        clashes.push({
          path: records.origins.get(`${allocation.catalog}/${allocation.id}`) ?? "fixtures",
          message: `benefit allocation ${allocation.id} already exists in catalog ${allocation.catalog}`,
        });
      }
    }
    if (clashes.length > 0) throw new FixturesError(clashes);
    for (const app of byCreatedAt(records.applications)) store.putApplication(app);
    for (const allocation of byCreatedAt(records.allocations)) store.putAllocation(allocation);
  });
}
