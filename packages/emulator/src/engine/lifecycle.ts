/**
 * The application state machine: which status each
 * partner operation accepts, where it leads, and which moves reviewers may make.
 */

import { ConflictException, type ValidationException } from "@pc-benefits/protocol/models";
import type { ApplicationStatus } from "./api-types.js";
import { validationError } from "./errors.js";
import type { EmulatorSettings } from "./settings.js";

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  "PENDING_SUBMISSION",
  "IN_REVIEW",
  "ACTION_REQUIRED",
  "APPROVED",
  "REJECTED",
  "CANCELED",
];

/** Partner operations whose effect depends on the application's status. */
export type GatedOperation = keyof EmulatorSettings["allowedStatuses"];

export const GATED_OPERATIONS: readonly GatedOperation[] = [
  "UpdateBenefitApplication",
  "AssociateBenefitApplicationResource",
  "DisassociateBenefitApplicationResource",
  "SubmitBenefitApplication",
  "RecallBenefitApplication",
  "AmendBenefitApplication",
  "CancelBenefitApplication",
];

export interface ApplicationState {
  status: ApplicationStatus;
  stage?: string;
}

/** The error for a call the status forbids (docs/behaviour.md#status-errors: one switch between Validation and Conflict). */
export function statusError(
  settings: EmulatorSettings,
  message: string,
): ConflictException | ValidationException {
  if (settings.statusErrorKind === "ConflictException")
    return new ConflictException({ $metadata: {}, message: message });
  return validationError(message, "BUSINESS_VALIDATION_FAILED", [
    { Name: "Status", Message: message, Code: "INVALID_RESOURCE_STATE" },
  ]);
}

/** Throws the error unless `operation` may run on an application in `state`. */
export function assertAllowed(
  operation: GatedOperation,
  state: ApplicationState,
  settings: EmulatorSettings,
): void {
  const allowed = settings.allowedStatuses[operation];
  if (!allowed.includes(state.status)) {
    throw statusError(
      settings,
      `${operation} is not allowed for a benefit application in status ${state.status}; allowed: ${allowed.join(", ")}.`,
    );
  }
  if (operation === "RecallBenefitApplication" && state.stage) {
    const stage = state.stage.toUpperCase();
    const blocked = settings.recallBlockedStages.find((s) => stage.includes(s.toUpperCase()));
    if (blocked) {
      throw statusError(
        settings,
        `The benefit application is in stage ${state.stage} and can no longer be recalled; cancel it instead.`,
      );
    }
  }
}

/** The status after a successful `operation` from `status`. */
export function nextStatus(
  operation: GatedOperation,
  status: ApplicationStatus,
  settings: EmulatorSettings,
): ApplicationStatus {
  switch (operation) {
    case "SubmitBenefitApplication":
      return "IN_REVIEW";
    case "RecallBenefitApplication":
      return "PENDING_SUBMISSION";
    case "CancelBenefitApplication":
      return "CANCELED";
    case "AmendBenefitApplication":
      return status === "ACTION_REQUIRED" && settings.amendReturnsToReview ? "IN_REVIEW" : status;
    default:
      return status;
  }
}

/** The statuses a reviewer's decision may move a waiting application to. */
export const REVIEW_OUTCOMES = [
  "IN_REVIEW",
  "ACTION_REQUIRED",
  "APPROVED",
  "REJECTED",
] as const satisfies readonly ApplicationStatus[];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** Reviewer moves (what AWS's internal reviewers do): from each status, the statuses it may go to. */
export const REVIEWER_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  PENDING_SUBMISSION: [],
  IN_REVIEW: REVIEW_OUTCOMES,
  ACTION_REQUIRED: REVIEW_OUTCOMES,
  APPROVED: [],
  REJECTED: [],
  CANCELED: [],
};

export function reviewerMayMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return REVIEWER_TRANSITIONS[from].includes(to);
}
