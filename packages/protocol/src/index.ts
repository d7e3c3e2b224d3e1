/**
 * `@pc-benefits/protocol`: the portable AWS JSON 1.0 runtime of this service, shared by the client, the Hono
 * server, the MSW handlers and the emulator. The model types, enums and error classes are at
 * `@pc-benefits/protocol/models`; `Validated` holds the inputs as handlers receive them (required members
 * present).
 */
import type { ServiceHandlers } from "./generated/handlers.js";
import { serviceSchema } from "./generated/schema.js";
import {
  createDispatcher as createSchemaDispatcher,
  type Dispatch,
  type DispatcherOptions,
} from "./runtime/dispatcher.js";
import { modelledErrorOf, modelledErrorPayload as payloadOf } from "./runtime/responses.js";

export { type SchemaVisitor, walkStructure } from "./codec/walk.js";
export type { PartnerCentralBenefitsHandlers, ServiceHandlers } from "./generated/handlers.js";
export { operationNames, operations } from "./generated/handlers.js";
export { serviceSchema } from "./generated/schema.js";
export type { Validated } from "./generated/validated.js";
export type { CallerIdentity } from "./runtime/caller-identity.js";
export { accountIdFromAccessKeyId } from "./runtime/caller-identity.js";
export { concatBytes } from "./runtime/concat-bytes.js";
export type { Dispatch, DispatcherOptions, DispatchRequest, HandlerContext } from "./runtime/dispatcher.js";
export { DEFAULT_MAX_BODY_BYTES, OutputValidationError } from "./runtime/dispatcher.js";
export type { DocumentType } from "./runtime/document-type.js";
export type { MetadataBearer, ResponseMetadata } from "./runtime/metadata.js";
export { PROTOCOL_ERRORS, type ProtocolErrorSpec } from "./runtime/protocol-errors.js";
export { protocolErrorResponse } from "./runtime/responses.js";
export type { ServiceSchema } from "./runtime/schema.js";
export {
  type ExceptionOptionType,
  type RetryableTrait,
  ServiceException,
  type ServiceExceptionOptions,
} from "./runtime/service-exception.js";
export type {
  SigV4Credential,
  SigV4CredentialResolver,
  SigV4VerifyOptions,
} from "./runtime/sigv4-verify.js";
export { immutableOutput } from "./runtime/wire-json.js";
export type { WireResponse } from "./runtime/wire-response.js";
export type {
  SigV4Credentials,
  SigV4Request,
  SigV4Scope,
  SigV4Signature,
} from "./sigv4/signer.js";
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

/**
 * The wire status and body (`__type` and the modelled members) of a thrown modelled error of this service, as
 * the dispatcher writes it; `undefined` when `error` is not one of the model's errors.
 */
export function modelledErrorPayload(
  error: unknown,
): { status: number; body: Record<string, unknown> } | undefined {
  const match = modelledErrorOf(serviceSchema, error);
  return match && payloadOf(serviceSchema, match.name, match.shape, error as object);
}
