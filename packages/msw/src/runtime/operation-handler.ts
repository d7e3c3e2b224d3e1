import type { ServiceSchema } from "@pc-benefits/protocol";
import { delay, type HttpHandler } from "msw";
import type { HandlerOptions, OperationResolver } from "./handler-options.js";
import { createServiceRouter } from "./service-router.js";

export type { HandlerOptions, OperationResolver, ResolverContext } from "./handler-options.js";

/**
 * An MSW handler for one operation of `schema` (what each generated factory returns). Requests for other
 * operations fall through to the next handler.
 */
export function createOperationHandler<Input, Output>(
  schema: ServiceSchema,
  operationName: string,
  resolver: OperationResolver<Input, Output>,
  options: HandlerOptions = {},
): HttpHandler {
  const operation = schema.operations[operationName];
  if (!operation) throw new Error(`${schema.targetPrefix} has no operation ${operationName}`);
  if (typeof resolver !== "function") {
    throw new TypeError(`The resolver of ${operationName} must be a function, got ${typeof resolver}`);
  }
  return createServiceRouter(schema, { [operation.handler]: resolver }, options);
}

/** A resolver that always throws `error`, e.g. `getBenefit(failWith(new ResourceNotFoundException({ ... })))`. */
export function failWith(error: unknown): () => never {
  return () => {
    throw error;
  };
}

/** Wraps a resolver so it answers after `ms` milliseconds (or MSW's `"real"` realistic delay). */
export function withLatency<Input, Output>(
  ms: number | "real",
  resolver: OperationResolver<Input, Output>,
): OperationResolver<Input, Output> {
  return async (input, context) => {
    await delay(ms);
    return resolver(input, context);
  };
}
