import {
  createSchemaDispatcher,
  type DispatcherOptions,
  type HandlerContext,
  type ServiceSchema,
} from "@pc-benefits/server/core";
import { delay, type HttpHandler, HttpResponse, http } from "msw";
import { type EndpointOptions, endpointPattern } from "./endpoint-pattern.js";

/** The second argument of a resolver: the server's handler context plus the intercepted request. */
export interface ResolverContext extends HandlerContext {
  request: Request;
}

/**
 * Answers one operation: receives the validated, typed input and returns the typed output, throws a modelled
 * error class (answered with its status and members), or returns a `Response` to send as is.
 */
export type OperationResolver<Input, Output> = (
  input: Input,
  context: ResolverContext,
) => Output | Response | Promise<Output | Response>;

export interface HandlerOptions
  extends EndpointOptions,
    Pick<
      DispatcherOptions,
      "maxBodyBytes" | "requestId" | "resolveAccountId" | "onError" | "validateOutput"
    > {
  /** Wait before answering: milliseconds, or MSW's `"real"` / `"infinite"`. */
  delay?: number | "real" | "infinite";
  /** Answer one matching request only (MSW `once`). */
  once?: boolean;
}

/**
 * An MSW handler for one operation of `schema`. Requests for other operations are not answered (the
 * resolver returns nothing), so MSW moves on to the next handler.
 */
export function createOperationHandler<Input, Output>(
  schema: ServiceSchema,
  operationName: string,
  resolver: OperationResolver<Input, Output>,
  options: HandlerOptions = {},
): HttpHandler {
  const operation = schema.operations[operationName];
  if (!operation) throw new Error(`${schema.targetPrefix} has no operation ${operationName}`);
  const pattern = endpointPattern(schema.endpointPrefix, options);
  const {
    delay: wait,
    once,
    baseUrl: _baseUrl,
    officialEndpoints: _official,
    ...dispatcherOptions
  } = options;
  const expectedTarget = `${schema.targetPrefix}.${operationName}`;

  return http.post(
    pattern,
    async ({ request }) => {
      const pathOperation = pattern.exec(request.url.split(/[?#]/)[0] ?? "")?.[1];
      const target = request.headers.get("x-amz-target");
      const matches =
        pathOperation === undefined ? target === expectedTarget : pathOperation === operationName;
      if (!matches) return undefined;
      if (wait !== undefined) await delay(wait);

      let raw: Response | undefined;
      const handlers = {
        [operation.handler]: async (input: Input, context: HandlerContext) => {
          const result = await resolver(input, { ...context, request });
          if (result instanceof Response) {
            raw = result;
            return {};
          }
          return result;
        },
      };
      const dispatch = createSchemaDispatcher(schema, handlers, dispatcherOptions);
      const body = new Uint8Array(await request.arrayBuffer());
      const wire = await dispatch({ operation: pathOperation, body, headers: request.headers });
      if (raw) return raw;
      return new HttpResponse(wire.body === "" ? null : wire.body, {
        status: wire.status,
        headers: wire.headers,
      });
    },
    once === undefined ? {} : { once },
  );
}

/** One handler per operation implemented in `handlers` (keyed like the server's handler interface). */
export function createHandlers(
  schema: ServiceSchema,
  handlers: object,
  options: HandlerOptions = {},
): HttpHandler[] {
  const table = handlers as Record<string, unknown>;
  return Object.values(schema.operations).flatMap((operation) => {
    const fn = table[operation.handler];
    if (typeof fn !== "function") return [];
    const resolver: OperationResolver<unknown, unknown> = (input, context) =>
      fn.call(handlers, input, context);
    return [createOperationHandler(schema, operation.name, resolver, options)];
  });
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
