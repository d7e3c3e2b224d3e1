import { type ServiceHandlers, serviceSchema } from "@pc-benefits/protocol";
import type { HttpHandler } from "msw";
import type { HandlerOptions } from "./runtime/handler-options.js";
import { createServiceRouter } from "./runtime/service-router.js";

/**
 * MSW handlers for every operation implemented in `handlers`: the same object the server's `createApp`
 * takes, so one fake backs both the Hono stub and browser/Node tests. One router handler answers them all
 * (its dispatcher built once); other operations fall through to the next handler.
 */
export function handlersFor(handlers: Partial<ServiceHandlers>, options?: HandlerOptions): HttpHandler[] {
  return [createServiceRouter(serviceSchema, handlers, options)];
}
