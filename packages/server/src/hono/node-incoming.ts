/**
 * Reading a request straight from the Node `IncomingMessage` that `@hono/node-server` passes as
 * `env.incoming`, without materializing a fetch `Request` and its `Headers` (the costly part of a small
 * AWS JSON request).
 */

import { concatBytes } from "@pc-benefits/protocol";

const DRAIN_FACTOR = 8;

/** The Node request `@hono/node-server` passes as `env.incoming`: readable without building a fetch `Request`. */
export interface NodeIncoming {
  readonly rawBody?: unknown;
  /** Header names and values in arrival order, as Node keeps them. */
  readonly rawHeaders: readonly string[];
  on(event: "data", listener: (chunk: Uint8Array) => void): unknown;
  on(event: "end" | "close", listener: () => void): unknown;
  on(event: "error", listener: (error: unknown) => void): unknown;
  removeAllListeners(event: string): unknown;
  resume(): unknown;
}

export function nodeIncoming(env: unknown): NodeIncoming | undefined {
  const incoming = (env as { incoming?: unknown } | undefined)?.incoming;
  if (typeof incoming !== "object" || incoming === null) return undefined;
  const candidate = incoming as Partial<NodeIncoming>;
  if (typeof candidate.on !== "function" || typeof candidate.resume !== "function") return undefined;
  if (!Array.isArray(candidate.rawHeaders)) return undefined;
  return incoming as NodeIncoming;
}

/**
 * Like `readBody`, straight from the Node stream (much cheaper than materializing a fetch `Request`).
 * A body past the limit is read and dropped (so the client, still sending, gets the 413 rather than a
 * reset) up to `DRAIN_FACTOR` times the limit; a larger declared body is not read at all.
 */
export async function readIncoming(
  incoming: NodeIncoming,
  contentLength: string | undefined,
  limit: number,
): Promise<Uint8Array> {
  if (incoming.rawBody instanceof Uint8Array) return incoming.rawBody;
  const declared = Number(contentLength ?? Number.NaN);
  const declaredTooLarge = Number.isFinite(declared) && declared > limit;
  if (declaredTooLarge && declared > limit * DRAIN_FACTOR) return new Uint8Array(limit + 1);
  const chunks: Uint8Array[] = [];
  let size = 0;
  await new Promise<void>((resolve) => {
    const done = () => {
      incoming.removeAllListeners("data");
      resolve();
    };
    incoming.on("data", (chunk) => {
      size += chunk.length;
      if (size <= limit && !declaredTooLarge) chunks.push(chunk);
      else if (size > limit * DRAIN_FACTOR) done();
    });
    // An aborted or failed upload ends the body where it stopped; the dispatcher answers what it got.
    incoming.on("end", done);
    incoming.on("close", done);
    incoming.on("error", done);
    incoming.resume();
  });
  if (declaredTooLarge || size > limit) return new Uint8Array(limit + 1);
  return concatBytes(chunks, size);
}

/**
 * The request headers as the dispatcher reads them: names lower-cased, repeated headers joined with ", ",
 * the way a fetch `Headers` built from the same raw headers (as `@hono/node-server` builds it) reads them.
 * HTTP/2 pseudo-headers (`:path`, ...) are left out, as there.
 */
export function incomingHeaders(incoming: NodeIncoming): Record<string, string> {
  const raw = incoming.rawHeaders;
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name.charCodeAt(0) === 58) continue;
    const key = name.toLowerCase();
    const value = trimHttpWhitespace(raw[i + 1] as string);
    const previous = out[key];
    out[key] = previous === undefined || key === "set-cookie" ? value : `${previous}, ${value}`;
  }
  return out;
}

/** Leading and trailing spaces, tabs, CR and LF removed, as `Headers` normalizes values. */
function trimHttpWhitespace(value: string): string {
  const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
  if (value === "" || (!isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(value.length - 1))))
    return value;
  return value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
}
