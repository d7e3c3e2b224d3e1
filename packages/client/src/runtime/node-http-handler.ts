import type * as httpTypes from "node:http";
import type { IncomingMessage } from "node:http";
import type * as httpsTypes from "node:https";

// The CommonJS module objects, not ESM named bindings: interceptors that patch `http.request` (MSW's
// setupServer, nock) replace the property on these objects, and we read it at call time.
const http: typeof httpTypes = process.getBuiltinModule("node:http");
const https: typeof httpsTypes = process.getBuiltinModule("node:https");

import { abortError } from "./abort.js";
import type { HttpHandler, HttpHandlerOptions, HttpRequest, HttpResponse } from "./http.js";
import { withNetworkCause } from "./network-error.js";

/** Options of {@link NodeHttpHandler}. */
export interface NodeHttpHandlerOptions {
  /** Milliseconds before an attempt is abandoned with a retryable `TimeoutError`. */
  requestTimeout?: number;
  /** Agents to use; by default keep-alive agents owned by this handler. */
  httpAgent?: httpTypes.Agent;
  httpsAgent?: httpsTypes.Agent;
  /** Sockets per origin of the default agents (default 50, as the AWS SDK). */
  maxSockets?: number;
}

/**
 * The Node transport: `node:http`/`node:https` over keep-alive agents, several times cheaper per
 * call than Node 20's `fetch`. Exported from `@pc-benefits/client/node` only.
 */
export class NodeHttpHandler implements HttpHandler {
  readonly #httpAgent: httpTypes.Agent;
  readonly #httpsAgent: httpsTypes.Agent;
  readonly #requestTimeout: number | undefined;

  constructor(options: NodeHttpHandlerOptions = {}) {
    const maxSockets = options.maxSockets ?? 50;
    this.#httpAgent = options.httpAgent ?? new http.Agent({ keepAlive: true, maxSockets });
    this.#httpsAgent = options.httpsAgent ?? new https.Agent({ keepAlive: true, maxSockets });
    this.#requestTimeout = options.requestTimeout;
  }

  handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<HttpResponse> {
    const signal = options.abortSignal;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const timeout = options.requestTimeout ?? this.#requestTimeout;
    return new Promise<HttpResponse>((resolve, reject) => {
      const secure = request.protocol === "https:";
      const send = secure ? https.request : http.request;
      const req = send({
        method: request.method,
        hostname: request.hostname,
        port: request.port,
        path: request.path,
        headers: { ...request.headers, "content-length": String(Buffer.byteLength(request.body)) },
        agent: secure ? this.#httpsAgent : this.#httpAgent,
      });
      const onAbort = (): void => {
        req.destroy(abortError(signal));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const done = (): void => signal?.removeEventListener("abort", onAbort);
      req.on("error", (error) => {
        done();
        reject(signal?.aborted ? abortError(signal) : withNetworkCause(error));
      });
      if (timeout !== undefined && timeout > 0) {
        req.setTimeout(timeout, () => {
          const e = new Error(`request timed out after ${timeout} ms`);
          e.name = "TimeoutError";
          req.destroy(e);
        });
      }
      req.on("response", (res: IncomingMessage) => {
        res.setEncoding("utf8");
        let body = "";
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("error", (error) => {
          done();
          reject(signal?.aborted ? abortError(signal) : withNetworkCause(error));
        });
        res.on("end", () => {
          done();
          resolve({ statusCode: res.statusCode ?? 0, headers: flattenHeaders(res.headers), body });
        });
      });
      req.end(request.body);
    });
  }

  /** Closes the pooled keep-alive sockets of the default agents. */
  destroy(): void {
    this.#httpAgent.destroy();
    this.#httpsAgent.destroy();
  }
}

function flattenHeaders(headers: IncomingMessage["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}
