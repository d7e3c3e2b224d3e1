/** SigV4 where the `node` condition does not apply (WebCrypto, no library); nothing here sniffs the runtime. */
export { webCryptoSignature as sigv4Signature } from "../sigv4/webcrypto-signature.js";
