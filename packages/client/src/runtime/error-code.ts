/**
 * AWS JSON error codes. The code is read from, in order: the `x-amzn-errortype` header, a top-level
 * body field `code`, a top-level body field `__type`; then sanitized to a simple shape name.
 */

/** `FooError`, `FooError:http://...`, `ns#FooError` and `ns#FooError:http://...` all become `FooError`. */
export function sanitizeErrorCode(raw: string): string {
  // Up to the first `,` or `:`, then after the first `#` (indexOf's -1 keeps it whole).
  const code = raw.split(/[,:]/)[0] ?? "";
  return code.slice(code.indexOf("#") + 1).trim();
}

/** The sanitized error code of an error response, or undefined when none is given. */
export function parseErrorCode(
  headers: Record<string, string>,
  body: Record<string, unknown>,
): string | undefined {
  const header = headers["x-amzn-errortype"];
  const raw = header ?? bodyCode(body.code) ?? bodyCode(body.__type);
  if (raw === undefined) return undefined;
  const code = sanitizeErrorCode(raw);
  return code === "" ? undefined : code;
}

function bodyCode(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** The human-readable message of an error body: `message`, else `Message`, else `errorMessage`. */
export function parseErrorMessage(body: Record<string, unknown>): string | undefined {
  for (const key of ["message", "Message", "errorMessage"]) {
    const value = body[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}
