/**
 * `@requestCompression` (Smithy): request bodies of the operations that allow it are gzipped, as the
 * AWS SDKs do, once they reach a size threshold. Uses the platform's `CompressionStream` (browsers,
 * Node 18+, Deno, Bun, workers), so nothing here is Node-only.
 */

/** The AWS SDKs' default `requestMinCompressionSizeBytes`: smaller bodies are sent as they are. */
export const DEFAULT_MIN_COMPRESSION_SIZE_BYTES = 10240;

/** The AWS SDKs' upper bound of `requestMinCompressionSizeBytes`. */
export const MAX_MIN_COMPRESSION_SIZE_BYTES = 10485760;

/** The request compression options of a client whose service has `@requestCompression` operations. */
export interface CompressionClientConfig {
  /** Never gzip request bodies of `@requestCompression` operations (default false). */
  disableRequestCompression?: boolean;
  /** Smallest body, in bytes, that `@requestCompression` operations gzip (default 10240, at most 10485760). */
  requestMinCompressionSizeBytes?: number;
}

/** {@link CompressionClientConfig} after defaults, as on `client.config`. */
export interface ResolvedCompressionConfig {
  disableRequestCompression: boolean;
  requestMinCompressionSizeBytes: number;
}

/**
 * Applies the request compression defaults and checks the threshold (a `RangeError` outside 0..10485760),
 * as the AWS SDK clients of services with `@requestCompression` operations do. Only such clients pass it
 * to the runtime (`ServiceDescriptor.compression`), so other clients neither carry nor take these options.
 */
export function resolveCompressionConfig(config: CompressionClientConfig): ResolvedCompressionConfig {
  const minCompression = config.requestMinCompressionSizeBytes ?? DEFAULT_MIN_COMPRESSION_SIZE_BYTES;
  if (
    !Number.isInteger(minCompression) ||
    minCompression < 0 ||
    minCompression > MAX_MIN_COMPRESSION_SIZE_BYTES
  ) {
    throw new RangeError(
      `requestMinCompressionSizeBytes must be an integer from 0 to ${MAX_MIN_COMPRESSION_SIZE_BYTES}, got ${minCompression}`,
    );
  }
  return {
    disableRequestCompression: config.disableRequestCompression ?? false,
    requestMinCompressionSizeBytes: minCompression,
  };
}

/**
 * The body of a `@requestCompression` operation: `json` gzipped, with `gzip` appended to `headers`'
 * `content-encoding`, once it reaches the client's `requestMinCompressionSizeBytes` in UTF-8 (default 10240)
 * and unless it has `disableRequestCompression`; else `json` as it is.
 * Generated commands of such operations carry it (`compress`), so the code reaches only bundles that use one.
 */
export async function gzipRequestBody(
  json: string,
  config: Partial<ResolvedCompressionConfig>,
  headers: Record<string, string>,
): Promise<string | Uint8Array> {
  if (config.disableRequestCompression) return json;
  const bytes = new TextEncoder().encode(json);
  if (bytes.length < (config.requestMinCompressionSizeBytes ?? DEFAULT_MIN_COMPRESSION_SIZE_BYTES))
    return json;
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
