import { describe, expect, it } from "vitest";
import type { HistoryStep } from "../backend/backend.js";
import { historyActionLabel, historyActor, newestFirst } from "./history.js";

describe("history wording", () => {
  it("names the reviewer for a review and the partner for every operation", () => {
    expect(historyActor("Review")).toBe("Reviewer");
    for (const action of [
      "Create",
      "Update",
      "Submit",
      "Recall",
      "Cancel",
      "Amend",
      "AssociateResource",
    ] as const) {
      expect(historyActor(action)).toBe("Partner");
    }
  });

  it("spells actions as words", () => {
    expect(historyActionLabel("AssociateResource")).toBe("Associate resource");
    expect(historyActionLabel("DisassociateResource")).toBe("Disassociate resource");
    expect(historyActionLabel("Submit")).toBe("Submit");
  });

  it("lists the newest step first without changing the input", () => {
    const steps: HistoryStep[] = [
      { at: new Date("2026-11-20T09:15:00Z"), action: "Create", status: "PENDING_SUBMISSION" },
      { at: new Date("2026-11-20T10:05:00Z"), action: "Submit", status: "IN_REVIEW", revision: "r2" },
    ];
    expect(newestFirst(steps).map((s) => s.action)).toEqual(["Submit", "Create"]);
    expect(steps[0]?.action).toBe("Create");
  });
});
