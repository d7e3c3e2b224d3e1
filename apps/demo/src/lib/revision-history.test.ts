import { describe, expect, it } from "vitest";
import { type HistoryEntry, parseHistory, withRevision } from "./revision-history.js";

const entry = (revision: string, status = "PENDING_SUBMISSION"): HistoryEntry => ({
  revision,
  status,
  stage: undefined,
  at: "2026-01-01T00:00:00.000Z",
});

describe("withRevision", () => {
  it("records a new revision once", () => {
    const one = withRevision([], entry("r1"));
    const again = withRevision(one, entry("r1", "IN_REVIEW"));
    const two = withRevision(again, entry("r2", "IN_REVIEW"));
    expect(two.map((e) => [e.revision, e.status])).toEqual([
      ["r1", "PENDING_SUBMISSION"],
      ["r2", "IN_REVIEW"],
    ]);
  });

  it("keeps the newest 50", () => {
    let history: HistoryEntry[] = [];
    for (let i = 0; i < 60; i++) history = withRevision(history, entry(`r${i}`));
    expect(history).toHaveLength(50);
    expect(history[0]?.revision).toBe("r10");
  });
});

describe("parseHistory", () => {
  it("reads what was stored and drops anything malformed", () => {
    const stored = JSON.stringify([entry("r1"), { revision: 3 }, null]);
    expect(parseHistory(stored)).toEqual([entry("r1")]);
    expect(parseHistory("{not json")).toEqual([]);
    expect(parseHistory(null)).toEqual([]);
  });
});
