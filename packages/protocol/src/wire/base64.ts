/** Standard base64 (RFC 4648, padded) on `btoa`/`atob`, without Node's Buffer: the client and the server's. */

const SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether `text` is padded standard base64. */
export function isBase64(text: string): boolean {
  return SHAPE.test(text);
}

/** Standard padded base64 of `bytes` (`btoa` in chunks: large blobs do not overflow the call stack). */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The bytes of base64 text; throws on text that is not base64 (`isBase64` checks first, without throwing). */
export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Number of bytes a valid base64 text decodes to. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}
