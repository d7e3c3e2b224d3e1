/**
 * `@pc-benefits/protocol/sigv4`: the portable SigV4 signer (aws4fetch on WebCrypto) and the one interface the
 * client signs and the server verifies through. `@pc-benefits/protocol/node` has the Node one (`aws4` on node:crypto).
 */
export type {
  SigV4Credentials,
  SigV4Request,
  SigV4Scope,
  SigV4Signature,
} from "./signer.js";
export { webCryptoAuthorization, webCryptoSign, webCryptoSignature } from "./webcrypto-signature.js";
