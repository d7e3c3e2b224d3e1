/**
 * `@pc-benefits/server/core`: the framework-agnostic dispatcher bound to this service, without Hono. The
 * same names as `@pc-benefits/protocol`, which defines them; kept so existing imports go on working.
 */
export type {
  CallerIdentity,
  Dispatch,
  DispatcherOptions,
  DispatchRequest,
  HandlerContext,
  PartnerCentralBenefitsHandlers,
  ServiceHandlers,
  ServiceSchema,
  SigV4Credential,
  SigV4CredentialResolver,
  SigV4VerifyOptions,
  WireResponse,
} from "@pc-benefits/protocol";
export {
  accountIdFromAccessKeyId,
  createDispatcher,
  createSchemaDispatcher,
  immutableOutput,
  OutputValidationError,
  operationNames,
  serviceSchema,
} from "@pc-benefits/protocol";
