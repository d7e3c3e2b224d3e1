/** The response facts every output and service error carries, defined once in `@pc-benefits/protocol`. */
export type { MetadataBearer, ResponseMetadata } from "@pc-benefits/protocol/models";
