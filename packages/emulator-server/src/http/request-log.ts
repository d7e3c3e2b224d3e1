/** One log line per request: time, method, operation (or path), status, error type, duration, request ID. */
import type { MiddlewareHandler } from "hono";

export type LogSink = (line: string) => void;

const TARGET_PREFIX = "PartnerCentralBenefitsService.";

/** `2026-01-01T12:00:00.000Z POST GetBenefit 200 1.4ms req=…` (`404 ResourceNotFoundException` on errors). */
export function formatRequestLine(entry: {
  at: Date;
  method: string;
  target: string;
  status: number;
  errorType: string | undefined;
  ms: number;
  requestId: string | undefined;
}): string {
  const status = entry.errorType ? `${entry.status} ${entry.errorType}` : String(entry.status);
  return `${entry.at.toISOString()} ${entry.method} ${entry.target} ${status} ${entry.ms.toFixed(1)}ms req=${entry.requestId ?? "-"}`;
}

/** What a request asks for: the operation from `X-Amz-Target` (bare name), else the URL path. */
export function requestTarget(target: string | undefined, url: string): string {
  if (target) {
    const clean = target.replace(/[^\x21-\x7e]/g, "?").slice(0, 120);
    return clean.startsWith(TARGET_PREFIX) ? clean.slice(TARGET_PREFIX.length) : clean;
  }
  const path = new URL(url).pathname;
  return path.length > 120 ? `${path.slice(0, 120)}…` : path;
}

export function requestLog(sink: LogSink): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const headers = c.res.headers;
    sink(
      formatRequestLine({
        at: new Date(),
        method: c.req.method,
        target: requestTarget(c.req.header("x-amz-target"), c.req.url),
        status: c.res.status,
        errorType: headers.get("x-amzn-ErrorType") ?? undefined,
        ms: performance.now() - started,
        requestId: headers.get("x-amzn-RequestId") ?? undefined,
      }),
    );
  };
}
