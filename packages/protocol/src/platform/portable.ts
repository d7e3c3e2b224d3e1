/** SigV4 where the `node` condition does not apply (aws4fetch on WebCrypto); nothing here sniffs the runtime. */
export { webCryptoSignature as sigv4Signature } from "../sigv4/webcrypto-signature.js";
