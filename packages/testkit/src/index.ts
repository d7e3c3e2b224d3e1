export { OPERATIONS } from "./document.js";
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
