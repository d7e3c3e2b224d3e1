import { openapiDocument } from "@pc-benefits/openapi";
import { type DispatcherOptions, type ServiceHandlers, serviceSchema } from "@pc-benefits/protocol";
import type { Hono } from "hono";
import { createServiceApp, type DocsOptions } from "./hono/service-app.js";

export interface CreateAppOptions extends DispatcherOptions {
  /** Operation implementations; the ones left out answer an AWS-shaped 501. */
  handlers: Partial<ServiceHandlers>;
  /** Serve the OpenAPI document at `/openapi.json` (default) or not. */
  openapi?: boolean;
  /**
   * API reference page at `/docs` (default on, needs `openapi`): an optional page title, and where the
   * page loads Scalar from (default: its CDN).
   */
  docs?: false | DocsOptions;
  /** CORS for browser clients on other origins: `true` (any origin), an origin or a list. Default off. */
  cors?: boolean | string | string[];
}

/**
 * The Hono app of the service stub: `POST /` (dispatching on `X-Amz-Target`), `POST /{OperationName}`,
 * `GET /openapi.json` and `GET /docs`. Serve it with any Hono adapter, e.g. `@hono/node-server`.
 */
export function createApp(options: CreateAppOptions): Hono {
  const { openapi = true, docs = {}, ...rest } = options;
  return createServiceApp(serviceSchema, {
    ...rest,
    openapi: openapi ? openapiDocument : false,
    docs:
      docs === false
        ? false
        : { ...docs, title: docs.title ?? serviceSchema.title ?? serviceSchema.targetPrefix },
  });
}
