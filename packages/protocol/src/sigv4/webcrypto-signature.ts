/**
 * SigV4 on WebCrypto (`crypto.subtle`): browsers, workers, Deno and Node all have it, so this needs no
 * library. Signs AWS JSON requests as the AWS SDKs do for every service but S3: the path's segments are
 * encoded once more, the query sorted, header values trimmed with inner runs of spaces collapsed.
 */
import type { SigV4Credentials, SigV4Request, SigV4Scope, SigV4Signature } from "./signer.js";

const encoder = new TextEncoder();

const hex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");

const bytesOf = (data: Uint8Array | string): Uint8Array<ArrayBuffer> =>
  (typeof data === "string" ? encoder.encode(data) : data) as Uint8Array<ArrayBuffer>;

async function sha256Hex(data: Uint8Array | string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", bytesOf(data)));
}

async function hmac(key: ArrayBuffer | Uint8Array, data: string): Promise<ArrayBuffer> {
  const imported = await crypto.subtle.importKey(
    "raw",
    key as Uint8Array<ArrayBuffer>,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return crypto.subtle.sign("HMAC", imported, encoder.encode(data));
}

/** RFC 3986 encoding (`encodeURIComponent` also leaves `!'()*` alone). */
const encodeRfc3986 = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalPath(pathname: string): string {
  if (pathname === "/" || pathname === "") return "/";
  const out: string[] = [];
  for (const piece of pathname.replace(/\/{2,}/g, "/").split("/")) {
    if (piece === "..") out.pop();
    else if (piece !== ".") out.push(encodeRfc3986(piece));
  }
  const path = out.join("/");
  return path.startsWith("/") ? path : `/${path}`;
}

function canonicalQuery(params: URLSearchParams): string {
  return [...params]
    .map(([key, value]) => [encodeRfc3986(key), encodeRfc3986(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
}

/** The signing key of a secret, day, region and service; `cache` keeps the ones already derived. */
async function signingKey(
  credentials: SigV4Credentials,
  day: string,
  scope: SigV4Scope,
  cache: Map<string, ArrayBuffer> | undefined,
): Promise<ArrayBuffer> {
  const id = `${credentials.secretAccessKey}\n${day}\n${scope.region}\n${scope.service}`;
  const cached = cache?.get(id);
  if (cached) return cached;
  let key = await hmac(encoder.encode(`AWS4${credentials.secretAccessKey}`), day);
  for (const part of [scope.region, scope.service, "aws4_request"]) key = await hmac(key, part);
  cache?.set(id, key);
  return key;
}

/** The `Authorization` header of a request whose headers are exactly the ones to sign. */
export async function webCryptoAuthorization(
  request: SigV4Request,
  credentials: SigV4Credentials,
  scope: SigV4Scope,
  cache?: Map<string, ArrayBuffer>,
): Promise<string> {
  const url = new URL(request.url);
  const datetime = request.headers["x-amz-date"] ?? "";
  const day = datetime.slice(0, 8);
  const names = Object.keys(request.headers).sort();
  const canonicalHeaders = names
    .map((name) => `${name}:${(request.headers[name] ?? "").trim().replace(/\s+/g, " ")}\n`)
    .join("");
  const signedHeaders = names.join(";");
  const payload = request.headers["x-amz-content-sha256"] ?? (await sha256Hex(request.body));
  const canonical = [
    request.method.toUpperCase(),
    canonicalPath(url.pathname),
    canonicalQuery(url.searchParams),
    canonicalHeaders,
    signedHeaders,
    payload,
  ].join("\n");
  const credentialScope = `${day}/${scope.region}/${scope.service}/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${datetime}\n${credentialScope}\n${await sha256Hex(canonical)}`;
  const key = await signingKey(credentials, day, scope, cache);
  const signature = hex(await hmac(key, stringToSign));
  return `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** SigV4 on WebCrypto: the portable signature. */
export const webCryptoSignature: SigV4Signature = async (request, credentials, scope) => {
  const authorization = await webCryptoAuthorization(request, credentials, scope);
  return /Signature=([0-9a-f]+)/.exec(authorization)?.[1] ?? "";
};
