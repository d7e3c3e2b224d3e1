/** A parsed JSON object (a structure on the wire). */
export type JsonObject = Record<string, unknown>;

/** Thrown when a response body is not the JSON object the protocol promises. */
export class DeserializationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DeserializationError";
  }
}

/** Parses a response body: empty means `{}`; anything but a JSON object is a `DeserializationError`. */
export function parseJsonObject(text: string): JsonObject {
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new DeserializationError(`response body is not valid JSON: ${preview(text)}`, { cause });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new DeserializationError(`response body is not a JSON object: ${preview(text)}`);
  }
  return value as JsonObject;
}

/** Like {@link parseJsonObject} but never throws: error bodies may be HTML from a proxy. */
export function parseJsonObjectLenient(text: string): JsonObject {
  try {
    return parseJsonObject(text);
  } catch {
    return {};
  }
}

function preview(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}...` : text);
}
