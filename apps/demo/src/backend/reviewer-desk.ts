/**
 * What both backends' reviewer desks share: the throttle's fault settings, the operation last throttled, and
 * the desk built over one backend's way to reach the emulator's reviewer (its HTTP control routes, or the
 * MSW mock's reviewer API inside the page).
 */
import type { FaultOptions, OperationName } from "@pc-benefits/emulator";
import type { ReviewerDesk } from "./backend.js";

/** The fault settings that throttle every call of `operation`; undefined (no faults) for undefined. */
export function throttleFaults(operation: string | undefined): FaultOptions | undefined {
  return operation === undefined
    ? undefined
    : { operations: { [operation as OperationName]: { throttleRate: 1 } } };
}

/** One backend's reviewer: the desk's calls without the throttle state, sync or async. */
export interface ReviewerAccess {
  waiting: ReviewerDesk["waiting"];
  history: ReviewerDesk["history"];
  /** What it returns is not read (the mock's reviewer answers the application). */
  review(...args: Parameters<ReviewerDesk["review"]>): unknown;
  setFileStatus(...args: Parameters<ReviewerDesk["setFileStatus"]>): unknown;
  /** Applies these fault settings (undefined: none). */
  setFaults(faults: FaultOptions | undefined): unknown;
  reset(): unknown;
}

/**
 * The desk over `access`: every call async (resolving to nothing, a synchronous throw arriving as a
 * rejection), and the operation it last throttled remembered.
 */
export function reviewerDesk(access: ReviewerAccess): ReviewerDesk {
  let throttling: string | undefined;
  return {
    waiting: (catalog) => access.waiting(catalog),
    history: (catalog, id) => access.history(catalog, id),
    async review(catalog, id, decision) {
      await access.review(catalog, id, decision);
    },
    async setFileStatus(catalog, id, fileUri, status, reason) {
      await access.setFileStatus(catalog, id, fileUri, status, reason);
    },
    async throttle(operation) {
      await access.setFaults(throttleFaults(operation));
      throttling = operation;
    },
    get throttling() {
      return throttling;
    },
    async reset() {
      await access.reset();
    },
  };
}
