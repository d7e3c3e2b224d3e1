/**
 * SigV4 verification for the server (off by default): the request is signed again, with the signer the
 * client uses (`#sigv4`: aws4 on Node, WebCrypto elsewhere), the secret looked up for its access key, its
 * own signed headers, `X-Amz-Date` and credential scope, and the two signatures are compared in constant
 * time. Failures are AWS's 403 errors.
 */
import { sigv4Signature } from "#sigv4";
import { formatAmzDate, parseAmzDate } from "../wire/timestamps.js";
import type { CallerIdentity } from "./caller-identity.js";
import { PROTOCOL_ERRORS, type ProtocolErrorSpec } from "./protocol-errors.js";
import { parseSigV4Authorization } from "./sigv4-authorization.js";

/** The secret and owning account of one access key. */
export interface SigV4Credential {
  secretAccessKey: string;
  /** 12-digit account ID the key belongs to; handlers see it as `context.caller.accountId`. */
  accountId: string;
  /** When set, requests must carry this `X-Amz-Security-Token` (temporary credentials). */
  sessionToken?: string;
}

/** Looks up an access key ID; `undefined` means unknown (`UnrecognizedClientException`). */
export type SigV4CredentialResolver = (
  accessKeyId: string,
) => SigV4Credential | undefined | Promise<SigV4Credential | undefined>;

export interface SigV4VerifyOptions {
  /** Known keys: a map `accessKeyId -> { secretAccessKey, accountId }` or a resolver function. */
  credentials: Readonly<Record<string, SigV4Credential>> | SigV4CredentialResolver;
  /** Signing name the credential scope must name. Default: the service's (its endpoint prefix). */
  service?: string;
  /** Regions the credential scope may name. Default: any. */
  regions?: readonly string[];
  /** Largest accepted difference between `X-Amz-Date` and the server clock. Default 15 minutes. */
  maxSkewMs?: number;
  /** Server clock in epoch ms. Default `Date.now`. */
  now?: () => number;
}

export interface SignedRequest {
  method: string;
  /** Absolute URL, or a path with query (`/`, `/GetBenefit?x=1`) resolved against the `host` header. */
  url: string;
  /** Names lower-cased. */
  headers: Record<string, string>;
  body: Uint8Array;
}

export type SigV4Result =
  | { ok: true; caller: CallerIdentity }
  | { ok: false; spec: ProtocolErrorSpec; message: string };

export type SigV4Verifier = (request: SignedRequest) => Promise<SigV4Result>;

const FIFTEEN_MINUTES = 15 * 60 * 1000;

const MESSAGES = {
  missing: "Request is missing Authentication Token",
  unknownKey: "The security token included in the request is invalid.",
  mismatch:
    "The request signature we calculated does not match the signature you provided. " +
    "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
  payload: "The provided 'x-amz-content-sha256' header does not match what was computed.",
  noDate: "Authorization header requires existence of a valid 'X-Amz-Date' header (YYYYMMDD'T'HHMMSS'Z').",
};

/** Builds the verifier; `defaultService` is the service's signing name (any is accepted when neither is known). */
export function createSigV4Verifier(
  options: SigV4VerifyOptions,
  defaultService: string | undefined,
): SigV4Verifier {
  const lookup: SigV4CredentialResolver =
    typeof options.credentials === "function"
      ? options.credentials
      : (id) => (Object.hasOwn(options.credentials, id) ? (options.credentials as never)[id] : undefined);
  const service = options.service ?? defaultService;
  const maxSkewMs = options.maxSkewMs ?? FIFTEEN_MINUTES;
  const now = options.now ?? Date.now;
  const fail = (spec: ProtocolErrorSpec, message: string): SigV4Result => ({ ok: false, spec, message });

  return async (request) => {
    const { headers } = request;
    const header = headers.authorization;
    if (header === undefined || header.trim() === "")
      return fail(PROTOCOL_ERRORS.missingAuthentication, MESSAGES.missing);
    const auth = parseSigV4Authorization(header);
    if (typeof auth === "string") return fail(PROTOCOL_ERRORS.incompleteSignature, auth);
    const amzDate = headers["x-amz-date"] ?? "";
    const signingDate = parseAmzDate(amzDate);
    if (!signingDate) return fail(PROTOCOL_ERRORS.incompleteSignature, MESSAGES.noDate);

    const credential = await lookup(auth.accessKeyId);
    if (!credential) return fail(PROTOCOL_ERRORS.unrecognizedClient, MESSAGES.unknownKey);
    const token = headers["x-amz-security-token"];
    if ((credential.sessionToken ?? "") !== (token ?? "")) {
      return fail(PROTOCOL_ERRORS.unrecognizedClient, MESSAGES.unknownKey);
    }

    const { scope } = auth;
    if (scope.date !== amzDate.slice(0, 8)) {
      return fail(
        PROTOCOL_ERRORS.invalidSignature,
        `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scope.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
      );
    }
    if (service !== undefined && scope.service !== service) {
      return fail(
        PROTOCOL_ERRORS.invalidSignature,
        `Credential should be scoped to correct service: '${service}'.`,
      );
    }
    if (options.regions && !options.regions.includes(scope.region)) {
      return fail(PROTOCOL_ERRORS.invalidSignature, "Credential should be scoped to a valid region.");
    }

    const serverTime = now();
    const skew = signingDate.getTime() - serverTime;
    const minutes = Math.round(maxSkewMs / 60000);
    if (skew < -maxSkewMs) {
      const earliest = formatAmzDate(new Date(serverTime - maxSkewMs));
      return fail(
        PROTOCOL_ERRORS.invalidSignature,
        `Signature expired: ${amzDate} is now earlier than ${earliest} (${formatAmzDate(new Date(serverTime))} - ${minutes} min.)`,
      );
    }
    if (skew > maxSkewMs) {
      const latest = formatAmzDate(new Date(serverTime + maxSkewMs));
      return fail(
        PROTOCOL_ERRORS.invalidSignature,
        `Signature not yet current: ${amzDate} is still later than ${latest} (${formatAmzDate(new Date(serverTime))} + ${minutes} min.)`,
      );
    }

    const claimedHash = headers["x-amz-content-sha256"];
    if (claimedHash !== undefined && !constantTimeEqual(claimedHash, await sha256Hex(request.body))) {
      return fail(PROTOCOL_ERRORS.invalidSignature, MESSAGES.payload);
    }

    const expected = await resign(request, auth.signedHeaders, scope, {
      accessKeyId: auth.accessKeyId,
      secretAccessKey: credential.secretAccessKey,
      sessionToken: token,
    });
    if (!constantTimeEqual(expected, auth.signature)) {
      return fail(PROTOCOL_ERRORS.invalidSignature, MESSAGES.mismatch);
    }
    return {
      ok: true,
      caller: {
        accessKeyId: auth.accessKeyId,
        accountId: credential.accountId,
        date: scope.date,
        region: scope.region,
        service: scope.service,
        temporary: token !== undefined && token !== "",
        verified: true,
      },
    };
  };
}

/** The signature the platform's signer computes for the request's own signed headers, date and scope. */
async function resign(
  request: SignedRequest,
  signedHeaders: readonly string[],
  scope: { region: string; service: string },
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string | undefined },
): Promise<string> {
  const url = new URL(request.url, `http://${request.headers.host ?? "localhost"}`);
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = name === "host" ? (request.headers.host ?? url.host) : request.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  if (headers.host !== undefined && headers.host !== url.host) url.host = headers.host;
  return sigv4Signature(
    { method: request.method.toUpperCase(), url: url.href, headers, body: request.body },
    credentials,
    scope,
  );
}

async function sha256Hex(body: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Compares two strings without an early exit on the first difference. */
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}
