import { nodeAuthorization } from "@pc-benefits/protocol/node";
import type { AwsCredentialIdentity } from "./credentials.js";
import { type HttpRequest, requestUrl } from "./http.js";
import { headersToSign, type RequestSigner, type SigningOptions } from "./signer.js";

/**
 * SigV4 on Node with `@pc-benefits/protocol`'s `aws4` signer (node:crypto, synchronous): the same signature as
 * the portable WebCrypto signer, at a fraction of the cost of WebCrypto on Node 20, and the one the server
 * verifies with on Node. Signs the same headers. Exported from `@pc-benefits/client/node`.
 */
export const nodeSigner: RequestSigner = (
  request: HttpRequest,
  credentials: AwsCredentialIdentity,
  options: SigningOptions,
): void => {
  const headers = headersToSign(request, credentials, options.date ?? new Date());
  request.headers.authorization = nodeAuthorization(
    { method: request.method, url: requestUrl(request), headers, body: request.body },
    credentials,
    { region: options.region, service: options.service },
  );
};
