/**
 * The default credential chain where the `node` export condition does not apply (browsers, workers,
 * Deno): the `AWS_*` environment variables where a `process` global has them. Shared config files and
 * their profiles, SSO and instance metadata need Node (`./node-default-provider.ts`); as in the AWS SDK's
 * browser clients, the `profile` option is ignored here.
 */
import {
  type AwsCredentialIdentityProvider,
  CredentialsProviderError,
  readEnvCredentials,
} from "../runtime/credentials.js";
import type { DefaultProviderOptions } from "./default-provider-options.js";

export const NO_CREDENTIALS_MESSAGE =
  "Could not load credentials: pass `credentials` to the client or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY";

export function defaultCredentialProvider(_options?: DefaultProviderOptions): AwsCredentialIdentityProvider {
  return async () => {
    const credentials = readEnvCredentials();
    if (credentials === undefined) throw new CredentialsProviderError(NO_CREDENTIALS_MESSAGE);
    return credentials;
  };
}
