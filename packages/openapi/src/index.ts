export { mediaType, openapiDocument } from "./generated/openapi.js";
export type { components, operations, paths } from "./generated/openapi-types.js";
export { findOperation, type OperationInfo, operationList } from "./operations.js";
export type {
  AmzTarget,
  ErrorBody,
  ErrorStatus,
  OperationName,
  OperationPath,
  RequestBody,
  ResponseBody,
  Schemas,
} from "./types.js";
