import { AwsV4Signer } from "aws4fetch";
import type { AwsCredentialIdentity } from "./credentials.js";
import { type HttpRequest, requestUrl } from "./http.js";

/** What SigV4 needs besides the request and the credentials. */
export interface SigningOptions {
  region: string;
  /** The `aws.auth#sigv4` signing name. */
  service: string;
  /** Derived signing keys by secret/date/region/service, shared by one client's calls. */
  cache: Map<string, ArrayBuffer>;
  /** Signing time; defaults to now. */
  date?: Date;
}

/**
 * Signs a request in place (adds `x-amz-date`, `x-amz-security-token`, `authorization`). The
 * default is {@link signRequest} (aws4fetch, WebCrypto: runs everywhere); Node users can pass the
 * much cheaper `nodeSigner` from `@pc-benefits/client/node` as the client's `signer`.
 */
export type RequestSigner = (
  request: HttpRequest,
  credentials: AwsCredentialIdentity,
  options: SigningOptions,
) => Promise<void> | void;

/** `20250102T030405Z`, the `X-Amz-Date` form of a time. */
export function amzDate(date: Date): string {
  return date.toISOString().replace(/[:-]|\.\d{3}/g, "");
}

/**
 * Signs `request` in place with AWS Signature Version 4 (aws4fetch does the crypto): adds
 * `x-amz-date`, `x-amz-security-token` when there is a session token, and `authorization`.
 * Every header present when this is called is signed, so add unsigned ones (user-agent) after.
 */
export async function signRequest(
  request: HttpRequest,
  credentials: AwsCredentialIdentity,
  options: SigningOptions,
): Promise<void> {
  const signer = new AwsV4Signer({
    method: request.method,
    url: requestUrl(request),
    headers: request.headers,
    body: request.body as BodyInit,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken: credentials.sessionToken,
    service: options.service,
    region: options.region,
    cache: options.cache,
    datetime: amzDate(options.date ?? new Date()),
    allHeaders: true,
  });
  const signed = await signer.sign();
  request.headers["x-amz-date"] = signer.datetime;
  if (credentials.sessionToken) request.headers["x-amz-security-token"] = credentials.sessionToken;
  request.headers.authorization = signed.headers.get("authorization") ?? "";
}
