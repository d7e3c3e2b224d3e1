import { type CallerIdentity, parseAuthorization } from "./caller-identity.js";
import { decodeContentEncoding } from "./content-encoding.js";
import { deserializeInput } from "./deserialize.js";
import { PROTOCOL_ERRORS, type ProtocolErrorSpec } from "./protocol-errors.js";
import {
  acceptsContentType,
  bodyBytes,
  normalizeHeaders,
  parseBody,
  resolveOperation,
} from "./request-parts.js";
import {
  internalErrorShape,
  modelledErrorOf,
  modelledErrorResponse,
  protocolErrorResponse,
  successResponse,
  validationErrorResponse,
} from "./responses.js";
import type { OperationSchema, ServiceSchema } from "./schema.js";
import { createSigV4Verifier, type SigV4VerifyOptions } from "./sigv4-verify.js";
import { type Violation, validate, validateInput } from "./validate.js";
import { summarize } from "./validation-error.js";
import type { WireResponse } from "./wire-response.js";

/** What every handler receives next to its typed input. */
export interface HandlerContext {
  /** The `x-amzn-RequestId` this response carries. */
  requestId: string;
  /** Operation name, e.g. `GetBenefit`. */
  operation: string;
  /** From the SigV4 `Authorization` header, when present; verified (and always present) in SigV4 mode. */
  caller: CallerIdentity | undefined;
  /** Request headers, names lower-cased. */
  headers: Record<string, string>;
  /** The transport's own `Request`, when it passed one in `DispatchRequest.request`. */
  request?: Request | undefined;
}

export interface DispatchRequest {
  /** `X-Amz-Target`; read from `headers` when omitted. */
  target?: string | undefined;
  /** Operation name from the `POST /{OperationName}` route; takes precedence over the target. */
  operation?: string | undefined;
  /** Raw body; empty or missing counts as `{}`. */
  body?: string | Uint8Array | null | undefined;
  headers?: Headers | Record<string, string | undefined> | undefined;
  /** HTTP method, for SigV4 verification. Default `POST`. */
  method?: string | undefined;
  /** Request URL (absolute, or path and query), for SigV4 verification. Default `/`. */
  url?: string | undefined;
  /** The transport's own `Request` object, handed to the handler as `context.request`. */
  request?: Request | undefined;
}

export interface DispatcherOptions {
  /** Largest accepted request body in bytes (413 beyond). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Request ID generator. Default `crypto.randomUUID()`. */
  requestId?: () => string;
  /** Overrides how the caller's account ID is found (default: decoded from `AKIA`/`ASIA` key IDs). */
  resolveAccountId?: (caller: CallerIdentity) => string | undefined;
  /** Called with unexpected (non-modelled) handler errors, e.g. for logging. Default: `console.error`. */
  onError?: (error: unknown, context: HandlerContext) => void;
  /**
   * Also check each handler's output against the model (required members, enums, patterns, ...); a handler
   * returning an invalid output then answers 500 and `onError` gets an `OutputValidationError`. Default off.
   */
  validateOutput?: boolean;
  /**
   * SigV4 mode (default off): every request must be signed with a known key, else AWS's 403 errors
   * (`MissingAuthenticationTokenException`, `IncompleteSignatureException`, `UnrecognizedClientException`,
   * `InvalidSignatureException`). The handler context's `caller.accountId` is then the key's account.
   */
  sigv4?: SigV4VerifyOptions | undefined;
  /**
   * Body of a successful response whose output structure has no members: `"{}"` (default) or `"empty"`, a
   * zero-length body as the AWS JSON 1.0 spec and the API reference describe. Clients must accept both.
   */
  emptyOutputBody?: "{}" | "empty";
  /**
   * HTTP status of modelled client errors and validation failures: `"model"` (default: each error's
   * `httpError`, e.g. 404, 409, 429) or `"all-400"`, as some AWS documentation describes. Server faults stay 5xx.
   */
  errorStatusCodes?: "model" | "all-400";
}

/** A handler returned an output the model does not allow (only with `validateOutput`). */
export class OutputValidationError extends Error {
  constructor(
    readonly operation: string,
    readonly violations: Violation[],
  ) {
    super(`${operation} returned an invalid output: ${summarize(violations)}`);
    this.name = "OutputValidationError";
  }
}

export type Dispatch = (request: DispatchRequest) => Promise<WireResponse>;

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

type AnyHandler = (input: never, context: HandlerContext) => unknown;

/**
 * The framework-agnostic core: one AWS JSON request in, one response out. Never throws; every failure
 * becomes an AWS-shaped error response. `handlers` is keyed by `OperationSchema.handler`.
 */
export function createDispatcher(
  schema: ServiceSchema,
  handlers: object,
  options: DispatcherOptions = {},
): Dispatch {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const nextRequestId = options.requestId ?? (() => crypto.randomUUID());
  const onError = options.onError ?? defaultOnError;
  const byName = new Map(Object.values(schema.operations).map((op) => [op.name, op]));
  const verify = options.sigv4 ? createSigV4Verifier(options.sigv4, schema.endpointPrefix) : undefined;
  const emptyBody = options.emptyOutputBody === "empty";
  const clientErrorStatus = (response: WireResponse): WireResponse =>
    options.errorStatusCodes === "all-400" && response.status > 400 && response.status < 500
      ? { ...response, status: 400 }
      : response;

  return async (request) => {
    const requestId = nextRequestId();
    const headers = normalizeHeaders(request.headers);
    const fail = (spec: ProtocolErrorSpec, message: string) =>
      protocolErrorResponse(schema, requestId, spec, message);

    const bytes = bodyBytes(request.body);
    if (bytes.length > maxBodyBytes) {
      return fail(
        PROTOCOL_ERRORS.requestTooLarge,
        `Request body of ${bytes.length} bytes exceeds the limit of ${maxBodyBytes}`,
      );
    }
    let verifiedCaller: CallerIdentity | undefined;
    if (verify) {
      const result = await verify({
        method: request.method ?? "POST",
        url: request.url ?? "/",
        headers,
        body: bytes,
      });
      if (!result.ok) return fail(result.spec, result.message);
      verifiedCaller = result.caller;
    }
    const pathForm = request.operation !== undefined;
    if (!acceptsContentType(headers["content-type"], schema.contentType, pathForm)) {
      return fail(PROTOCOL_ERRORS.unsupportedMediaType, `Content-Type must be ${schema.contentType}`);
    }
    const resolved = resolveOperation(
      schema,
      byName,
      request.target ?? headers["x-amz-target"],
      request.operation,
    );
    if (typeof resolved === "string") return fail(PROTOCOL_ERRORS.unknownOperation, resolved);
    const operation = resolved;

    const handler = (handlers as Record<string, unknown>)[operation.handler];
    if (typeof handler !== "function") {
      return fail(
        PROTOCOL_ERRORS.notImplemented,
        `Operation ${operation.name} is not implemented by this server`,
      );
    }

    const decoded = await decodeContentEncoding(headers["content-encoding"], bytes, maxBodyBytes);
    if (!decoded.ok) {
      return fail(
        decoded.tooLarge ? PROTOCOL_ERRORS.requestTooLarge : PROTOCOL_ERRORS.serialization,
        decoded.message,
      );
    }
    const parsed = parseBody(decoded.bytes);
    if (!parsed.ok) return fail(PROTOCOL_ERRORS.serialization, parsed.message);

    const report = validate(schema, operation.input, parsed.value);
    if (report.violations.length > 0) {
      return clientErrorStatus(validationErrorResponse(schema, operation, requestId, report));
    }

    let caller = verifiedCaller ?? parseAuthorization(headers.authorization, headers["x-amz-security-token"]);
    if (caller && !verifiedCaller && options.resolveAccountId) {
      const { accountId: _derived, ...rest } = caller;
      const accountId = options.resolveAccountId(caller);
      caller = accountId === undefined ? rest : { ...rest, accountId };
    }
    const context: HandlerContext = { requestId, operation: operation.name, caller, headers };
    if (request.request !== undefined) context.request = request.request;
    const input = deserializeInput(schema, operation.input, parsed.value);
    try {
      const output = await (handler as AnyHandler).call(handlers, input as never, context);
      const response = successResponse(schema, operation, requestId, output);
      if (options.validateOutput) {
        const invalid = validateInput(schema, operation.output, JSON.parse(response.body));
        if (invalid.length > 0) throw new OutputValidationError(operation.name, invalid);
      }
      // An operation whose output is Unit answers with an empty body (AWS JSON protocol tests).
      if (operation.unitOutput) return { ...response, body: "" };
      return emptyBody && hasNoMembers(schema, operation.output) ? { ...response, body: "" } : response;
    } catch (error) {
      return clientErrorStatus(errorResponse(schema, operation, context, error, onError));
    }
  };
}

function errorResponse(
  schema: ServiceSchema,
  operation: OperationSchema,
  context: HandlerContext,
  error: unknown,
  onError: (error: unknown, context: HandlerContext) => void,
): WireResponse {
  const modelled = modelledErrorOf(schema, error);
  if (modelled && typeof error === "object" && error !== null) {
    try {
      return modelledErrorResponse(schema, context.requestId, modelled.name, modelled.shape, error);
    } catch (serializationError) {
      error = serializationError;
    }
  }
  try {
    onError(error, context);
  } catch {
    // A failing logger must not turn into a crash.
  }
  const internal = internalErrorShape(schema, operation);
  const message = "An internal error occurred";
  if (internal) {
    return modelledErrorResponse(
      schema,
      context.requestId,
      internal.name,
      internal.shape,
      new Error(message),
    );
  }
  return protocolErrorResponse(schema, context.requestId, PROTOCOL_ERRORS.internalFailure, message);
}

function defaultOnError(error: unknown, context: HandlerContext): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`[${context.operation} ${context.requestId}] unexpected handler error: ${detail}`);
}

function hasNoMembers(schema: ServiceSchema, shapeName: string): boolean {
  const shape = schema.shapes[shapeName];
  return shape?.type === "structure" && shape.members.length === 0;
}
