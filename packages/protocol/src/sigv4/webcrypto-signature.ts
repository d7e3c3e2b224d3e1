/**
 * SigV4 on WebCrypto (`crypto.subtle`) with aws4fetch's `AwsV4Signer`: browsers, workers, Deno and Node
 * all have WebCrypto, so this is the signature wherever the `node` condition does not apply. It signs
 * exactly the request's headers (`allHeaders`), as the AWS SDKs do for every service but S3.
 */
import { AwsV4Signer } from "aws4fetch";
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
