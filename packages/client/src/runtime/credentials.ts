import { readEnv } from "./env.js";

/** AWS credentials, as in the AWS SDK's `AwsCredentialIdentity`. */
export interface AwsCredentialIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** When the credentials stop being valid; providers are called again shortly before. */
  expiration?: Date;
}

/** An async source of credentials, as in the AWS SDK's `AwsCredentialIdentityProvider`. */
export type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>;

/** Thrown when no credentials can be found. */
export class CredentialsProviderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CredentialsProviderError";
  }
}

/** Refresh cached credentials this long before they expire (the AWS SDK's window). */
const EXPIRY_WINDOW_MS = 5 * 60 * 1000;

/** Credentials from `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN`, or undefined when unset. */
export function readEnvCredentials(): AwsCredentialIdentity | undefined {
  const accessKeyId = readEnv("AWS_ACCESS_KEY_ID");
  const secretAccessKey = readEnv("AWS_SECRET_ACCESS_KEY");
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = readEnv("AWS_SESSION_TOKEN");
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}

/**
 * Wraps a provider so it is called once and its result reused until shortly before `expiration`.
 * Concurrent calls share one pending lookup; a failed lookup is not cached.
 */
export function memoizeCredentials(
  provider: AwsCredentialIdentityProvider,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  let cached: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  const fresh = (c: AwsCredentialIdentity): boolean =>
    c.expiration === undefined || c.expiration.getTime() - now() > EXPIRY_WINDOW_MS;
  return () => {
    if (cached !== undefined && fresh(cached)) return Promise.resolve(cached);
    pending ??= provider().then(
      (c) => {
        pending = undefined;
        cached = c;
        return c;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}

/**
 * The client's credential source: a static object, a provider function (memoized), or, when the config
 * names none, `fallback` (memoized): the platform's default chain (`#platform`'s `defaultCredentialProvider`).
 */
export function resolveCredentials(
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined,
  fallback: AwsCredentialIdentityProvider,
): AwsCredentialIdentityProvider {
  if (typeof credentials === "function") return memoizeCredentials(credentials);
  if (credentials !== undefined) {
    const value = credentials;
    return () => Promise.resolve(value);
  }
  return memoizeCredentials(fallback);
}
