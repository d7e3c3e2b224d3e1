/** Reading an AWS JSON request: headers, body bytes, content type, target and JSON body. */

import { isPlainObject } from "../codec/walk.js";
import type { OperationSchema, ServiceSchema } from "./schema.js";

/** Headers as a plain object with lower-cased names. */
export function normalizeHeaders(
  headers: Headers | Record<string, string | undefined> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (typeof Headers !== "undefined" && headers instanceof Headers) {
    headers.forEach((value, key) => {
      out[key.toLowerCase()] = value;
    });
    return out;
  }
  for (const [key, value] of Object.entries(headers)) {
    if (typeof value === "string") out[key.toLowerCase()] = value;
  }
  return out;
}

const encoder = new TextEncoder();

export function bodyBytes(body: string | Uint8Array | null | undefined): Uint8Array {
  if (body === null || body === undefined) return new Uint8Array();
  return typeof body === "string" ? encoder.encode(body) : body;
}

/** The protocol's media type (parameters ignored); the `/{OperationName}` form also takes `application/json`. */
export function acceptsContentType(header: string | undefined, expected: string, pathForm: boolean): boolean {
  const mediaType = header?.split(";")[0]?.trim().toLowerCase();
  if (mediaType === expected) return true;
  return pathForm && mediaType === "application/json";
}

/** The operation a request names, or why it names none (an `UnknownOperationException` message). */
export function resolveOperation(
  schema: ServiceSchema,
  byName: Map<string, OperationSchema>,
  target: string | undefined,
  pathOperation: string | undefined,
): OperationSchema | string {
  if (pathOperation !== undefined) {
    const operation = byName.get(pathOperation);
    if (!operation) return `Unknown operation ${pathOperation}`;
    if (target !== undefined && target !== "" && target !== `${schema.targetPrefix}.${operation.name}`) {
      return `X-Amz-Target ${target} does not match the operation path /${operation.name}`;
    }
    return operation;
  }
  if (target === undefined || target === "") return "Missing X-Amz-Target header";
  const dot = target.lastIndexOf(".");
  const operation =
    dot > 0 && target.slice(0, dot) === schema.targetPrefix ? byName.get(target.slice(dot + 1)) : undefined;
  return operation ?? `Unknown operation ${target}`;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Deepest nesting of arrays and objects a request body may have. */
export const MAX_JSON_DEPTH = 100;

/** Whether JSON text nests arrays and objects deeper than `limit` (one pass, strings skipped). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The JSON object body; an empty body reads as `{}`. */
export function parseBody(
  bytes: Uint8Array,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: "Request body is not valid UTF-8" };
  }
  if (text.trim() === "") return { ok: true, value: {} };
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    return { ok: false, message: `Request body nests deeper than ${MAX_JSON_DEPTH} levels` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "Request body is not valid JSON" };
  }
  if (!isPlainObject(value)) return { ok: false, message: "Request body must be a JSON object" };
  return { ok: true, value };
}
