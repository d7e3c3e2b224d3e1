/** SigV4 where the `node` condition does not apply (aws4fetch on WebCrypto); nothing here sniffs the runtime. */
export { portableSignature as sigv4Signature } from "../sigv4/portable-signature.js";
