import type { DispatcherOptions, HandlerContext } from "@pc-benefits/protocol";
import type { EndpointOptions } from "./endpoint-pattern.js";

/** The second argument of a resolver: the dispatcher's handler context plus the intercepted request. */
export interface ResolverContext extends HandlerContext {
  request: Request;
}

/**
 * Answers one operation: receives the validated, typed input and returns the typed output, throws a modelled
 * error class (answered with its status and members), or returns a `Response` to send as is.
 */
export type OperationResolver<Input, Output> = (
  input: Input,
  context: ResolverContext,
) => Output | Response | Promise<Output | Response>;

/**
 * Options of every handler: the endpoints it answers, the dispatcher's options (`sigv4` to require signed
 * requests, `validateOutput`, `maxBodyBytes`, ...) and MSW's `delay` and `once`.
 */
export interface HandlerOptions extends EndpointOptions, DispatcherOptions {
  /** Wait before answering: milliseconds, or MSW's `"real"` / `"infinite"`. */
  delay?: number | "real" | "infinite" | undefined;
  /** Answer one matching request only (MSW `once`). */
  once?: boolean;
}
