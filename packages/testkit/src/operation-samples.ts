/**
 * Request and response bodies for every operation, derived from the OpenAPI document by `sampleOf`: the
 * one table of valid inputs the suites share (`VALID_INPUTS`, required members only), and the richest
 * input and output of an operation (every member) for round trips.
 */
import { mediaType, type OperationName, type RequestBody, type ResponseBody } from "@pc-benefits/openapi";
import { OPERATIONS, requestSchema, responsesOf } from "./document.js";
import { type SampleOptions, sampleOf } from "./schema-sample.js";

/** An operation's request body satisfying its input schema. */
export function sampleInput<Op extends OperationName>(
  operation: Op,
  options: SampleOptions = { members: "required", timestamps: "wire" },
): RequestBody<Op> {
  return sampleOf(requestSchema(operation), options, `${operation}Input`) as RequestBody<Op>;
}

/** An operation's success body satisfying its output schema. */
export function sampleOutput<Op extends OperationName>(
  operation: Op,
  options: SampleOptions = { members: "all", timestamps: "wire" },
): ResponseBody<Op> {
  const schema = responsesOf(operation)["200"]?.content?.[mediaType]?.schema;
  if (!schema) throw new Error(`${operation} declares no ${mediaType} body for HTTP 200`);
  return sampleOf(schema, options, `${operation}Output`) as ResponseBody<Op>;
}

/** One valid request per operation, with only the members its input requires, as JSON bodies. */
export const VALID_INPUTS: { readonly [Op in OperationName]: RequestBody<Op> } = Object.fromEntries(
  OPERATIONS.map((operation) => [operation, sampleInput(operation)]),
) as { [Op in OperationName]: RequestBody<Op> };

/** One operation's richest exchange, typed as the clients and handlers see it (timestamps as `Date`s). */
export interface OperationSample {
  operation: OperationName;
  /** The client's method and the handler's key: `getBenefit` for GetBenefit. */
  method: string;
  /** Every member of the input. */
  input: Record<string, unknown>;
  /** Every member of the output: what a handler returns and a client must read back. */
  output: Record<string, unknown>;
}

/** The lowerCamelCase method name of an operation (`GetBenefit` → `getBenefit`). */
export function methodName(operation: string): string {
  return `${operation.charAt(0).toLowerCase()}${operation.slice(1)}`;
}

/** One rich sample per operation, in document order. */
export const OPERATION_SAMPLES: readonly OperationSample[] = OPERATIONS.map((operation) => {
  const typed: SampleOptions = { members: "all", timestamps: "typed" };
  return {
    operation,
    method: methodName(operation),
    input: sampleInput(operation, typed) as Record<string, unknown>,
    output: sampleOutput(operation, typed) as Record<string, unknown>,
  };
});
