/**
 * Protocol test cases the suite does not run, each with the reason. A case may only be listed when it
 * needs something our client or server deliberately does not do, for a reason that also holds for the
 * official AWS SDK for JavaScript.
 */
import type { Side } from "./cases.js";

export interface SkippedCase {
  side: Side;
  /** Absolute ID of the service the case belongs to. */
  service: string;
  /** The case's `id`. */
  id: string;
  reason: string;
}

export const SKIPPED: readonly SkippedCase[] = [];
