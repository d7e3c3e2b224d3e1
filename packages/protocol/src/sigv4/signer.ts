/**
 * The one SigV4 interface of the toolkit: the signature of a request's canonical form. The client signs
 * with it and the server verifies by computing it again for the received request, with the same library
 * on each platform (`aws4` + node:crypto under the `node` condition, aws4fetch on WebCrypto elsewhere;
 * the package's `imports` map picks one for `#sigv4`).
 */

/** A request to sign: exactly the headers to sign (names lower-cased; `host` and `x-amz-date` among them). */
export interface SigV4Request {
  method: string;
  /** Absolute URL; its host must be the `host` header's value. */
  url: string;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

export interface SigV4Scope {
  region: string;
  service: string;
}

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Signed as `x-amz-security-token` when the request's headers carry it. */
  sessionToken?: string | undefined;
}

/** The hex signature of `request` (its `x-amz-date` is the signing time). */
export type SigV4Signature = (
  request: SigV4Request,
  credentials: SigV4Credentials,
  scope: SigV4Scope,
) => Promise<string> | string;

/** The `Signature=` part of an `Authorization` header, or `""`. */
export function signatureOf(authorization: string): string {
  return /Signature=([0-9a-f]+)/.exec(authorization)?.[1] ?? "";
}
