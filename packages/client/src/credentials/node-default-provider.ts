/**
 * The default credential chain on Node (`node` export condition, via `#platform`): AWS's own
 * `@aws-sdk/credential-provider-node` (environment, shared config and credentials files with profiles, SSO,
 * `credential_process`, web identity, container and instance metadata) when it is installed, an optional
 * peer dependency loaded on first use; else the environment variables, and an error saying what was tried
 * and what to install.
 */
import {
  type AwsCredentialIdentityProvider,
  CredentialsProviderError,
  readEnvCredentials,
} from "../runtime/credentials.js";
import type { DefaultProviderOptions } from "./default-provider-options.js";

/** The part of `@aws-sdk/credential-provider-node` the client uses. */
export interface CredentialProviderNodeModule {
  defaultProvider(init?: { profile?: string }): AwsCredentialIdentityProvider;
}

/** Loads the provider package; undefined when it is not installed. */
export type CredentialProviderNodeLoader = () => Promise<CredentialProviderNodeModule | undefined>;

const INSTALL_HINT =
  "npm i @aws-sdk/credential-provider-node for profiles, SSO, credential_process, container and instance credentials";

export const NOT_INSTALLED_MESSAGE = `Could not load credentials: no \`credentials\` option, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY not set, and @aws-sdk/credential-provider-node is not installed (${INSTALL_HINT})`;

export const profileNeedsPackageMessage = (profile: string): string =>
  `Could not load credentials for profile "${profile}": @aws-sdk/credential-provider-node is not installed (${INSTALL_HINT})`;

/** Whether `error` says the provider package itself cannot be found (not one of its own imports). */
function isProviderMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") return false;
  return /Cannot find (?:module|package) '@aws-sdk\/credential-provider-node'/.test(
    String((error as Error).message),
  );
}

/**
 * Imports `@aws-sdk/credential-provider-node`: `require` in the CommonJS build (so Jest's module registry
 * sees it), `import()` in the ES module one. The specifiers are literal and inside `try`, so a bundler for
 * Node includes the package when it is installed and builds without it otherwise.
 */
export async function loadCredentialProviderNode(): Promise<CredentialProviderNodeModule | undefined> {
  try {
    return typeof require === "function"
      ? (require("@aws-sdk/credential-provider-node") as CredentialProviderNodeModule)
      : await import("@aws-sdk/credential-provider-node");
  } catch (error) {
    if (isProviderMissing(error)) return undefined;
    throw error;
  }
}

/** Without the package: the environment variables, else an error naming what was tried. */
function withoutPackage(options: DefaultProviderOptions): AwsCredentialIdentityProvider {
  return async () => {
    if (options.profile !== undefined)
      throw new CredentialsProviderError(profileNeedsPackageMessage(options.profile));
    const credentials = readEnvCredentials();
    if (credentials === undefined) throw new CredentialsProviderError(NOT_INSTALLED_MESSAGE);
    return credentials;
  };
}

/**
 * The default chain for one client. Nothing is loaded until the first call; the client memoizes the
 * result (and calls again shortly before `expiration`), so the package's own chain runs once per refresh.
 */
export function defaultCredentialProvider(
  options: DefaultProviderOptions = {},
  load: CredentialProviderNodeLoader = loadCredentialProviderNode,
): AwsCredentialIdentityProvider {
  let chain: Promise<AwsCredentialIdentityProvider> | undefined;
  return async () => {
    chain ??= load().then(
      (module) =>
        module === undefined
          ? withoutPackage(options)
          : module.defaultProvider(options.profile === undefined ? {} : { profile: options.profile }),
      (error: unknown) => {
        chain = undefined;
        throw error;
      },
    );
    return (await chain)();
  };
}
