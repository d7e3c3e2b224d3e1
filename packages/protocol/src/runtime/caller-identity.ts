/**
 * Who signed a request, as far as the SigV4 `Authorization` header says; the signature is verified only in
 * SigV4 mode (`DispatcherOptions.sigv4`), where `verified` is true and `accountId` comes from the key's entry.
 */
export interface CallerIdentity {
  accessKeyId: string;
  /** 12-digit account ID, when it can be derived (see `accountIdFromAccessKeyId`) or a resolver supplies it. */
  accountId?: string;
  /** Credential scope parts. */
  date?: string;
  region?: string;
  service?: string;
  /** True when the request carried `X-Amz-Security-Token` (temporary credentials). */
  temporary: boolean;
  /** True when SigV4 mode checked the signature against the key's secret. */
  verified?: boolean;
}

const SIGV4 = /^AWS4-HMAC-SHA256\s+(.+)$/;

/** Parses `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/svc/aws4_request, SignedHeaders=..., Signature=...`. */
export function parseAuthorization(
  authorization: string | undefined,
  securityToken?: string | undefined,
): CallerIdentity | undefined {
  const match = authorization === undefined ? null : SIGV4.exec(authorization.trim());
  if (!match?.[1]) return undefined;
  const parts = new Map<string, string>();
  for (const piece of match[1].split(",")) {
    const eq = piece.indexOf("=");
    if (eq > 0) parts.set(piece.slice(0, eq).trim(), piece.slice(eq + 1).trim());
  }
  const credential = parts.get("Credential");
  if (!credential) return undefined;
  const [accessKeyId, date, region, service] = credential.split("/");
  if (!accessKeyId) return undefined;
  const identity: CallerIdentity = {
    accessKeyId,
    temporary: securityToken !== undefined && securityToken !== "",
  };
  if (date) identity.date = date;
  if (region) identity.region = region;
  if (service) identity.service = service;
  const accountId = accountIdFromAccessKeyId(accessKeyId);
  if (accountId) identity.accountId = accountId;
  return identity;
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const KEY_SHAPE = /^(?:AKIA|ASIA)[A-Z2-7]{16}$/;

/**
 * AWS access key IDs issued since 2019 (`AKIA…`/`ASIA…`) encode the owning account: base32-decode the
 * 16 characters after the prefix and read bits 1–40 of the first six bytes. Returns undefined for other keys.
 */
export function accountIdFromAccessKeyId(accessKeyId: string): string | undefined {
  if (!KEY_SHAPE.test(accessKeyId)) return undefined;
  let value = 0;
  for (const char of accessKeyId.slice(4, 14)) {
    value = value * 32 + BASE32.indexOf(char);
  }
  // 10 chars = 50 bits; the first 48 of them are the first six bytes.
  const first48 = Math.floor(value / 4);
  const account = Math.floor((first48 % 2 ** 47) / 128);
  return String(account).padStart(12, "0");
}
