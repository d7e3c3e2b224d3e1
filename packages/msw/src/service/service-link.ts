/**
 * The service's handlers scoped to endpoints once, in the manner of MSW's `graphql.link(url)`:
 * `partnerCentralBenefits.link("http://localhost:4010")` gives every generated factory (`getBenefit`, ...)
 * bound to that URL, plus `operation` (one resolver for every operation) and `router` (a handlers object
 * for the whole service as one handler). `partnerCentralBenefits` itself answers the official endpoints.
 * The factories and their names are the generated ones (`src/generated/handlers.ts`).
 */
import { type ServiceHandlers, serviceSchema } from "@pc-benefits/protocol";
import type { HttpHandler } from "msw";
import * as generated from "../generated/handlers.js";
import { checkedBaseUrls, type EndpointOptions } from "../runtime/endpoint-pattern.js";
import type { HandlerOptions, OperationResolver, ResolverContext } from "../runtime/handler-options.js";
import { createServiceRouter, type RouterOptions } from "../runtime/service-router.js";

type Factories = typeof generated.operationHandlers;
/** An operation of the service, e.g. `"GetBenefit"`. */
export type OperationName = keyof Factories;
type Resolver<Op extends OperationName> = Parameters<Factories[Op]>[0];
/** The typed input a resolver of `Op` receives. */
export type OperationInput<Op extends OperationName> = Parameters<Resolver<Op>>[0];
/** The typed output a resolver of `Op` returns. */
export type OperationOutput<Op extends OperationName> = Exclude<Awaited<ReturnType<Resolver<Op>>>, Response>;

/** Options of a handler made through a link: its endpoints are the link's. */
export type LinkHandlerOptions = Omit<HandlerOptions, keyof EndpointOptions>;
/** Options of a link's `router`. */
export type LinkRouterOptions = Omit<RouterOptions, keyof EndpointOptions>;

/** A generated factory with the link's endpoints. */
type Linked<F> = F extends (resolver: infer R, options?: HandlerOptions) => HttpHandler
  ? (resolver: R, options?: LinkHandlerOptions) => HttpHandler
  : never;
type FactoryName = Exclude<keyof typeof generated, "operationHandlers">;

/** A handlers object for the whole service: the server's handler interface, with the MSW resolver context. */
export type RouterHandlers = {
  [K in keyof ServiceHandlers]?: (
    input: Parameters<ServiceHandlers[K]>[0],
    context: ResolverContext,
  ) =>
    | ReturnType<ServiceHandlers[K]>
    | Awaited<ReturnType<ServiceHandlers[K]>>
    | Response
    | Promise<Response>;
};

export type ServiceLink = { readonly [K in FactoryName]: Linked<(typeof generated)[K]> } & {
  /** The endpoints this link answers. */
  readonly endpoint: EndpointOptions;
  /** The factories above keyed by operation name, for code that picks an operation at run time. */
  readonly operationHandlers: { readonly [Op in OperationName]: Linked<Factories[Op]> };
  /** One handler for every operation; `context.operation` names the one called. */
  operation(
    resolver: OperationResolver<OperationInput<OperationName>, OperationOutput<OperationName>>,
    options?: LinkHandlerOptions,
  ): HttpHandler;
  /** One handler for the operations implemented in `handlers` (others fall through, see `unmatched`). */
  router(handlers: RouterHandlers, options?: LinkRouterOptions): HttpHandler;
  /** The same handlers on other endpoints: a base URL (or several), or endpoint options. */
  link(endpoint: string | readonly string[] | EndpointOptions): ServiceLink;
};

function endpointOf(endpoint: string | readonly string[] | EndpointOptions): EndpointOptions {
  if (typeof endpoint !== "string" && !Array.isArray(endpoint)) {
    const options = endpoint as EndpointOptions;
    return {
      ...(options.baseUrl !== undefined ? { baseUrl: checkedBaseUrls(options.baseUrl) } : {}),
      ...(options.officialEndpoints !== undefined ? { officialEndpoints: options.officialEndpoints } : {}),
    };
  }
  return { baseUrl: checkedBaseUrls(endpoint as string | readonly string[]), officialEndpoints: false };
}

/** The factory names the generated module exports, by operation. */
const factoryNames = new Map<unknown, string>(
  Object.entries(generated)
    .filter(([name]) => name !== "operationHandlers")
    .map(([name, fn]) => [fn, name]),
);

function createLink(endpoint: EndpointOptions): ServiceLink {
  const byOperation: Record<string, unknown> = {};
  const link: Record<string, unknown> = {
    endpoint,
    operationHandlers: byOperation,
    operation: (resolver: OperationResolver<unknown, unknown>, options?: LinkHandlerOptions) =>
      createServiceRouter(
        serviceSchema,
        Object.fromEntries(Object.values(serviceSchema.operations).map((op) => [op.handler, resolver])),
        { ...options, ...endpoint },
      ),
    router: (handlers: RouterHandlers, options?: LinkRouterOptions) =>
      createServiceRouter(serviceSchema, handlers, { ...options, ...endpoint }),
    link: (next: string | readonly string[] | EndpointOptions) => createLink(endpointOf(next)),
  };
  for (const [operation, factory] of Object.entries(generated.operationHandlers)) {
    const name = factoryNames.get(factory);
    if (name === undefined) throw new Error(`The generated factory of ${operation} is not exported`);
    const linked = (resolver: never, options?: LinkHandlerOptions) =>
      (factory as (resolver: never, options?: HandlerOptions) => HttpHandler)(resolver, {
        ...options,
        ...endpoint,
      });
    byOperation[operation] = linked;
    link[name] = linked;
  }
  return link as ServiceLink;
}

/**
 * MSW handlers for the AWS Partner Central Benefits API on its official endpoints (every region); `.link(url)`
 * scopes them to other endpoints, e.g. `partnerCentralBenefits.link("http://localhost:4010").getBenefit(...)`.
 */
export const partnerCentralBenefits: ServiceLink = createLink({});
