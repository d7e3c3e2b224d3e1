/**
 * SigV4 on WebCrypto (`crypto.subtle`) with aws4fetch's `AwsV4Signer`: browsers, workers, Deno and Node
 * all have WebCrypto, so this is the signature wherever the `node` condition does not apply. It signs
 * exactly the request's headers (`allHeaders`), as the AWS SDKs do for every service but S3.
 */
import { AwsV4Signer } from "aws4fetch";
import { formatAmzDate } from "../wire/timestamps.js";
import {
  type SigV4Credentials,
  type SigV4Request,
  type SigV4Scope,
  type SigV4Signature,
  signatureOf,
} from "./signer.js";

/** The `Authorization` header of a request whose headers are exactly the ones to sign. */
export async function webCryptoAuthorization(
  request: SigV4Request,
  credentials: SigV4Credentials,
  scope: SigV4Scope,
  /** Derived signing keys by secret, day, region and service, kept across calls. */
  cache?: Map<string, ArrayBuffer>,
): Promise<string> {
  const { "x-amz-security-token": token, "x-amz-date": datetime } = request.headers;
  // Absent options are aws4fetch's defaults: no session token, now, a fresh key cache.
  return new AwsV4Signer({
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: request.body as BodyInit,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken: token === undefined ? undefined : credentials.sessionToken,
    service: scope.service,
    region: scope.region,
    datetime,
    cache,
    allHeaders: true,
  }).authHeader();
}

/** SigV4 on WebCrypto (aws4fetch): the portable signature. */
export const webCryptoSignature: SigV4Signature = async (request, credentials, scope) =>
  signatureOf(await webCryptoAuthorization(request, credentials, scope));

/** The headers {@link webCryptoSign} adds to a request. */
const SIGNING_HEADERS = ["x-amz-date", "x-amz-security-token", "authorization"] as const;

/**
 * Signs `request` in place with aws4fetch, over every header it carries plus `host` (an `authorization` it
 * already has is replaced, not signed): adds `x-amz-date` (`date`, else now), `x-amz-security-token` when the
 * credentials carry a session token, and `authorization`. Header names must be lower-case.
 */
export async function webCryptoSign(
  request: SigV4Request,
  credentials: SigV4Credentials,
  scope: SigV4Scope,
  /** Derived signing keys by secret, day, region and service, kept across calls. */
  cache?: Map<string, ArrayBuffer>,
  date?: Date,
): Promise<void> {
  const { authorization: _replaced, ...headers } = request.headers;
  const signed = await new AwsV4Signer({
    method: request.method,
    url: request.url,
    headers,
    body: request.body as BodyInit,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken: credentials.sessionToken,
    service: scope.service,
    region: scope.region,
    datetime: date && formatAmzDate(date),
    cache,
    allHeaders: true,
  }).sign();
  for (const name of SIGNING_HEADERS) {
    const value = signed.headers.get(name);
    if (value !== null) request.headers[name] = value;
  }
}
