import { describe, expect, it } from "vitest";
import type { ApplicationRecord } from "../src/store/records.js";
import type { EmulatorStore } from "../src/store/store.js";

export function application(id: string, account = "111111111111", catalog = "AWS"): ApplicationRecord {
  return {
    seq: 0,
    id,
    account,
    catalog,
    benefitId: "ben-00000000000000",
    programs: ["MAP"],
    fulfillmentTypes: ["CASH"],
    status: "PENDING_SUBMISSION",
    createdAt: 1,
    updatedAt: 1,
    revision: "r1",
    associatedResources: [],
    files: [],
    tags: {},
    details: { nested: { a: [1, 2] } },
  };
}

/** The behaviour every EmulatorStore must have. */
export function describeStoreContract(name: string, open: () => EmulatorStore) {
  describe(`${name}: store contract`, () => {
    it("assigns increasing seqs, gets, replaces", () => {
      const store = open();
      const a = store.putApplication(application("benappl-a"));
      const b = store.putApplication(application("benappl-b"));
      expect(b.seq).toBeGreaterThan(a.seq);
      expect(store.getApplication("AWS", "benappl-a")).toEqual(a);
      store.putApplication({ ...a, status: "IN_REVIEW" });
      expect(store.getApplication("AWS", "benappl-a")?.status).toBe("IN_REVIEW");
      expect(store.getApplication("Sandbox", "benappl-a")).toBeUndefined();
      expect(() => store.putApplication(application("benappl-a"))).toThrow();
      store.close();
    });

    it("scans one scope, highest seq first, from a cursor", () => {
      const store = open();
      const seqs: number[] = [];
      for (let i = 0; i < 10; i++) seqs.push(store.putApplication(application(`benappl-${i}`)).seq);
      store.putApplication(application("benappl-other", "222222222222"));
      store.putApplication(application("benappl-sbx", "111111111111", "Sandbox"));
      const scope = { account: "111111111111", catalog: "AWS" };
      expect(store.scanApplications(scope, undefined, 3).map((r) => r.id)).toEqual([
        "benappl-9",
        "benappl-8",
        "benappl-7",
      ]);
      expect(store.scanApplications(scope, seqs[3], 10).map((r) => r.id)).toEqual([
        "benappl-2",
        "benappl-1",
        "benappl-0",
      ]);
      expect(store.countApplications(scope)).toBe(10);
      store.close();
    });

    it("keeps tokens and meta; clear drops records and tokens", () => {
      const store = open();
      store.putToken({ key: "k", fingerprint: "f", response: { Id: "x" }, expiresAt: 10 });
      expect(store.getToken("k")).toEqual({
        key: "k",
        fingerprint: "f",
        response: { Id: "x" },
        expiresAt: 10,
      });
      store.purgeTokens(10);
      expect(store.getToken("k")).toBeUndefined();
      store.setMeta("seed", "s");
      store.putApplication(application("benappl-z"));
      store.transaction(() => store.clear());
      expect(store.getApplication("AWS", "benappl-z")).toBeUndefined();
      expect(store.getMeta("seed")).toBe("s");
      store.close();
    });

    it("rolls back a failed transaction", () => {
      const store = open();
      expect(() =>
        store.transaction(() => {
          store.putApplication(application("benappl-rollback"));
          throw new Error("boom");
        }),
      ).toThrow("boom");
      // In memory there is no rollback: only the SQLite store promises it.
      if (name.startsWith("sqlite")) expect(store.getApplication("AWS", "benappl-rollback")).toBeUndefined();
      store.close();
    });
  });
}
