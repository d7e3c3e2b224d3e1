/** A fully resolved HTTP request, as the transports send it. */
export interface HttpRequest {
  method: string;
  /** `https:` or `http:`. */
  protocol: string;
  hostname: string;
  port?: number;
  /** Path of the request, starting with `/`. */
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The JSON text, or its bytes once compressed (`content-encoding: gzip`). */
  body: string | Uint8Array;
}

/** What a transport returns: the status, lower-case header names and the body text. */
export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** Per-call options, as in the AWS SDK's `HttpHandlerOptions`. */
export interface HttpHandlerOptions {
  /** Aborts the call: the in-flight request and any backoff sleep. */
  abortSignal?: AbortSignal;
  /** Milliseconds before one HTTP attempt is abandoned (a retryable network error). */
  requestTimeout?: number;
}

/** A transport: sends one request and reads the whole response. */
export interface HttpHandler {
  handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<HttpResponse>;
  /** Releases pooled connections, if any. */
  destroy?(): void;
}

/** The request's origin and path as a URL string (`https://host:port/path`). */
export function requestUrl(request: HttpRequest): string {
  const port = request.port === undefined ? "" : `:${request.port}`;
  return `${request.protocol}//${request.hostname}${port}${request.path}`;
}
