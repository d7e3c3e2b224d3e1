/**
 * Transport failures whose message names their cause. `fetch` rejects with `TypeError: fetch failed` and
 * keeps the reason (`connect ECONNREFUSED 127.0.0.1:4010`, `getaddrinfo ENOTFOUND host`, `bad port`) in
 * `cause`; Node's happy-eyeballs connect rejects with an `AggregateError` whose message is empty and whose
 * `errors` hold one failure per address. Both transports pass what they throw through
 * {@link withNetworkCause}, so the message says what went wrong and `code` (as Node's errors carry it)
 * is readable on the error itself.
 */

/** The readable reason of an error: its message, else those of its `errors` or `cause`. */
function reasonOf(error: unknown, depth = 0): string {
  if (depth > 5) return "";
  if (error instanceof AggregateError && error.errors.length > 0) {
    const reasons = error.errors.map((e) => reasonOf(e, depth + 1)).filter((r) => r !== "");
    return [...new Set(reasons)].join(", ");
  }
  if (error instanceof Error) {
    if (error.message !== "") return error.message;
    return error.cause === undefined ? error.name : reasonOf(error.cause, depth + 1);
  }
  return error === undefined || error === null ? "" : String(error);
}

/** The first string `code` on the error, its `cause` or its first aggregated error, depth first. */
function codeOf(error: unknown, depth = 0): string | undefined {
  if (!(error instanceof Error) || depth > 5) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  const next = error instanceof AggregateError ? error.errors[0] : error.cause;
  return codeOf(next, depth + 1);
}

/**
 * `error` with its cause in the message: `fetch failed: connect ECONNREFUSED 127.0.0.1:4010` (a new
 * `TypeError` whose `cause` is fetch's), or the addresses an `AggregateError` tried (a new `Error` whose
 * `cause` is the aggregate). An error whose message already says it all is returned as is. The result
 * keeps the error's `name` (an aggregate's becomes `Error`) and carries the `code` of the error or of its
 * cause (`ECONNREFUSED`), as Node's own errors do.
 */
export function withNetworkCause(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const aggregate = error instanceof AggregateError;
  // What the message should name: an aggregate's own failures, else the cause (none: "").
  const cause = aggregate ? error : error.cause;
  const own = aggregate ? "" : error.message;
  const inner = reasonOf(cause);
  if (inner === "" || own.includes(inner)) return error;
  const message = own === "" ? inner : `${own}: ${inner}`;
  const out = error instanceof TypeError ? new TypeError(message, { cause }) : new Error(message, { cause });
  if (!aggregate) out.name = error.name;
  const code = codeOf(error);
  if (code !== undefined) Object.assign(out, { code });
  return out;
}
