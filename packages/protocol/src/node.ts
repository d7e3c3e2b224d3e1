/**
 * `@pc-benefits/protocol/node`: what only runs on Node, kept out of the portable entry point. The SigV4
 * `Authorization` of `aws4` on node:crypto, the same signature `#sigv4` verifies with on Node.
 */
export { nodeAuthorization } from "./sigv4/node-signature.js";
