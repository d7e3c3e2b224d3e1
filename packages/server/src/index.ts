export type {
  CallerIdentity,
  Dispatch,
  DispatcherOptions,
  DispatchRequest,
  HandlerContext,
  PartnerCentralBenefitsHandlers,
  ServiceHandlers,
  SigV4Credential,
  SigV4CredentialResolver,
  SigV4VerifyOptions,
  WireResponse,
} from "./core.js";
export { createDispatcher, OutputValidationError, operationNames } from "./core.js";
export type { CreateAppOptions } from "./create-app.js";
export { createApp } from "./create-app.js";
export type { DocsOptions } from "./hono/service-app.js";
