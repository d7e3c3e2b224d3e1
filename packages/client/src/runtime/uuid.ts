/** A random v4 UUID, used to fill `@idempotencyToken` members the caller left empty. */
export function generateIdempotencyToken(): string {
  return globalThis.crypto.randomUUID();
}
