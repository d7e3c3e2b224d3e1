/** Reading a SigV4 `Authorization` header strictly, for verification (see `sigv4-verify.ts`). */

export interface SigV4Authorization {
  accessKeyId: string;
  /** Credential scope: `<date>/<region>/<service>/aws4_request`. */
  scope: { date: string; region: string; service: string };
  /** Lower-cased names, in the order the client listed them. */
  signedHeaders: string[];
  /** 64 lower-case hex digits. */
  signature: string;
}

export const SIGV4_ALGORITHM = "AWS4-HMAC-SHA256";

const SIGNATURE = /^[0-9a-f]{64}$/;
const SCOPE_DATE = /^\d{8}$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/**
 * Parses `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/svc/aws4_request, SignedHeaders=a;b, Signature=hex`.
 * Returns the parts, or the `IncompleteSignatureException` message AWS gives for a malformed header.
 */
export function parseSigV4Authorization(header: string): SigV4Authorization | string {
  const trimmed = header.trim();
  const space = trimmed.search(/\s/);
  const algorithm = space < 0 ? trimmed : trimmed.slice(0, space);
  const parts = new Map<string, string>();
  if (algorithm === SIGV4_ALGORITHM) {
    for (const piece of trimmed.slice(space + 1).split(",")) {
      const eq = piece.indexOf("=");
      if (eq > 0) parts.set(piece.slice(0, eq).trim(), piece.slice(eq + 1).trim());
    }
  }
  const missing = ["Credential", "Signature", "SignedHeaders"].filter((name) => !parts.get(name));
  if (missing.length > 0) {
    const required = missing.map((name) => `Authorization header requires '${name}' parameter.`).join(" ");
    const prefix =
      algorithm === SIGV4_ALGORITHM ? "" : `Unsupported signing algorithm; expected ${SIGV4_ALGORITHM}. `;
    return `${prefix}${required}`;
  }
  const credential = (parts.get("Credential") ?? "").split("/");
  const [accessKeyId, date, region, service, terminator] = credential;
  if (
    credential.length !== 5 ||
    !accessKeyId ||
    !date ||
    !SCOPE_DATE.test(date) ||
    !region ||
    !service ||
    terminator !== "aws4_request"
  ) {
    return "Credential must have the form <access key ID>/<YYYYMMDD>/<region>/<service>/aws4_request.";
  }
  const signedHeaders = (parts.get("SignedHeaders") ?? "").split(";");
  if (!signedHeaders.every((name) => HEADER_NAME.test(name))) {
    return "SignedHeaders must list lower-case header names separated by ';'.";
  }
  if (!signedHeaders.includes("host")) {
    return "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.";
  }
  const signature = parts.get("Signature") ?? "";
  if (!SIGNATURE.test(signature)) return "Signature must be 64 lower-case hexadecimal digits.";
  return { accessKeyId, scope: { date, region, service }, signedHeaders, signature };
}
