/** What the client passes to its platform's default credential chain. */
export interface DefaultProviderOptions {
  /** The shared-config profile to use (the client's `profile` option); else `AWS_PROFILE`, else `default`. */
  profile?: string | undefined;
}
