/**
 * `@pc-benefits/server/core`: the framework-agnostic dispatcher bound to this service, without Hono,
 * so MSW handlers and other adapters (and browsers) can use it.
 */
import type { ServiceHandlers } from "./generated/handlers.js";
import { serviceSchema } from "./generated/schema.js";
import {
  createDispatcher as createSchemaDispatcher,
  type Dispatch,
  type DispatcherOptions,
} from "./runtime/dispatcher.js";

export type { PartnerCentralBenefitsHandlers, ServiceHandlers } from "./generated/handlers.js";
export { operationNames } from "./generated/handlers.js";
export { serviceSchema } from "./generated/schema.js";
export type { CallerIdentity } from "./runtime/caller-identity.js";
export { accountIdFromAccessKeyId } from "./runtime/caller-identity.js";
export type { Dispatch, DispatcherOptions, DispatchRequest, HandlerContext } from "./runtime/dispatcher.js";
export { OutputValidationError } from "./runtime/dispatcher.js";
export type { ServiceSchema } from "./runtime/schema.js";
export type {
  SigV4Credential,
  SigV4CredentialResolver,
  SigV4VerifyOptions,
} from "./runtime/sigv4-verify.js";
export { immutableOutput } from "./runtime/wire-json.js";
export type { WireResponse } from "./runtime/wire-response.js";
export { createSchemaDispatcher };

/**
 * One AWS JSON request in, one response out, for this service: `{ target, body, headers } -> { status, headers, body }`.
 * Never throws. Operations missing from `handlers` answer 501.
 */
export function createDispatcher(
  handlers: Partial<ServiceHandlers>,
  options: DispatcherOptions = {},
): Dispatch {
  return createSchemaDispatcher(serviceSchema, handlers, options);
}
