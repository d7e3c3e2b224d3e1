/**
 * `@pc-benefits/protocol/wire`: the wire helpers every package shares, in one place: base64, the time
 * forms (RFC 3339 date-times, `X-Amz-Date`) and canonical JSON text. Small and dependency-free, for the client's bundle.
 */
export { canonicalJson } from "../codec/canonical-json.js";
export { base64ByteLength, decodeBase64, encodeBase64, isBase64 } from "./base64.js";
export { formatAmzDate, formatDateTime, parseAmzDate, RFC3339_DATE_TIME } from "./timestamps.js";
