import { withNetworkCause } from "#network-cause";
import { abortError } from "./abort.js";
import type { HttpHandler, HttpHandlerOptions, HttpRequest, HttpResponse } from "./http.js";
import { requestUrl } from "./http.js";

/** Options of {@link FetchHttpHandler}. */
export interface FetchHttpHandlerOptions {
  /** Milliseconds before an attempt is abandoned with a retryable `TimeoutError`. */
  requestTimeout?: number;
  /** The `fetch` to use; defaults to the global one (read at call time, so test doubles work). */
  fetch?: typeof fetch;
}

/** The portable transport: WHATWG `fetch` (browsers, Node 20, Deno, Bun, workers). */
export class FetchHttpHandler implements HttpHandler {
  readonly #options: FetchHttpHandlerOptions;

  constructor(options: FetchHttpHandlerOptions = {}) {
    this.#options = options;
  }

  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<HttpResponse> {
    const userSignal = options.abortSignal;
    if (userSignal?.aborted) throw abortError(userSignal);
    const timeout = options.requestTimeout ?? this.#options.requestTimeout;
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(userSignal?.reason);
    userSignal?.addEventListener("abort", onAbort, { once: true });
    let timedOut = false;
    const timer =
      timeout !== undefined && timeout > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeout)
        : undefined;
    try {
      const doFetch = this.#options.fetch ?? globalThis.fetch;
      // fetch sets Content-Length itself (browsers refuse it as a request header).
      const { "content-length": _length, ...sendHeaders } = request.headers;
      const response = await doFetch(requestUrl(request), {
        method: request.method,
        headers: sendHeaders,
        body: request.body as BodyInit,
        signal: controller.signal,
      });
      const body = await response.text();
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      return { statusCode: response.status, headers, body };
    } catch (error) {
      if (userSignal?.aborted) throw abortError(userSignal);
      if (timedOut) {
        const e = new Error(`request timed out after ${timeout} ms`, { cause: error });
        e.name = "TimeoutError";
        throw e;
      }
      // `TypeError: fetch failed` keeps the reason in `cause`; the message names it too.
      throw withNetworkCause(error);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      userSignal?.removeEventListener("abort", onAbort);
    }
  }
}
