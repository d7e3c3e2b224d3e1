import { AwsV4Signer } from "aws4fetch";
import { type SigV4Signature, signatureOf } from "./signer.js";

/** SigV4 with aws4fetch (WebCrypto): runs in browsers, workers and Node. */
export const portableSignature: SigV4Signature = async (request, credentials, scope) => {
  const headers = { ...request.headers };
  const signer = new AwsV4Signer({
    method: request.method,
    url: request.url,
    headers,
    body: request.body as BodyInit,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    ...(headers["x-amz-security-token"] === undefined ? {} : { sessionToken: credentials.sessionToken }),
    service: scope.service,
    region: scope.region,
    datetime: headers["x-amz-date"],
    allHeaders: true,
  });
  const signed = await signer.sign();
  return signatureOf(signed.headers.get("authorization") ?? "");
};
