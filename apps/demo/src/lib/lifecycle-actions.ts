/**
 * Which partner actions an application's status allows, as the portal offers them. The statuses are the
 * generated client's `BenefitApplicationStatus` values; the rules are the service's documented lifecycle
 * (drafts are edited and submitted; a submitted application is recalled, amended or canceled; a recall is
 * not possible once finance review has started). The service still decides: a refused action shows its
 * error.
 */
import { BenefitApplicationStatus } from "@pc-benefits/client";

export type PartnerAction =
  | "update"
  | "submit"
  | "recall"
  | "amend"
  | "cancel"
  | "associate"
  | "disassociate"
  | "tag";

const { PENDING_SUBMISSION, IN_REVIEW, ACTION_REQUIRED } = BenefitApplicationStatus;

const BY_STATUS: Readonly<Record<string, readonly PartnerAction[]>> = {
  [PENDING_SUBMISSION]: ["update", "submit", "associate", "disassociate", "cancel", "tag"],
  [IN_REVIEW]: ["recall", "amend", "cancel", "tag"],
  [ACTION_REQUIRED]: ["amend", "cancel", "tag"],
};

export function allowedActions(status: string | undefined, stage: string | undefined): PartnerAction[] {
  const actions = [...(BY_STATUS[status ?? ""] ?? ["tag"])];
  const financeStage = /FINANC/i.test(stage ?? "");
  return financeStage ? actions.filter((a) => a !== "recall") : actions;
}

/**
 * What the page says when tagging is all a status allows: "This application is approved: only its tags can
 * change." The status is the sentence's predicate, so no article has to agree with it.
 */
export function onlyTagsMessage(status: string | undefined): string {
  const state = (status ?? "closed").toLowerCase().replace(/_/g, " ");
  return `This application is ${state}: only its tags can change.`;
}
