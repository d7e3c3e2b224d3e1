/**
 * Wording for an application's history, the emulator's record of what happened to it (AWS's API returns only
 * the current revision). A step's action is a partner operation (Create, Update, Submit, AssociateResource, ...)
 * or a reviewer's move (Review).
 */
import type { HistoryStep } from "../backend/backend.js";

/** Who took the step: the reviewer for a review, else the partner (every other step is a partner call). */
export function historyActor(action: HistoryStep["action"]): "Reviewer" | "Partner" {
  return action === "Review" ? "Reviewer" : "Partner";
}

/** `AssociateResource` → `Associate resource`, `Submit` → `Submit`. */
export function historyActionLabel(action: HistoryStep["action"]): string {
  const words = action.replace(/(?<=[a-z])(?=[A-Z])/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Newest first, for reading: the last step is the application's current state. */
export function newestFirst(steps: readonly HistoryStep[]): HistoryStep[] {
  return [...steps].reverse();
}
