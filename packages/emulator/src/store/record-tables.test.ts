import { describe, expect, it } from "vitest";
import { type RecordTable, RecordTables } from "./record-tables.js";
import type { AllocationRecord, ApplicationRecord } from "./records.js";

/** A table that answers each call with its own name, the method and the arguments. */
function recording<R>(name: string): RecordTable<R> {
  const answer = (method: string, args: unknown[]) => ({ table: name, method, args }) as never;
  return {
    get: (...args) => answer("get", args),
    put: (...args) => answer("put", args),
    scan: (...args) => answer("scan", args),
    count: (...args) => answer("count", args),
  };
}

class Store extends RecordTables {
  protected readonly applications = recording<ApplicationRecord>("applications");
  protected readonly allocations = recording<AllocationRecord>("allocations");
}

describe("RecordTables", () => {
  const store = new Store();
  const scope = { account: "111122223333", catalog: "AWS" };
  const record = { id: "x" } as never;

  it.each<[string, () => unknown, [string, string, unknown[]]]>([
    ["getApplication", () => store.getApplication("AWS", "a"), ["applications", "get", ["AWS", "a"]]],
    ["putApplication", () => store.putApplication(record), ["applications", "put", [record]]],
    ["scanApplications", () => store.scanApplications(scope, 5, 2), ["applications", "scan", [scope, 5, 2]]],
    ["countApplications", () => store.countApplications(scope), ["applications", "count", [scope]]],
    ["getAllocation", () => store.getAllocation("AWS", "b"), ["allocations", "get", ["AWS", "b"]]],
    ["putAllocation", () => store.putAllocation(record), ["allocations", "put", [record]]],
    [
      "scanAllocations",
      () => store.scanAllocations(scope, undefined, 3),
      ["allocations", "scan", [scope, undefined, 3]],
    ],
  ])("%s calls its table", (_name, call, [table, method, args]) => {
    expect(call()).toEqual({ table, method, args });
  });
});
