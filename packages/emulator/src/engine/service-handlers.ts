/**
 * The engine behind the generated server handler interface (`ServiceHandlers` of `@pc-benefits/protocol`),
 * so the Hono server and the MSW handlers run the same engine and can never disagree.
 */

import { type HandlerContext, operationNames, operations, type ServiceHandlers } from "@pc-benefits/protocol";
import type { OperationName, OperationShapes, RequestContext } from "./api-types.js";
import type { Emulator } from "./create-emulator.js";

export interface ServiceHandlersOptions {
  /**
   * The caller's account for a request. Default: the account the server derived from the SigV4
   * credential (`context.caller.accountId`), else the emulator's default account.
   */
  accountOf?: (context: HandlerContext) => string | undefined;
}

/** The generated handler of each operation, under its generated handler name, calling the engine's handler. */
type EngineBridge = {
  [Op in OperationName as (typeof operations)[Op]["handler"]]: (
    input: OperationShapes[Op][0],
    context: HandlerContext,
  ) => Promise<OperationShapes[Op][1]>;
};

/**
 * The generated handler interface, each function calling the engine's handler of its operation, keyed by
 * the handler names of the generated `operations` table. Both take the generated validated input (the
 * dispatcher validates every input against the model before it calls a handler) and answer the model's
 * output, so the compiler checks the bridge against the generated interface: a model change that the
 * engine does not follow fails the build here.
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
  const bridge: Partial<Record<keyof EngineBridge, unknown>> = {};
  for (const operation of operationNames) bridge[operations[operation].handler] = call(operation);
  // Complete: the loop set each operation's entry, typed by `call` as the mapped type's entry says.
  return bridge as EngineBridge;
}
