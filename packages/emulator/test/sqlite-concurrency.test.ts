import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { activeBenefit, createDraft, setup, token } from "./helpers.js";

const sqliteEmulator = () =>
  setup({
    store: createSqliteStore({ dataDir: mkdtempSync(join(tmpdir(), "pc-emulator-")) }),
    faults: { seed: 5, all: { latencyMs: [0, 3] } },
  });

describe("concurrency on the SQLite store", () => {
  it("50 parallel creates with one token make one application", async () => {
    const em = sqliteEmulator();
    const input = { Catalog: "AWS", ClientToken: "one", BenefitIdentifier: activeBenefit(em).id };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => em.handlers.CreateBenefitApplication(input)),
    );
    expect(new Set(results.map((r) => r.Id)).size).toBe(1);
    expect(
      (await em.handlers.ListBenefitApplications({ Catalog: "AWS" })).BenefitApplicationSummaries,
    ).toHaveLength(1);
    em.close();
  });

  it("20 parallel updates on one revision: exactly one success", async () => {
    const em = sqliteEmulator();
    const app = await createDraft(em);
    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        em.handlers.UpdateBenefitApplication({
          Catalog: "AWS",
          ClientToken: token(),
          Identifier: app.id,
          Revision: app.revision,
          Name: `n${i}`,
        }),
      ),
    );
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    expect(
      settled.filter((s) => s.status === "rejected" && (s.reason as Error).name === "ConflictException"),
    ).toHaveLength(19);
    em.close();
  });

  it("pages have no duplicates or gaps while others insert concurrently", async () => {
    const em = sqliteEmulator();
    const benefit = activeBenefit(em);
    const create = () =>
      em.handlers.CreateBenefitApplication({
        Catalog: "AWS",
        ClientToken: token(),
        BenefitIdentifier: benefit.id,
      });
    const initial = (await Promise.all(Array.from({ length: 60 }, create))).map((r) => r.Id);
    const seen: string[] = [];
    let next: string | undefined;
    do {
      const [page] = await Promise.all([
        em.handlers.ListBenefitApplications({ Catalog: "AWS", MaxResults: 7, NextToken: next }),
        create(),
        create(),
      ]);
      seen.push(...(page.BenefitApplicationSummaries ?? []).map((s) => s.Id ?? ""));
      next = page.NextToken;
    } while (next);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of initial) expect(seen).toContain(id);
    em.close();
  });
});
