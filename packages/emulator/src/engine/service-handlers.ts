/**
 * The engine behind the generated server handler interface (`ServiceHandlers` of `@pc-benefits/protocol`),
 * so the Hono server and the MSW handlers run the same engine and can never disagree.
 */

import { type HandlerContext, type ServiceHandlers, serviceSchema } from "@pc-benefits/protocol";
import type { EmulatorHandlers, OperationName, RequestContext } from "./api-types.js";
import type { Emulator } from "./create-emulator.js";

export interface ServiceHandlersOptions {
  /**
   * The caller's account for a request. Default: the account the server derived from the SigV4
   * credential (`context.caller.accountId`), else the emulator's default account.
   */
  accountOf?: (context: HandlerContext) => string | undefined;
}

/**
 * Compile-time check that each engine handler answers what the generated handler of its operation may
 * return (the generated interface names handlers in lowerCamelCase): a model change that the engine does not
 * follow fails the build here.
 */
type OutputsMatch = {
  [Op in OperationName]: Awaited<ReturnType<EmulatorHandlers[Op]>> extends Awaited<
    ReturnType<ServiceHandlers[Uncapitalize<Op>]>
  >
    ? true
    : Op;
}[OperationName];
type Assert<T extends true> = T;
export type EngineOutputsMatchTheModel = Assert<OutputsMatch>;

/**
 * One generated handler per operation of the schema table, under the handler name the generator computed
 * (`serviceSchema.operations[name].handler`), calling the engine's handler of that operation. The
 * dispatcher validates every input against the model before it calls a handler, so required members are
 * present: this is the one place where the generated (all-optional) input types meet the engine's
 * validated ones.
 */
export function serviceHandlers(
  emulator: Pick<Emulator, "handlers">,
  options: ServiceHandlersOptions = {},
): ServiceHandlers {
  const engine = emulator.handlers as unknown as Record<
    string,
    (input: unknown, context: RequestContext) => Promise<unknown>
  >;
  const accountOf = options.accountOf ?? ((c: HandlerContext) => c.caller?.accountId);
  const context = (c: HandlerContext): RequestContext => {
    const accountId = accountOf(c);
    return accountId === undefined ? { requestId: c.requestId } : { requestId: c.requestId, accountId };
  };
  const handlers: Record<string, (input: unknown, c: HandlerContext) => Promise<unknown>> = {};
  for (const operation of Object.values(serviceSchema.operations)) {
    const handler = engine[operation.name];
    if (!handler) throw new Error(`the engine has no handler for ${operation.name}`);
    handlers[operation.handler] = (input, c) => handler(input, context(c));
  }
  return handlers as unknown as ServiceHandlers;
}
