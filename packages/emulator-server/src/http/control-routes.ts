/** The reviewer-control API of the engine (`createControl`) as Hono routes under a prefix such as `/_emulator`. */

import { createControl, type Emulator } from "@pc-benefits/emulator";
import type { Context, Hono } from "hono";

const MAX_CONTROL_BODY = 1024 * 1024;

function reply(c: Context, status: number, body: unknown, errorType?: string): Response {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-amzn-RequestId": crypto.randomUUID(),
  };
  if (errorType) headers["x-amzn-ErrorType"] = errorType;
  return c.body(JSON.stringify(body), status as 200, headers);
}

/** A control body over {@link MAX_CONTROL_BODY}, answered as the protocol answers a body over its limit. */
function tooLarge(c: Context): Response {
  const type = "RequestEntityTooLargeException";
  return reply(
    c,
    413,
    { __type: type, message: `Control bodies are limited to ${MAX_CONTROL_BODY} bytes` },
    type,
  );
}

/** Mounts `GET|POST|PUT|PATCH {prefix}/…` on `app`; see `control.ts` for the routes and their bodies. */
export function mountControlRoutes(app: Hono, emulator: Emulator, prefix: string): void {
  const control = createControl(emulator);
  app.all(`${prefix}/*`, async (c) => {
    if (Number(c.req.header("content-length") ?? 0) > MAX_CONTROL_BODY) return tooLarge(c);
    const text = c.req.method === "GET" || c.req.method === "HEAD" ? "" : await c.req.text();
    if (text.length > MAX_CONTROL_BODY) return tooLarge(c);
    const url = new URL(c.req.url);
    const path = url.pathname.slice(prefix.length);
    const response = control({
      method: c.req.method,
      path,
      body: text === "" ? undefined : text,
      query: Object.fromEntries(url.searchParams),
    });
    const type = errorTypeOf(response.body);
    return reply(c, response.status, response.body, type);
  });
}

function errorTypeOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const type = (body as { __type?: unknown }).__type;
  return typeof type === "string" ? type.slice(type.indexOf("#") + 1) : undefined;
}
