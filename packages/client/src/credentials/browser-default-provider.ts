/**
 * The default credential chain in a browser: none. A page has neither `AWS_*` environment variables nor
 * shared config files, so the client needs `credentials` (static ones, or a provider such as one that asks
 * Amazon Cognito); without them the first call fails with this message. The `profile` option is ignored,
 * as in the AWS SDK's browser clients.
 */
import { type AwsCredentialIdentityProvider, CredentialsProviderError } from "../runtime/credentials.js";
import type { DefaultProviderOptions } from "./default-provider-options.js";

export const NO_BROWSER_CREDENTIALS_MESSAGE = "Could not load credentials: pass `credentials` to the client";

export function defaultCredentialProvider(_options?: DefaultProviderOptions): AwsCredentialIdentityProvider {
  return () => Promise.reject(new CredentialsProviderError(NO_BROWSER_CREDENTIALS_MESSAGE));
}
