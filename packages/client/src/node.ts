/**
 * `@pc-benefits/client/node`: Node-only pieces, kept out of the main entry so browser bundles
 * never see `node:http` or `node:crypto`.
 *
 *   import { NodeHttpHandler, nodeSigner } from "@pc-benefits/client/node";
 *   new PartnerCentralBenefitsClient({ region, requestHandler: new NodeHttpHandler(), signer: nodeSigner });
 */
export { NodeHttpHandler, type NodeHttpHandlerOptions } from "./runtime/node-http-handler.js";
export { nodeSigner } from "./runtime/node-signer.js";
