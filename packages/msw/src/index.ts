export {
  amendBenefitApplication,
  associateBenefitApplicationResource,
  cancelBenefitApplication,
  createBenefitApplication,
  disassociateBenefitApplicationResource,
  getBenefit,
  getBenefitAllocation,
  getBenefitApplication,
  listBenefitAllocations,
  listBenefitApplications,
  listBenefits,
  listTagsForResource,
  operationHandlers,
  recallBenefitApplication,
  submitBenefitApplication,
  tagResource,
  untagResource,
  updateBenefitApplication,
} from "./generated/handlers.js";
export { handlersFor } from "./handlers-for.js";
export type { EndpointOptions } from "./runtime/endpoint-pattern.js";
export type { HandlerOptions, OperationResolver, ResolverContext } from "./runtime/handler-options.js";
export { failWith, withLatency } from "./runtime/operation-handler.js";
export type { RouterOptions } from "./runtime/service-router.js";
export type {
  LinkHandlerOptions,
  LinkRouterOptions,
  OperationInput,
  OperationName,
  OperationOutput,
  RouterHandlers,
  ServiceLink,
} from "./service/service-link.js";
export { partnerCentralBenefits } from "./service/service-link.js";
