/** The `node` condition's SigV4 (`aws4` on node:crypto). The `imports` map picks this or `./portable.ts`. */
export { nodeSignature as sigv4Signature } from "../sigv4/node-signature.js";
