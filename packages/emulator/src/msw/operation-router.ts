/**
 * The mock's default MSW handler: one handler for every operation, answering through the server's
 * dispatcher (`createDispatcher` of `@pc-benefits/server/core`, the same one `handlersFor` and the Hono
 * app run) on the URLs `handlersFor` matches. MSW pays its per-handler cost once per request instead of
 * once per operation tried in turn. Requests for no operation of this service fall through.
 */

import {
  createDispatcher,
  type DispatcherOptions,
  type ServiceHandlers,
  serviceSchema,
} from "@pc-benefits/server/core";
import { delay, type HttpHandler, HttpResponse, http } from "msw";

export interface RouterOptions extends DispatcherOptions {
  /** The URL pattern of the per-operation handlers (group 1: the operation of the path form). */
  pattern: RegExp;
  /** Wait before answering: milliseconds, or MSW's `"real"` / `"infinite"`. */
  delay?: number | "real" | "infinite" | undefined;
}

export function operationRouter(handlers: ServiceHandlers, options: RouterOptions): HttpHandler {
  const { pattern, delay: wait, ...dispatcherOptions } = options;
  const dispatch = createDispatcher(handlers, dispatcherOptions);
  const operations = new Set(Object.keys(serviceSchema.operations));
  const prefix = `${serviceSchema.targetPrefix}.`;
  return http.post(pattern, async ({ request }) => {
    const match = pattern.exec(request.url.split(/[?#]/)[0] ?? "");
    const pathOperation = match?.[1];
    const target = request.headers.get("x-amz-target");
    const operation = pathOperation ?? (target?.startsWith(prefix) ? target.slice(prefix.length) : undefined);
    if (!match || operation === undefined || !operations.has(operation)) return undefined;
    if (wait !== undefined) await delay(wait);
    const body = new Uint8Array(await request.arrayBuffer());
    const wire = await dispatch({ operation: pathOperation, body, headers: request.headers });
    return new HttpResponse(wire.body === "" ? null : wire.body, {
      status: wire.status,
      headers: wire.headers,
    });
  });
}
