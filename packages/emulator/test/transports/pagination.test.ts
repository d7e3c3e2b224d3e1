/**
 * List properties over all pages: no duplicates, no gaps, stable newest-first order while others
 * insert; NextToken bound to its filters and tamper-proof.
 */

import { type Call, failure } from "@pc-benefits/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Backend, createDraft, MATRIX } from "./harness.js";

interface Row {
  Id: string;
  CreatedAt: Date;
}

async function pages(call: Call, input: object, onPage?: () => Promise<unknown>) {
  const rows: Row[] = [];
  const sizes: number[] = [];
  let next: string | undefined;
  do {
    const page = await call("ListBenefitApplications", { Catalog: "AWS", ...input, NextToken: next });
    const summaries = page.BenefitApplicationSummaries as Row[];
    rows.push(...summaries);
    sizes.push(summaries.length);
    next = page.NextToken as string | undefined;
    await onPage?.();
  } while (next);
  return { rows, sizes };
}

describe.each(MATRIX)("pagination over %s with %s", (_transport, _client, transport, client) => {
  let backend: Backend;
  let call: Call;
  let destroy: () => void;
  let existing: string[] = [];
  beforeAll(async () => {
    backend = await transport();
    ({ call, destroy } = client(backend));
    for (let i = 0; i < 45; i++) existing.push((await createDraft(call, backend.emulator)).id);
    existing = existing.reverse(); // newest first
  });
  afterAll(async () => {
    destroy();
    await backend.close();
  });

  it("the default page is 20 and every page but the last is full", async () => {
    const { rows, sizes } = await pages(call, {});
    expect(sizes[0]).toBe(20);
    expect(sizes.slice(0, -1).every((n) => n === 20)).toBe(true);
    expect(rows.map((r) => r.Id).slice(0, existing.length)).toEqual(existing.slice(0, rows.length));
  });

  it.each([1, 7, 100])(
    "MaxResults %i: all pages under concurrent inserts have no duplicates or gaps",
    async (size) => {
      const before = (await pages(call, { MaxResults: 100 })).rows.map((r) => r.Id);
      const inserted: Promise<unknown>[] = [];
      const { rows, sizes } = await pages(call, { MaxResults: size }, async () => {
        // Three inserts race with the next page request.
        for (let i = 0; i < 3 && inserted.length < 60; i++)
          inserted.push(createDraft(call, backend.emulator));
      });
      await Promise.all(inserted);
      const ids = rows.map((r) => r.Id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(sizes.every((n) => n <= size)).toBe(true);
      // Everything that existed before the walk is seen, in the order it had before the walk.
      const seenBefore = ids.filter((id) => before.includes(id));
      expect(seenBefore).toEqual(before);
      // Newest first across page boundaries.
      const times = rows.map((r) => new Date(r.CreatedAt).getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
    },
  );

  it.each([
    ["OR within FulfillmentTypes", { FulfillmentTypes: ["CREDITS", "CASH"] }],
    ["AND across Status and FulfillmentTypes", { Status: ["ACTIVE"], FulfillmentTypes: ["CASH"] }],
    ["AND across Programs and Status", { Programs: ["POC"], Status: ["INACTIVE", "ACTIVE"] }],
  ])("ListBenefits %s, over pages of 3, equals the seeded catalog filtered", async (_name, filters) => {
    const ids: string[] = [];
    let next: string | undefined;
    do {
      const page = await call("ListBenefits", { Catalog: "AWS", MaxResults: 3, NextToken: next, ...filters });
      ids.push(...(page.BenefitSummaries as { Id: string }[]).map((b) => b.Id));
      next = page.NextToken as string | undefined;
    } while (next);
    const f = filters as { FulfillmentTypes?: string[]; Status?: string[]; Programs?: string[] };
    const expected = backend.emulator
      .benefits("AWS")
      .filter(
        (b) =>
          (!f.FulfillmentTypes || b.fulfillmentTypes.some((t) => f.FulfillmentTypes?.includes(t))) &&
          (!f.Status || f.Status.includes(b.status)) &&
          (!f.Programs || b.programs.some((p) => f.Programs?.includes(p))),
      )
      .map((b) => b.id);
    expect(expected.length).toBeGreaterThan(3); // more than one page
    expect(ids).toEqual(expected);
  });

  it("a tampered NextToken is ValidationException", async () => {
    const first = await call("ListBenefitApplications", { Catalog: "AWS", MaxResults: 5 });
    const nextToken = String(first.NextToken);
    const last = nextToken.at(-2) === "A" ? "B" : "A";
    const tampered = `${nextToken.slice(0, -2)}${last}${nextToken.slice(-1)}`;
    for (const bad of [tampered, `${nextToken}x`, "not-a-token", nextToken.split("").reverse().join("")]) {
      const error = await failure(
        call("ListBenefitApplications", { Catalog: "AWS", MaxResults: 5, NextToken: bad }),
      );
      expect([error.name, error.status]).toEqual(["ValidationException", 400]);
    }
  });

  it("a NextToken is bound to its filters", async () => {
    const first = await call("ListBenefitApplications", {
      Catalog: "AWS",
      MaxResults: 5,
      Status: ["PENDING_SUBMISSION"],
    });
    expect(first.NextToken).toEqual(expect.any(String));
    const error = await failure(
      call("ListBenefitApplications", {
        Catalog: "AWS",
        MaxResults: 5,
        Status: ["IN_REVIEW"],
        NextToken: first.NextToken,
      }),
    );
    expect([error.name, error.status]).toEqual(["ValidationException", 400]);
    const same = await call("ListBenefitApplications", {
      Catalog: "AWS",
      MaxResults: 5,
      Status: ["PENDING_SUBMISSION"],
      NextToken: first.NextToken,
    });
    expect((same.BenefitApplicationSummaries as Row[]).length).toBe(5);
  });

  it.each([0, 101])("MaxResults %i is ValidationException", async (maxResults) => {
    const error = await failure(call("ListBenefitApplications", { Catalog: "AWS", MaxResults: maxResults }));
    expect(error.name).toBe("ValidationException");
  });
});
