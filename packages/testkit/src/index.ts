export {
  type Call,
  type CallError,
  callByOperation,
  failure,
  matrix,
  normalizeError,
  TEST_CREDENTIALS,
  TEST_REGION,
  testClientConfig,
} from "./clients.js";
export { OPERATIONS } from "./document.js";
export { defineInteropSuite, type InteropHandlers, type InteropTarget } from "./interop-suite.js";
export { type ModelledError, modelledErrors } from "./modelled-errors.js";
export {
  methodName,
  OPERATION_SAMPLES,
  type OperationSample,
  sampleInput,
  sampleOutput,
  VALID_INPUTS,
} from "./operation-samples.js";
export { type LengthRange, sampleForPattern } from "./pattern-sample.js";
export {
  type CheckedBody,
  checkWireBody,
  requestProblems,
  schemaProblems,
  type WireBody,
} from "./response-validator.js";
export { SAMPLE_TIME, type SampleOptions, sampleOf } from "./schema-sample.js";
export {
  type FetchHandler,
  interceptWithMsw,
  type MswBackend,
  type Recorder,
  type RunningBackend,
  serveOnFreePort,
  type WireExchange,
} from "./transports.js";
export { VALIDATION_CASES, type ValidationCase } from "./validation-cases.js";
