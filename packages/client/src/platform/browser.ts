/**
 * The client's defaults under the `browser` condition (what bundlers for the web resolve): `fetch`, the
 * WebCrypto SigV4 of `@pc-benefits/protocol`, and credentials only as the caller passes them, since a page has
 * no environment variables or shared config files (`readEnv` finds none: the client's `AWS_REGION` and
 * `AWS_ENDPOINT_URL*` fallbacks do not apply). The package's `imports` map picks this module, `./node.ts`
 * or `./portable.ts` (workers, Deno) for `#platform`; nothing here sniffs the runtime.
 */
export { defaultCredentialProvider } from "../credentials/browser-default-provider.js";
export { defaultRequestHandler, defaultSigner } from "./portable.js";

/** A page has no environment variables. */
export function readEnv(_name: string): string | undefined {
  return undefined;
}
