import { type ServiceHandlers, serviceSchema } from "@pc-benefits/server/core";
import type { HttpHandler } from "msw";
import { createHandlers, type HandlerOptions } from "./runtime/operation-handler.js";

/**
 * MSW handlers for every operation implemented in `handlers`: the same object the server's `createApp`
 * takes, so one fake backs both the Hono stub and browser/Node tests.
 */
export function handlersFor(handlers: Partial<ServiceHandlers>, options?: HandlerOptions): HttpHandler[] {
  return createHandlers(serviceSchema, handlers, options);
}
