import { webCryptoSign } from "@pc-benefits/protocol/sigv4";
import { formatAmzDate } from "@pc-benefits/protocol/wire";
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
 * default is {@link signRequest} (WebCrypto: runs everywhere); Node users can pass the
 * much cheaper `nodeSigner` from `@pc-benefits/client/node` as the client's `signer`.
 */
export type RequestSigner = (
  request: HttpRequest,
  credentials: AwsCredentialIdentity,
  options: SigningOptions,
) => Promise<void> | void;

/** `20250102T030405Z`, the `X-Amz-Date` form of a time (the protocol package's, which the server reads). */
export const amzDate: (date: Date) => string = formatAmzDate;

/**
 * The headers a request is signed with: every one present (so add unsigned ones, user-agent, after), its
 * `host`, `x-amz-date` and, with a session token, `x-amz-security-token`. Adds the last two to the request.
 */
export function headersToSign(
  request: HttpRequest,
  credentials: AwsCredentialIdentity,
  date: Date,
): Record<string, string> {
  request.headers["x-amz-date"] = amzDate(date);
  if (credentials.sessionToken) request.headers["x-amz-security-token"] = credentials.sessionToken;
  const port = request.port === undefined ? "" : `:${request.port}`;
  const headers: Record<string, string> = { host: `${request.hostname}${port}` };
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  delete headers.authorization;
  return headers;
}

/**
 * Signs `request` in place with AWS Signature Version 4 on WebCrypto (`@pc-benefits/protocol`'s aws4fetch
 * signer, the one the server verifies with outside Node): adds `x-amz-date`, `x-amz-security-token` when there
 * is a session token, and `authorization`, over the same headers as {@link headersToSign}.
 */
export async function signRequest(
  request: HttpRequest,
  credentials: AwsCredentialIdentity,
  options: SigningOptions,
): Promise<void> {
  await webCryptoSign(
    { method: request.method, url: requestUrl(request), headers: request.headers, body: request.body },
    credentials,
    options,
    options.cache,
    options.date,
  );
}
