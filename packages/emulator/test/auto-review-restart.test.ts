/**
 * Auto review across a restart with a SQLite data directory: a review armed before `close` is re-armed
 * by the next process, due from the stored submit time, applied exactly once, and never fired after
 * `close`. The engine's clock is a variable, so "time passed while the emulator was down" is explicit.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { AutoReviewOptions, Emulator } from "../src/engine/create-emulator.js";
import { createSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { createDraft, setup, statusOf, token } from "./helpers.js";

const AFTER_MS = 60_000;
const T0 = Date.parse("2026-05-01T00:00:00Z");

let clock = T0;
const open: Emulator[] = [];
const internalErrors: unknown[] = [];

function start(dataDir: string, autoReview?: AutoReviewOptions): Emulator {
  const emulator = setup({
    store: createSqliteStore({ dataDir }),
    now: () => clock,
    onInternalError: (error) => internalErrors.push(error),
    ...(autoReview ? { autoReview } : {}),
  });
  open.push(emulator);
  return emulator;
}

function stop(emulator: Emulator): void {
  emulator.close();
  open.splice(open.indexOf(emulator), 1);
}

/** Resolves once `check` holds, polling every 20 ms (fails after 10 s). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("the condition did not hold within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One turn of the event loop's timers phase: a review due now has fired after this. */
const nextTimerTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A data dir holding one application submitted at T0 under a policy, by an emulator already closed. */
async function submittedThenClosed(policy: AutoReviewOptions = { afterMs: AFTER_MS }) {
  clock = T0;
  const dataDir = mkdtempSync(join(tmpdir(), "pc-emulator-review-"));
  const first = start(dataDir, policy);
  const app = await createDraft(first);
  await first.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: app.id });
  return { dataDir, app, first };
}

async function allocationsOf(emulator: Emulator, id: string) {
  const out = await emulator.handlers.ListBenefitAllocations({
    Catalog: "AWS",
    BenefitApplicationIdentifiers: [id],
  });
  return out.BenefitAllocationSummaries ?? [];
}

afterEach(() => {
  for (const emulator of open.splice(0)) emulator.close();
  expect(internalErrors.splice(0)).toEqual([]);
});

describe("auto review across a restart (SQLite data directory)", () => {
  it("re-arms a review submitted before the restart: due from the stored submit time", async () => {
    const { dataDir, app, first } = await submittedThenClosed();
    stop(first);

    clock = T0 + AFTER_MS - 150; // the emulator was down for most of the delay: 150 ms remain
    const second = start(dataDir, { afterMs: AFTER_MS });
    expect(await statusOf(second, app.id)).toBe("IN_REVIEW");
    await eventually(async () => (await statusOf(second, app.id)) === "APPROVED");
    const allocations = await allocationsOf(second, app.id);
    expect(allocations).toHaveLength(app.benefit.fulfillmentTypes.length);
  });

  it.each<[string, AutoReviewOptions, string]>([
    ["approve", { afterMs: AFTER_MS }, "APPROVED"],
    ["reject with a stage", { afterMs: AFTER_MS, decision: "REJECTED", stage: "FINAL_REVIEW" }, "REJECTED"],
  ])("reviews an overdue application right after reopen (%s)", async (_name, policy, status) => {
    const { dataDir, app, first } = await submittedThenClosed(policy);
    stop(first);

    clock = T0 + 10 * AFTER_MS;
    const second = start(dataDir, policy);
    expect(await statusOf(second, app.id)).toBe("IN_REVIEW"); // nothing runs inside createEmulator
    await nextTimerTurn();
    const got = await second.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    expect([got.Status, got.Stage]).toEqual([status, policy.stage ?? "BUSINESS_REVIEW"]);
  });

  it("applies the review exactly once when two engines share the data directory", async () => {
    const { dataDir, app, first } = await submittedThenClosed();
    stop(first);

    clock = T0 + 2 * AFTER_MS;
    const a = start(dataDir, { afterMs: AFTER_MS });
    const b = start(dataDir, { afterMs: AFTER_MS });
    await nextTimerTurn();
    await nextTimerTurn();
    expect(await statusOf(a, app.id)).toBe("APPROVED");
    expect(await allocationsOf(b, app.id)).toHaveLength(app.benefit.fulfillmentTypes.length);
    // The loser found nothing to take: no double review, no failed review reported (afterEach).
  });

  it("nothing fires after close; the review waits in the store for the next start with a policy", async () => {
    const { dataDir, app, first } = await submittedThenClosed({ afterMs: 50 });
    stop(first);
    clock = T0 + 1000;
    await new Promise((resolve) => setTimeout(resolve, 150)); // well past the 50 ms the timer had

    const noPolicy = start(dataDir);
    await nextTimerTurn();
    expect(await statusOf(noPolicy, app.id)).toBe("IN_REVIEW");
    stop(noPolicy);

    const withPolicy = start(dataDir, { afterMs: 50 });
    await nextTimerTurn();
    expect(await statusOf(withPolicy, app.id)).toBe("APPROVED");
  });

  it.each<[string, (emulator: Emulator, id: string) => Promise<unknown>, string]>([
    [
      "recalled before the restart",
      (em, id) =>
        em.handlers.RecallBenefitApplication({ Catalog: "AWS", Identifier: id, Reason: "One more look" }),
      "PENDING_SUBMISSION",
    ],
    [
      "moved by a reviewer before the restart",
      async (em, id) => em.reviewer.requestAction("AWS", id, { statusReason: "Fix it" }),
      "ACTION_REQUIRED",
    ],
    [
      "canceled before the restart",
      (em, id) =>
        em.handlers.CancelBenefitApplication({ Catalog: "AWS", ClientToken: token(), Identifier: id }),
      "CANCELED",
    ],
  ])("does not review an application %s", async (_name, change, status) => {
    const { dataDir, app, first } = await submittedThenClosed();
    await change(first, app.id);
    stop(first);

    clock = T0 + 2 * AFTER_MS;
    const second = start(dataDir, { afterMs: AFTER_MS });
    await nextTimerTurn();
    expect(await statusOf(second, app.id)).toBe(status);
    expect(await allocationsOf(second, app.id)).toEqual([]);
  });

  it("armed reviews do not keep the process alive", async () => {
    const { first } = await submittedThenClosed();
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timers();
    const app = await createDraft(first);
    await first.handlers.SubmitBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    expect(timers()).toBe(before);
    stop(first);
  });
});
