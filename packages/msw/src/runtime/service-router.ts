/**
 * The AWS JSON routing of a service as one MSW handler: a `POST` to one of its endpoints names an operation by
 * `X-Amz-Target` (or the `/{OperationName}` path), and the service's dispatcher (`@pc-benefits/protocol`),
 * built once per handler, validates the input, calls the operation's resolver, serializes its output or error
 * and answers the protocol's errors (unsupported media type, SigV4 when required, bodies too large, ...).
 * Requests that name none of the handled operations fall through to the next handler, as MSW intends, unless
 * `unmatched: "error"` claims the whole endpoint.
 */
import {
  createSchemaDispatcher,
  type HandlerContext,
  type ServiceSchema,
  type WireResponse,
} from "@pc-benefits/protocol";
import { delay, type HttpHandler, HttpResponse } from "msw";
import { AwsJsonHttpHandler } from "./aws-json-handler.js";
import { endpointPattern } from "./endpoint-pattern.js";
import type { HandlerOptions } from "./handler-options.js";

export interface RouterOptions extends HandlerOptions {
  /**
   * A request to the endpoint that names no operation handled here (another service's target, no target, an
   * unknown `/{Name}`): `"passthrough"` (default) leaves it to the next handler; `"error"` answers it as the
   * service does (`UnknownOperationException`, `501` for a modelled operation without a resolver).
   */
  unmatched?: "passthrough" | "error";
}

type Resolver = (input: unknown, context: HandlerContext) => unknown;

/** What a resolver answered with a `Response` of its own: the dispatcher gets this stand-in output. */
const RAW: Record<string, never> = Object.freeze({});

/**
 * One MSW handler for the operations of `schema` implemented in `handlers` (keyed by each operation's
 * `handler` name, as the dispatcher takes them). Resolvers receive the dispatcher's context plus `request`.
 */
export function createServiceRouter(
  schema: ServiceSchema,
  handlers: object,
  options: RouterOptions = {},
): HttpHandler {
  const {
    baseUrl: _baseUrl,
    officialEndpoints: _officialEndpoints,
    delay: wait,
    once,
    unmatched = "passthrough",
    onError,
    ...dispatcherOptions
  } = options;
  const table = handlers as Record<string, unknown>;
  const implemented = new Set<string>();
  // A resolver's own Response, by the request it answers: sent instead of the dispatcher's answer.
  const raws = new WeakMap<Request, Response>();
  const scoped: Record<string, Resolver> = {};
  for (const operation of Object.values(schema.operations)) {
    const resolver = table[operation.handler];
    if (typeof resolver !== "function") continue;
    implemented.add(operation.name);
    scoped[operation.handler] = async (input, context) => {
      const { request } = context;
      if (request === undefined) throw new Error("@pc-benefits/msw: the dispatcher passed no request");
      const output = await resolver.call(handlers, input, { ...context, request });
      if (!(output instanceof Response)) return output;
      raws.set(request, output);
      return RAW;
    };
  }
  const dispatch = createSchemaDispatcher(schema, scoped, {
    ...dispatcherOptions,
    // A resolver's own Response stands in for the dispatcher's answer, so the checks of its stand-in
    // output (`validateOutput`) are not the resolver's errors.
    onError: (error, context) => {
      if (context.request !== undefined && raws.has(context.request)) return;
      (onError ?? reportError)(error, context);
    },
  });
  const pattern = endpointPattern(schema.endpointPrefix, options);
  const prefix = `${schema.targetPrefix}.`;

  return new AwsJsonHttpHandler(
    pattern,
    async ({ request, params }) => {
      const pathOperation = params.operation;
      if (unmatched === "passthrough") {
        const target = request.headers.get("x-amz-target");
        const operation =
          pathOperation ?? (target?.startsWith(prefix) ? target.slice(prefix.length) : undefined);
        if (operation === undefined || !implemented.has(operation)) return undefined;
      }
      if (wait !== undefined) await delay(wait);
      const body = new Uint8Array(await request.arrayBuffer());
      const answer = await dispatch({
        operation: pathOperation,
        body,
        headers: request.headers,
        method: "POST",
        url: request.url,
        request,
      });
      const raw = raws.get(request);
      if (raw !== undefined) return raw;
      return wireResponse(answer);
    },
    once === undefined ? {} : { once },
  );
}

/** The dispatcher's answer as MSW's `HttpResponse`, as a hand-written resolver would answer. */
function wireResponse(wire: WireResponse): Response {
  return new HttpResponse(wire.body === "" ? null : wire.body, {
    status: wire.status,
    headers: wire.headers,
  });
}

function reportError(error: unknown, context: HandlerContext): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`[${context.operation} ${context.requestId}] unexpected resolver error: ${detail}`);
}
