// `node` export condition: node:http + node:crypto; elsewhere fetch + WebCrypto (package.json "imports").
import { defaultCredentialProvider, defaultRequestHandler, defaultSigner, readEnv } from "#platform";
import type { CompressionClientConfig, ResolvedCompressionConfig } from "./compression.js";
import {
  type AwsCredentialIdentity,
  type AwsCredentialIdentityProvider,
  resolveCredentials,
} from "./credentials.js";
import {
  EndpointError,
  type EndpointInput,
  endpointForRegion,
  type ResolvedEndpoint,
  toResolvedEndpoint,
} from "./endpoint.js";
import type { HttpHandler } from "./http.js";
import type { ServiceException } from "./service-exception.js";
import type { RequestSigner } from "./signer.js";

/** A value or an async function returning it (the AWS SDK's `Provider`). */
export type Provider<T> = () => Promise<T>;

/** Client configuration; a subset of the AWS SDK client's, with the same names and meanings. */
export interface ClientConfig {
  /** AWS region, e.g. `us-east-1`; defaults to the `AWS_REGION` environment variable. */
  region?: string | Provider<string>;
  /**
   * Overrides the default `https://<prefix>.<region>.<domain>` endpoint (local servers, proxies).
   * Defaults to `AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL`, when set.
   */
  endpoint?: EndpointInput;
  /**
   * Static credentials or an async provider. Defaults to the `AWS_*` environment variables; on Node, with
   * `@aws-sdk/credential-provider-node` installed, to the AWS SDK's default chain.
   */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** The shared-config profile of the default chain (Node, with `@aws-sdk/credential-provider-node`). */
  profile?: string;
  /** Attempts per call, first one included (default 3). */
  maxAttempts?: number | Provider<number>;
  /** The transport; defaults to the keep-alive `NodeHttpHandler` on Node (`node` export condition), else `fetch`. */
  requestHandler?: HttpHandler;
  /** The SigV4 implementation; defaults to `nodeSigner` (node:crypto) on Node, else WebCrypto. */
  signer?: RequestSigner;
  /** Never prepend an operation's `@endpoint` host prefix to the endpoint's host (default false). */
  disableHostPrefix?: boolean;
}

/** Facts about the service a generated client passes to the runtime. */
export interface ServiceDescriptor {
  /** Protocol content type, e.g. `application/x-amz-json-1.0`. */
  contentType: string;
  /** SigV4 signing name; requests are sent unsigned when the service has no `aws.auth#sigv4`. */
  signingName?: string;
  /** Default endpoint with a `{region}` placeholder. */
  endpointTemplate: string;
  /**
   * Suffix of the service-specific endpoint variable, as the AWS SDKs derive it from the sdkId
   * (`PARTNERCENTRAL_BENEFITS` -> `AWS_ENDPOINT_URL_PARTNERCENTRAL_BENEFITS`).
   */
  endpointEnvSuffix?: string;
  /**
   * `aws.protocols#awsQueryCompatible`: sends `x-amzn-query-mode: true` and reads `x-amzn-query-error` into
   * the error (`addQueryErrorFields` from query-compatible.ts; only such services' clients carry it).
   */
  awsQueryCompatible?: (error: ServiceException, headers: Record<string, string>) => void;
  /**
   * Services with `@requestCompression` operations: resolves the request compression options
   * (`resolveCompressionConfig` from compression.ts; other clients neither carry nor take them).
   */
  compression?: (config: CompressionClientConfig) => ResolvedCompressionConfig;
}

/** The config after defaults, as exposed on `client.config`. */
export interface ResolvedClientConfig {
  region: Provider<string>;
  endpoint: Provider<ResolvedEndpoint>;
  credentials: AwsCredentialIdentityProvider;
  maxAttempts: Provider<number>;
  requestHandler: HttpHandler;
  signer: RequestSigner;
  disableHostPrefix: boolean;
}

export const DEFAULT_MAX_ATTEMPTS = 3;

function once<T>(compute: () => Promise<T>): Provider<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= compute().catch((error: unknown) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}

/**
 * Applies defaults; nothing is looked up until the first call needs it. The request compression options
 * are resolved (and present) only when the service passes `compression`.
 */
export function resolveClientConfig(
  config: ClientConfig & CompressionClientConfig,
  service: ServiceDescriptor,
): ResolvedClientConfig & Partial<ResolvedCompressionConfig> {
  const regionInput = config.region;
  const region = once(async () => {
    const value =
      typeof regionInput === "function" ? await regionInput() : (regionInput ?? readEnv("AWS_REGION"));
    if (!value) throw new EndpointError("Region is missing: pass `region` to the client or set AWS_REGION");
    return value;
  });
  const fromEnv =
    (service.endpointEnvSuffix && readEnv(`AWS_ENDPOINT_URL_${service.endpointEnvSuffix}`)) ||
    readEnv("AWS_ENDPOINT_URL");
  const endpointInput = config.endpoint ?? fromEnv;
  const endpoint = once(async () => {
    if (endpointInput === undefined) return endpointForRegion(service.endpointTemplate, await region());
    return toResolvedEndpoint(typeof endpointInput === "function" ? await endpointInput() : endpointInput);
  });
  const attemptsInput = config.maxAttempts;
  const maxAttempts = once(async () => {
    const value = typeof attemptsInput === "function" ? await attemptsInput() : attemptsInput;
    if (value === undefined) return DEFAULT_MAX_ATTEMPTS;
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`maxAttempts must be an integer >= 1, got ${value}`);
    return value;
  });
  return {
    region,
    endpoint,
    credentials: resolveCredentials(
      config.credentials,
      defaultCredentialProvider({ profile: config.profile }),
    ),
    maxAttempts,
    requestHandler: config.requestHandler ?? defaultRequestHandler(),
    signer: config.signer ?? defaultSigner,
    disableHostPrefix: config.disableHostPrefix ?? false,
    ...service.compression?.(config),
  };
}
