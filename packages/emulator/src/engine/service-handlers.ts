/**
 * The engine behind the generated server handler interface (`ServiceHandlers` of `@pc-benefits/protocol`),
 * so the Hono server and the MSW handlers run the same engine and can never disagree.
 */

import type { HandlerContext, ServiceHandlers } from "@pc-benefits/protocol";
import type { OperationName, OperationShapes, RequestContext } from "./api-types.js";
import type { Emulator } from "./create-emulator.js";

export interface ServiceHandlersOptions {
  /**
   * The caller's account for a request. Default: the account the server derived from the SigV4
   * credential (`context.caller.accountId`), else the emulator's default account.
   */
  accountOf?: (context: HandlerContext) => string | undefined;
}

/**
 * The generated handler interface, each function calling the engine's handler of its operation. Both take
 * the generated validated input (the dispatcher validates every input against the model before it calls a
 * handler) and answer the model's output, so the compiler checks each entry against the generated
 * interface: a model change that the engine does not follow fails the build here.
 */
export function serviceHandlers(
  emulator: Pick<Emulator, "handlers">,
  options: ServiceHandlersOptions = {},
): ServiceHandlers {
  const engine = emulator.handlers;
  const accountOf = options.accountOf ?? ((c: HandlerContext) => c.caller?.accountId);
  const context = (c: HandlerContext): RequestContext => {
    const accountId = accountOf(c);
    return accountId === undefined ? { requestId: c.requestId } : { requestId: c.requestId, accountId };
  };
  const call =
    <Op extends OperationName>(operation: Op) =>
    (input: OperationShapes[Op][0], c: HandlerContext): Promise<OperationShapes[Op][1]> =>
      engine[operation](input, context(c));
  return {
    amendBenefitApplication: call("AmendBenefitApplication"),
    associateBenefitApplicationResource: call("AssociateBenefitApplicationResource"),
    cancelBenefitApplication: call("CancelBenefitApplication"),
    createBenefitApplication: call("CreateBenefitApplication"),
    disassociateBenefitApplicationResource: call("DisassociateBenefitApplicationResource"),
    getBenefit: call("GetBenefit"),
    getBenefitAllocation: call("GetBenefitAllocation"),
    getBenefitApplication: call("GetBenefitApplication"),
    listBenefitAllocations: call("ListBenefitAllocations"),
    listBenefitApplications: call("ListBenefitApplications"),
    listBenefits: call("ListBenefits"),
    listTagsForResource: call("ListTagsForResource"),
    recallBenefitApplication: call("RecallBenefitApplication"),
    submitBenefitApplication: call("SubmitBenefitApplication"),
    tagResource: call("TagResource"),
    untagResource: call("UntagResource"),
    updateBenefitApplication: call("UpdateBenefitApplication"),
  };
}
