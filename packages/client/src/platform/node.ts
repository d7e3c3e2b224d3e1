/**
 * The client's defaults under the `node` export condition: the keep-alive `node:http` transport and the
 * `node:crypto` signer, several times cheaper per call than `fetch` + WebCrypto on Node. The package's
 * `imports` map picks this module or `./portable.ts` for `#platform`, so browser bundles never see it.
 */

export { defaultCredentialProvider } from "../credentials/node-default-provider.js";
export { readEnv } from "../runtime/env.js";

import type { HttpHandler } from "../runtime/http.js";
import { NodeHttpHandler } from "../runtime/node-http-handler.js";
import { nodeSigner } from "../runtime/node-signer.js";
import type { RequestSigner } from "../runtime/signer.js";

/** A new default transport for one client (its own keep-alive agents, released by `client.destroy()`). */
export function defaultRequestHandler(): HttpHandler {
  return new NodeHttpHandler();
}

export const defaultSigner: RequestSigner = nodeSigner;
