/**
 * The engine behind the generated server handler interface (`ServiceHandlers` of `@pc-benefits/protocol`),
 * so the Hono server and the MSW handlers run the same engine and can never disagree.
 */

import type { HandlerContext, ServiceHandlers } from "@pc-benefits/protocol";
import type { RequestContext } from "./api-types.js";
import type { Emulator } from "./create-emulator.js";

export interface ServiceHandlersOptions {
  /**
   * The caller's account for a request. Default: the account the server derived from the SigV4
   * credential (`context.caller.accountId`), else the emulator's default account.
   */
  accountOf?: (context: HandlerContext) => string | undefined;
}

/**
 * The server validates every input against the model before it calls a handler, so required members
 * are present: this is the one place where the generated (all-optional) input types are narrowed.
 */
function validated<T>(input: object): T {
  return input as T;
}

export function serviceHandlers(
  emulator: Pick<Emulator, "handlers">,
  options: ServiceHandlersOptions = {},
): ServiceHandlers {
  const h = emulator.handlers;
  const accountOf = options.accountOf ?? ((c: HandlerContext) => c.caller?.accountId);
  const context = (c: HandlerContext): RequestContext => {
    const accountId = accountOf(c);
    return accountId === undefined ? { requestId: c.requestId } : { requestId: c.requestId, accountId };
  };
  return {
    amendBenefitApplication: (input, c) => h.AmendBenefitApplication(validated(input), context(c)),
    associateBenefitApplicationResource: (input, c) =>
      h.AssociateBenefitApplicationResource(validated(input), context(c)),
    cancelBenefitApplication: (input, c) => h.CancelBenefitApplication(validated(input), context(c)),
    createBenefitApplication: (input, c) => h.CreateBenefitApplication(validated(input), context(c)),
    disassociateBenefitApplicationResource: (input, c) =>
      h.DisassociateBenefitApplicationResource(validated(input), context(c)),
    getBenefit: (input, c) => h.GetBenefit(validated(input), context(c)),
    getBenefitAllocation: (input, c) => h.GetBenefitAllocation(validated(input), context(c)),
    getBenefitApplication: (input, c) => h.GetBenefitApplication(validated(input), context(c)),
    listBenefitAllocations: (input, c) => h.ListBenefitAllocations(validated(input), context(c)),
    listBenefitApplications: (input, c) => h.ListBenefitApplications(validated(input), context(c)),
    listBenefits: (input, c) => h.ListBenefits(validated(input), context(c)),
    listTagsForResource: (input, c) => h.ListTagsForResource(validated(input), context(c)),
    recallBenefitApplication: (input, c) => h.RecallBenefitApplication(validated(input), context(c)),
    submitBenefitApplication: (input, c) => h.SubmitBenefitApplication(validated(input), context(c)),
    tagResource: (input, c) => h.TagResource(validated(input), context(c)),
    untagResource: (input, c) => h.UntagResource(validated(input), context(c)),
    updateBenefitApplication: (input, c) => h.UpdateBenefitApplication(validated(input), context(c)),
  };
}
