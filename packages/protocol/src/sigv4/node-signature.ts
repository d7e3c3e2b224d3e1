import aws4 from "aws4";
import { type SigV4Signature, signatureOf } from "./signer.js";

/** Headers `aws4` adds or leaves out on its own; a request signs exactly the ones it carries. */
const MANAGED = ["content-type", "content-length", "x-amz-security-token", "user-agent", "expect", "range"];

/** SigV4 with `aws4` (node:crypto, synchronous): several times cheaper than WebCrypto on Node. */
export const nodeSignature: SigV4Signature = (request, credentials, scope) => {
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
  return signatureOf(String(signed.headers?.Authorization ?? ""));
};
