import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../src/engine/create-emulator.js";
import { createSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { activeBenefit, applicationIn, errorOf, setup, token } from "./helpers.js";

async function createMany(em: Emulator, n: number, name = "app") {
  const benefit = activeBenefit(em);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const out = await em.handlers.CreateBenefitApplication({
      Catalog: "AWS",
      ClientToken: token(),
      BenefitIdentifier: benefit.id,
      Name: `${name}-${i}`,
    });
    ids.push(out.Id ?? "");
  }
  return ids;
}

describe("ListBenefitApplications pagination", () => {
  it("walks all pages with no duplicates or gaps while others insert", async () => {
    const em = setup();
    const initial = await createMany(em, 137);
    const seen: string[] = [];
    let next: string | undefined;
    let pages = 0;
    const inserted: string[] = [];
    do {
      const page = await em.handlers.ListBenefitApplications({
        Catalog: "AWS",
        MaxResults: 9,
        NextToken: next,
      });
      seen.push(...(page.BenefitApplicationSummaries ?? []).map((s) => s.Id ?? ""));
      next = page.NextToken;
      pages++;
      // Concurrent writers: new applications arrive between (and during) page reads.
      const [a, b] = await Promise.all([createMany(em, 1, "late"), createMany(em, 2, "later")]);
      inserted.push(...(a ?? []), ...(b ?? []));
    } while (next);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => initial.includes(id)).sort()).toEqual([...initial].sort());
    expect(seen.every((id) => initial.includes(id) || inserted.includes(id))).toBe(true);
    expect(pages).toBe(Math.ceil(137 / 9));
  });

  it("orders by CreatedAt descending (newest first)", async () => {
    const em = setup();
    const ids = await createMany(em, 5);
    const page = await em.handlers.ListBenefitApplications({ Catalog: "AWS" });
    expect(page.BenefitApplicationSummaries?.map((s) => s.Id)).toEqual([...ids].reverse());
    const times = page.BenefitApplicationSummaries?.map((s) => s.CreatedAt?.getTime() ?? 0) ?? [];
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("defaults MaxResults to 20 and omits NextToken on the last page", async () => {
    const em = setup();
    await createMany(em, 25);
    const first = await em.handlers.ListBenefitApplications({ Catalog: "AWS" });
    expect(first.BenefitApplicationSummaries).toHaveLength(20);
    const second = await em.handlers.ListBenefitApplications({ Catalog: "AWS", NextToken: first.NextToken });
    expect(second.BenefitApplicationSummaries).toHaveLength(5);
    expect(second.NextToken).toBeUndefined();
  });

  it.each([
    ["a flipped character", (t: string) => t.slice(0, 5) + (t[5] === "A" ? "B" : "A") + t.slice(6)],
    ["garbage", () => "not-a-token"],
    ["a truncated signature", (t: string) => t.slice(0, -2)],
    ["an empty body", (t: string) => t.slice(t.indexOf("."))],
  ])("a token with %s is a ValidationException", async (_name, tamper) => {
    const em = setup();
    await createMany(em, 3);
    const first = await em.handlers.ListBenefitApplications({ Catalog: "AWS", MaxResults: 1 });
    const error = await errorOf(
      em.handlers.ListBenefitApplications({
        Catalog: "AWS",
        MaxResults: 1,
        NextToken: tamper(first.NextToken ?? ""),
      }),
    );
    expect(error.name).toBe("ValidationException");
    expect(error.FieldList).toEqual([expect.objectContaining({ Name: "NextToken" })]);
  });

  it.each([
    ["other filters", { Status: ["PENDING_SUBMISSION" as const] }, undefined],
    ["another account", {}, "210987654321"],
  ])("a token is bound to its filters: reused with %s it is rejected", async (_n, filters, account) => {
    const em = setup();
    await createMany(em, 3);
    const first = await em.handlers.ListBenefitApplications({ Catalog: "AWS", MaxResults: 1 });
    const error = await errorOf(
      em.handlers.ListBenefitApplications(
        { Catalog: "AWS", MaxResults: 1, NextToken: first.NextToken, ...filters },
        account ? { accountId: account } : undefined,
      ),
    );
    expect(error.name).toBe("ValidationException");
  });

  it.each([0, 101, 1.5])("MaxResults %s is out of range", async (max) => {
    const em = setup();
    const error = await errorOf(em.handlers.ListBenefitApplications({ Catalog: "AWS", MaxResults: max }));
    expect(error.FieldList).toEqual([
      expect.objectContaining({ Name: "MaxResults", Code: "VALUE_OUT_OF_RANGE" }),
    ]);
  });
});

describe("list filters", () => {
  it("AND across filters, OR within one; caps give TOO_MANY_VALUES", async () => {
    const em = setup();
    const draft = await applicationIn(em, "PENDING_SUBMISSION");
    const review = await applicationIn(em, "IN_REVIEW");
    const h = em.handlers;
    const ids = async (input: Parameters<typeof h.ListBenefitApplications>[0]) =>
      ((await h.ListBenefitApplications(input)).BenefitApplicationSummaries ?? []).map((s) => s.Id).sort();
    expect(await ids({ Catalog: "AWS", Status: ["IN_REVIEW"] })).toEqual([review.id]);
    expect(await ids({ Catalog: "AWS", Stages: ["BUSINESS_REVIEW"] })).toEqual([review.id]);
    expect(await ids({ Catalog: "AWS", Programs: draft.benefit.programs })).toEqual(
      [draft.id, review.id].sort(),
    );
    expect(await ids({ Catalog: "AWS", Programs: ["NOPE"] })).toEqual([]);
    expect(
      await ids({ Catalog: "AWS", BenefitIdentifiers: [draft.benefit.id], Status: ["PENDING_SUBMISSION"] }),
    ).toEqual([draft.id]);
    const fts = draft.benefit.fulfillmentTypes;
    expect(await ids({ Catalog: "AWS", FulfillmentTypes: fts.slice(0, 2) })).toHaveLength(2);
    expect(
      await ids({
        Catalog: "AWS",
        AssociatedResourceArns: [
          "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1234567",
          "x",
        ],
      }),
    ).toHaveLength(2);
    const capped = await errorOf(
      h.ListBenefitApplications({ Catalog: "AWS", Status: ["IN_REVIEW", "APPROVED"] }),
    );
    expect(capped.FieldList).toEqual([expect.objectContaining({ Name: "Status", Code: "TOO_MANY_VALUES" })]);
  });

  it("ListBenefits filters and pages the static catalog", async () => {
    const em = setup();
    const all = em.benefits("AWS");
    const seen: string[] = [];
    let next: string | undefined;
    do {
      const page = await em.handlers.ListBenefits({ Catalog: "AWS", MaxResults: 5, NextToken: next });
      seen.push(...(page.BenefitSummaries ?? []).map((b) => b.Id ?? ""));
      next = page.NextToken;
    } while (next);
    expect(seen).toEqual(all.map((b) => b.id));
    const inactive = await em.handlers.ListBenefits({
      Catalog: "AWS",
      Status: ["INACTIVE"],
      MaxResults: 100,
    });
    expect(inactive.BenefitSummaries?.map((b) => b.Id)).toEqual(
      all.filter((b) => b.status === "INACTIVE").map((b) => b.id),
    );
    const map = await em.handlers.ListBenefits({ Catalog: "AWS", Programs: ["MAP"], MaxResults: 100 });
    expect(map.BenefitSummaries?.every((b) => b.Programs?.includes("MAP"))).toBe(true);
    expect(map.BenefitSummaries?.length).toBe(all.filter((b) => b.programs.includes("MAP")).length);
  });

  it("accounts never see each other's applications", async () => {
    const em = setup();
    const mine = await applicationIn(em, "PENDING_SUBMISSION");
    const other = { accountId: "210987654321" };
    const theirs = await em.handlers.ListBenefitApplications({ Catalog: "AWS" }, other);
    expect(theirs.BenefitApplicationSummaries).toEqual([]);
    const get = await errorOf(
      em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: mine.id }, other),
    );
    expect(get.name).toBe("ResourceNotFoundException");
    const tags = await errorOf(em.handlers.ListTagsForResource({ resourceArn: mine.arn }, other));
    expect(tags.name).toBe("ResourceNotFoundException");
  });

  it("catalogs keep separate data", async () => {
    const em = setup();
    const app = await applicationIn(em, "PENDING_SUBMISSION", "Sandbox");
    expect(
      (await em.handlers.ListBenefitApplications({ Catalog: "AWS" })).BenefitApplicationSummaries,
    ).toEqual([]);
    const wrong = await errorOf(em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id }));
    expect(wrong.name).toBe("ResourceNotFoundException");
    const bad = await errorOf(em.handlers.ListBenefitApplications({ Catalog: "sandbox" }));
    expect(bad.FieldList).toEqual([expect.objectContaining({ Name: "Catalog", Code: "INVALID_ENUM_VALUE" })]);
  });
});

describe("repeated list queries (shared, frozen outputs)", () => {
  it("answers the same output while nothing changes, and a fresh one after any change", async () => {
    const em = setup();
    const [first, second] = await createMany(em, 3);
    const list = () => em.handlers.ListBenefitApplications({ Catalog: "AWS", MaxResults: 2 });
    const a = await list();
    expect(await list()).toBe(a);
    expect(Object.isFrozen(a.BenefitApplicationSummaries?.[0])).toBe(true);

    const current = await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: second ?? "" });
    await em.handlers.UpdateBenefitApplication({
      Catalog: "AWS",
      Identifier: second ?? "",
      ClientToken: token(),
      Revision: current.Revision ?? "",
      Name: "renamed",
    });
    const b = await list();
    expect(b).not.toBe(a);
    expect(b.BenefitApplicationSummaries?.map((s) => s.Name)).toEqual(["app-2", "renamed"]);
    // The unchanged item is still the shared one; the page's token is unchanged too.
    expect(b.BenefitApplicationSummaries?.[0]).toBe(a.BenefitApplicationSummaries?.[0]);
    expect(b.NextToken).toBe(a.NextToken);

    await createMany(em, 1, "new");
    const c = await list();
    expect(c.BenefitApplicationSummaries?.map((s) => s.Name)).toEqual(["new-0", "app-2"]);
    const rest = await em.handlers.ListBenefitApplications({
      Catalog: "AWS",
      MaxResults: 2,
      NextToken: c.NextToken,
    });
    expect(rest.BenefitApplicationSummaries?.map((s) => s.Id)).toEqual([second, first]);
  });

  it("builds fresh outputs over a store that parses records on each read (SQLite)", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pc-emulator-lists-"));
    const em = createEmulator({ store: createSqliteStore({ dataDir }) });
    try {
      await createMany(em, 3);
      const list = () => em.handlers.ListBenefitApplications({ Catalog: "AWS", MaxResults: 2 });
      const [a, b] = [await list(), await list()];
      expect(b).not.toBe(a);
      expect(b).toEqual(a);
      expect(Object.isFrozen(a.BenefitApplicationSummaries?.[0])).toBe(false);
    } finally {
      em.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
