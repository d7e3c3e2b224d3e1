/**
 * `@requestCompression` (Smithy): request bodies of the operations that allow it are gzipped, as the
 * AWS SDKs do, once they reach a size threshold. Uses the platform's `CompressionStream` (browsers,
 * Node 18+, Deno, Bun, workers), so nothing here is Node-only.
 */

/** The AWS SDKs' default `requestMinCompressionSizeBytes`: smaller bodies are sent as they are. */
export const DEFAULT_MIN_COMPRESSION_SIZE_BYTES = 10240;

/** The AWS SDKs' upper bound of `requestMinCompressionSizeBytes`. */
export const MAX_MIN_COMPRESSION_SIZE_BYTES = 10485760;

/**
 * The body of a `@requestCompression` operation: `json` gzipped, with `gzip` appended to `headers`'
 * `content-encoding`, once it reaches `minSize` bytes in UTF-8; else `json` as it is. Generated commands
 * of such operations carry it (`compress`), so the code reaches only bundles that use one.
 */
export async function gzipRequestBody(
  json: string,
  minSize: number,
  headers: Record<string, string>,
): Promise<string | Uint8Array> {
  const bytes = new TextEncoder().encode(json);
  if (bytes.length < minSize) return json;
  const body = await gzip(bytes);
  headers["content-encoding"] = appendContentEncoding(headers["content-encoding"], "gzip");
  return body;
}

/** gzip of `data`. */
export async function gzip(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A `Content-Encoding` value with `encoding` appended (encodings the caller set come first). */
export function appendContentEncoding(current: string | undefined, encoding: string): string {
  const parts = (current ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return [...parts, encoding].join(", ");
}
