import aws4 from "aws4";
import type { SigV4Credentials, SigV4Request, SigV4Scope, SigV4Signature } from "./signer.js";
import { signatureOf } from "./signer.js";

/** Headers `aws4` adds or leaves out on its own; a request signs exactly the ones it carries. */
const MANAGED = ["content-type", "content-length", "x-amz-security-token", "user-agent", "expect", "range"];

/**
 * The `Authorization` header of a request whose headers are exactly the ones to sign, by `aws4`
 * (node:crypto, synchronous): several times cheaper than WebCrypto on Node.
 */
export function nodeAuthorization(
  request: SigV4Request,
  credentials: SigV4Credentials,
  scope: SigV4Scope,
): string {
  const url = new URL(request.url);
  const include: Record<string, boolean> = {};
  for (const name of Object.keys(request.headers)) include[name] = true;
  const ignore: Record<string, boolean> = {};
  for (const name of MANAGED) if (!include[name]) ignore[name] = true;
  const signed = aws4.sign(
    {
      method: request.method,
      host: url.host,
      path: `${url.pathname}${url.search}`,
      headers: { ...request.headers },
      body: typeof request.body === "string" ? request.body : Buffer.from(request.body),
      service: scope.service,
      region: scope.region,
      extraHeadersToInclude: include,
      extraHeadersToIgnore: ignore,
    } as aws4.Request,
    {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      ...(request.headers["x-amz-security-token"] === undefined
        ? {}
        : { sessionToken: credentials.sessionToken }),
    },
  );
  return String(signed.headers?.Authorization ?? "");
}

/** SigV4 with `aws4`: the signature under the `node` condition. */
export const nodeSignature: SigV4Signature = (request, credentials, scope) =>
  signatureOf(nodeAuthorization(request, credentials, scope));
