/**
 * The client's defaults where the `node` export condition does not apply (browsers, workers, Deno, bundles
 * for the web): `fetch` and the WebCrypto SigV4 of `@pc-benefits/protocol`. The package's `imports` map picks this module or
 * `./node.ts` for `#platform`; nothing here sniffs the runtime.
 */

export { defaultCredentialProvider } from "../credentials/portable-default-provider.js";
export { readEnv } from "../runtime/env.js";

import { FetchHttpHandler } from "../runtime/fetch-http-handler.js";
import type { HttpHandler } from "../runtime/http.js";
import { type RequestSigner, signRequest } from "../runtime/signer.js";

/** A new default transport for one client. */
export function defaultRequestHandler(): HttpHandler {
  return new FetchHttpHandler();
}

export const defaultSigner: RequestSigner = signRequest;
