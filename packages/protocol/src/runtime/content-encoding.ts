/**
 * Request bodies sent with `Content-Encoding: gzip`, as clients send them for `@requestCompression`
 * operations. Decoded with the platform's `DecompressionStream` (Node 18+, browsers, service workers),
 * so the dispatcher stays portable; the decoded size is capped like the raw one.
 */

export type DecodedBody =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; message: string; tooLarge?: boolean };

/** `bytes` with every encoding of the `Content-Encoding` header undone (`identity` and `gzip` are known). */
export async function decodeContentEncoding(
  header: string | undefined,
  bytes: Uint8Array,
  maxBytes: number,
): Promise<DecodedBody> {
  const encodings = (header ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== "" && e !== "identity");
  let body = bytes;
  // The last encoding listed was applied last, so it is undone first.
  for (const encoding of encodings.reverse()) {
    if (encoding !== "gzip" && encoding !== "x-gzip") {
      return { ok: false, message: `Unsupported Content-Encoding ${encoding}` };
    }
    const decoded = await gunzip(body, maxBytes);
    if (!decoded.ok) return decoded;
    body = decoded.bytes;
  }
  return { ok: true, bytes: body };
}

async function gunzip(bytes: Uint8Array, maxBytes: number): Promise<DecodedBody> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("gzip"));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        return {
          ok: false,
          tooLarge: true,
          message: `Decompressed request body exceeds the limit of ${maxBytes} bytes`,
        };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, message: "Request body is not valid gzip" };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes: out };
}
