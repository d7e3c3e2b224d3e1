/**
 * Typed views over openapi-typescript's `paths` / `operations` / `components`, so callers can name
 * an operation's request body, success body or error bodies without spelling out the media type.
 */
import type { components, operations, paths } from "./generated/openapi-types.js";

/** Operation names (`operationId`s). */
export type OperationName = keyof operations;

/** The document's paths, one per operation (`/<Operation>`). */
export type OperationPath = keyof paths;

/** Named schemas of `components/schemas`, by shape name. */
export type Schemas = components["schemas"];

type BodyOf<T> = T extends { content: infer C } ? C[keyof C] : never;
type Responses<Op extends OperationName> = operations[Op]["responses"];

/** The `X-Amz-Target` header value of an operation, e.g. `Service.Operation`. */
export type AmzTarget<Op extends OperationName> = operations[Op]["parameters"]["header"]["X-Amz-Target"];

/** The JSON request body of an operation. */
export type RequestBody<Op extends OperationName> = BodyOf<operations[Op]["requestBody"]>;

/** The JSON body of an operation's HTTP 200 response. */
export type ResponseBody<Op extends OperationName> = BodyOf<Responses<Op>[200]>;

/** HTTP statuses of an operation's modelled errors. */
export type ErrorStatus<Op extends OperationName> = Exclude<keyof Responses<Op>, 200>;

/** The JSON body of an operation's modelled error responses (all statuses, or one). */
export type ErrorBody<Op extends OperationName, Status extends ErrorStatus<Op> = ErrorStatus<Op>> = BodyOf<
  Responses<Op>[Status]
>;
