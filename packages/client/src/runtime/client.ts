import { abortError, isAbortError, sleep } from "./abort.js";
import type { Command } from "./command.js";
import type { CompressionClientConfig, ResolvedCompressionConfig } from "./compression.js";
import {
  type ClientConfig,
  type ResolvedClientConfig,
  resolveClientConfig,
  type ServiceDescriptor,
} from "./config.js";
import { parseErrorCode, parseErrorMessage } from "./error-code.js";
import type { HttpHandlerOptions, HttpRequest, HttpResponse } from "./http.js";
import { type JsonObject, parseJsonObject, parseJsonObjectLenient } from "./json-body.js";
import type { MetadataBearer, ResponseMetadata } from "./metadata.js";
import { backoffDelay, isRetryableServiceError, isRetryableTransportError } from "./retry.js";
import type { ServiceException } from "./service-exception.js";

/** Node-style callback accepted by `send` and the aggregated client's methods. */
export type Callback<T> = (error: unknown, data?: T) => void;

/**
 * Base class of generated clients: `send(command, { abortSignal })` serializes, signs, sends,
 * retries and deserializes one call.
 */
export class Client<ServiceInput extends object, ServiceOutput extends MetadataBearer> {
  /** The resolved configuration; the request compression options only when the service has them. */
  readonly config: ResolvedClientConfig & Partial<ResolvedCompressionConfig>;
  readonly #service: ServiceDescriptor;
  readonly #signingKeys = new Map<string, ArrayBuffer>();

  constructor(service: ServiceDescriptor, config: ClientConfig & CompressionClientConfig = {}) {
    this.#service = service;
    this.config = resolveClientConfig(config, service);
  }

  send<I extends ServiceInput, O extends ServiceOutput>(
    command: Command<I, O>,
    options?: HttpHandlerOptions,
  ): Promise<O>;
  send<I extends ServiceInput, O extends ServiceOutput>(command: Command<I, O>, cb: Callback<O>): void;
  send<I extends ServiceInput, O extends ServiceOutput>(
    command: Command<I, O>,
    options: HttpHandlerOptions | undefined,
    cb: Callback<O>,
  ): void;
  send<I extends ServiceInput, O extends ServiceOutput>(
    command: Command<I, O>,
    optionsOrCb?: HttpHandlerOptions | Callback<O>,
    cb?: Callback<O>,
  ): Promise<O> | undefined {
    return this.dispatch(command, optionsOrCb, cb);
  }

  /** `send` with the overloads resolved at run time (used by the aggregated client's methods). */
  protected dispatch<I extends ServiceInput, O extends ServiceOutput>(
    command: Command<I, O>,
    optionsOrCb?: HttpHandlerOptions | Callback<O>,
    cb?: Callback<O>,
  ): Promise<O> | undefined {
    const callback = typeof optionsOrCb === "function" ? optionsOrCb : cb;
    const options = typeof optionsOrCb === "function" ? undefined : optionsOrCb;
    const result = this.#execute(command, options);
    if (callback === undefined) return result;
    result.then(
      (data) => callback(null, data),
      (error: unknown) => callback(error),
    );
    return undefined;
  }

  /** Releases the transport's pooled connections. */
  destroy(): void {
    this.config.requestHandler.destroy?.();
  }

  async #execute<I extends object, O extends MetadataBearer>(
    command: Command<I, O>,
    options: HttpHandlerOptions | undefined,
  ): Promise<O> {
    const signal = options?.abortSignal;
    if (signal?.aborted) throw abortError(signal);
    const operation = command.operation;
    const { config } = this;
    const json = JSON.stringify(operation.serialize(command.input));
    const hostPrefix = operation.hostPrefix?.(command.input, config) ?? "";
    const headers: Record<string, string> = {
      "content-type": this.#service.contentType,
      "x-amz-target": operation.target,
    };
    const queryCompatible = this.#service.awsQueryCompatible;
    if (queryCompatible) headers["x-amzn-query-mode"] = "true";
    const body = operation.compress ? await operation.compress(json, config, headers) : json;
    const contentLength = String(
      typeof body === "string" ? new TextEncoder().encode(body).length : body.length,
    );
    const [region, endpoint, maxAttempts] = await Promise.all([
      config.region(),
      config.endpoint(),
      config.maxAttempts(),
    ]);
    let totalRetryDelay = 0;
    for (let attempt = 1; ; attempt++) {
      const request: HttpRequest = {
        method: "POST",
        protocol: endpoint.protocol,
        hostname: `${hostPrefix}${endpoint.hostname}`,
        port: endpoint.port,
        path: endpoint.path,
        headers: { ...headers },
        body,
      };
      const signingName = this.#service.signingName;
      if (signingName !== undefined) {
        await config.signer(request, await config.credentials(), {
          region,
          service: signingName,
          cache: this.#signingKeys,
        });
      }
      // After signing, so both signers sign the same headers; transports that compute it drop it.
      request.headers["content-length"] = contentLength;
      let response: HttpResponse;
      try {
        response = await config.requestHandler.handle(request, options);
      } catch (error) {
        if (signal?.aborted) throw abortError(signal);
        if (attempt < maxAttempts && isRetryableTransportError(error)) {
          totalRetryDelay += await this.#backoff(attempt, signal);
          continue;
        }
        throw attachMetadata(error, { attempts: attempt, totalRetryDelay });
      }
      const metadata = responseMetadata(response, attempt, totalRetryDelay);
      if (response.statusCode >= 200 && response.statusCode < 300) {
        try {
          return Object.assign(operation.deserialize(parseJsonObject(response.body)), {
            $metadata: metadata,
          }) as O;
        } catch (error) {
          throw attachMetadata(error, metadata);
        }
      }
      const errorBody = parseJsonObjectLenient(response.body);
      const error = decorateError(
        operation.error(parseErrorCode(response.headers, errorBody), errorBody, metadata),
        errorBody,
      );
      queryCompatible?.(error, response.headers);
      if (attempt < maxAttempts && isRetryableServiceError(error)) {
        totalRetryDelay += await this.#backoff(attempt, signal);
        continue;
      }
      throw error;
    }
  }

  async #backoff(attempt: number, signal: AbortSignal | undefined): Promise<number> {
    const delay = backoffDelay(attempt);
    await sleep(delay, signal);
    return delay;
  }
}

function responseMetadata(
  response: HttpResponse,
  attempts: number,
  totalRetryDelay: number,
): ResponseMetadata {
  const { headers } = response;
  const metadata: ResponseMetadata = {
    httpStatusCode: response.statusCode,
    requestId: headers["x-amzn-requestid"] ?? headers["x-amz-request-id"],
    attempts,
    totalRetryDelay,
  };
  const extendedRequestId = headers["x-amz-id-2"];
  if (extendedRequestId !== undefined) metadata.extendedRequestId = extendedRequestId;
  const cfId = headers["x-amz-cf-id"];
  if (cfId !== undefined) metadata.cfId = cfId;
  return metadata;
}

/** As the AWS SDK: `message` comes from the body's `message`/`Message`; the `Message` copy is dropped. */
function decorateError(error: ServiceException, body: JsonObject): ServiceException {
  const fields = error as unknown as { Message?: unknown };
  const modelled = typeof fields.Message === "string" ? fields.Message : undefined;
  if (!error.message) error.message = parseErrorMessage(body) || modelled || "UnknownError";
  delete fields.Message;
  return error;
}

function attachMetadata(error: unknown, metadata: ResponseMetadata): unknown {
  if (typeof error === "object" && error !== null && !isAbortError(error) && !("$metadata" in error)) {
    (error as { $metadata?: ResponseMetadata }).$metadata = metadata;
  }
  return error;
}
