import {
  concatBytes,
  createSchemaDispatcher as createDispatcher,
  DEFAULT_MAX_BODY_BYTES,
  type DispatcherOptions,
  PROTOCOL_ERRORS,
  type ProtocolErrorSpec,
  protocolErrorResponse,
  type ServiceSchema,
  type WireResponse,
} from "@pc-benefits/protocol";
import { Scalar } from "@scalar/hono-api-reference";
import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import { incomingHeaders, nodeIncoming, readIncoming } from "./node-incoming.js";

export interface ServiceAppOptions extends DispatcherOptions {
  /** Operation implementations, keyed like `OperationSchema.handler`. Missing ones answer 501. */
  handlers: object;
  /** Document served at `GET /openapi.json`; `false` turns the route (and `/docs`) off. */
  openapi?: object | false;
  /** API reference page at `GET /docs` (Scalar); `false` turns it off. */
  docs?: false | DocsOptions;
  /**
   * Answer CORS preflights and add CORS headers (for browser clients on another origin): `true` allows any
   * origin, a string or list allows those. Default off.
   */
  cors?: boolean | string | string[];
}

/** The `/docs` page. */
export interface DocsOptions {
  /** Page title. */
  title?: string;
  /**
   * Where the page loads Scalar's browser bundle (`@scalar/api-reference`) from. Default: the jsDelivr
   * CDN, so the page stays blank without internet; point it at a copy you serve to work offline. With a
   * `scriptUrl` the page also asks for no web fonts and no telemetry, so it contacts no other host.
   */
  scriptUrl?: string;
}

/** Headers a browser client must be able to send and read for AWS JSON + SigV4. */
const CORS_ALLOW_HEADERS = [
  "authorization",
  "content-type",
  "x-amz-target",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-content-sha256",
  "x-amz-user-agent",
  "amz-sdk-invocation-id",
  "amz-sdk-request",
];
const CORS_EXPOSE_HEADERS = ["x-amzn-RequestId", "x-amzn-ErrorType"];

/**
 * A Hono app speaking AWS JSON for `schema`: `POST /` dispatching on `X-Amz-Target`, `POST /{OperationName}`,
 * plus `GET /openapi.json` and `GET /docs`. Anything else answers an AWS-shaped 404.
 */
export function createServiceApp(schema: ServiceSchema, options: ServiceAppOptions): Hono {
  const { handlers, openapi, docs, cors: corsOption, ...dispatcherOptions } = options;
  const maxBodyBytes = dispatcherOptions.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const nextRequestId = dispatcherOptions.requestId ?? (() => crypto.randomUUID());
  const dispatch = createDispatcher(schema, handlers, { ...dispatcherOptions, requestId: nextRequestId });
  const reject = (spec: ProtocolErrorSpec, message: string) =>
    toResponse(protocolErrorResponse(schema, nextRequestId(), spec, message));

  const app = new Hono();
  if (corsOption !== undefined && corsOption !== false) {
    const origin = corsOption === true ? "*" : corsOption;
    app.use(
      "*",
      cors({
        origin,
        allowMethods: ["GET", "POST"],
        allowHeaders: CORS_ALLOW_HEADERS,
        exposeHeaders: CORS_EXPOSE_HEADERS,
      }),
    );
  }

  const handle = async (c: Context, operation: string | undefined) => {
    const incoming = nodeIncoming(c.env);
    let headers: Headers | Record<string, string>;
    let body: Uint8Array;
    if (incoming) {
      headers = incomingHeaders(incoming);
      body = await readIncoming(incoming, headers["content-length"], maxBodyBytes);
    } else {
      headers = c.req.raw.headers;
      body = await readBody(c.req.raw, maxBodyBytes);
    }
    const wire = await dispatch({ operation, body, headers, method: c.req.method, url: c.req.url });
    // After an oversize body the connection is not worth keeping (the rest may not have been read).
    if (wire.status === 413) wire.headers.Connection = "close";
    return toResponse(wire);
  };
  app.post("/", (c) => handle(c, undefined));
  app.post("/:operation{[A-Za-z][A-Za-z0-9_]*}", (c) => handle(c, c.req.param("operation")));

  if (openapi !== false && openapi !== undefined) {
    app.get("/openapi.json", (c) => c.json(openapi));
    if (docs !== false) {
      const offline = docs?.scriptUrl !== undefined;
      app.get(
        "/docs",
        Scalar({
          url: "/openapi.json",
          pageTitle: docs?.title ?? "API reference",
          cdn: docs?.scriptUrl,
          // Scalar's defaults fetch fonts from its CDN and report usage; a self-hosted page does neither.
          ...(offline ? { withDefaultFonts: false, telemetry: false } : {}),
        }),
      );
    }
  }

  app.notFound((c) =>
    reject(PROTOCOL_ERRORS.notFound, `No route for ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  app.onError(() => reject(PROTOCOL_ERRORS.internalFailure, "An internal error occurred"));
  return app;
}

function toResponse(wire: WireResponse): Response {
  return new Response(wire.body === "" ? null : wire.body, { status: wire.status, headers: wire.headers });
}

/**
 * Reads at most `limit + 1` bytes: a declared or streamed body past the limit is cut short and the
 * dispatcher, seeing more than `limit` bytes, answers 413 without the rest ever being buffered.
 */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return new Uint8Array(limit + 1);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      break;
    }
  }
  return concatBytes(chunks, size);
}
