import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultCredentialProvider } from "./browser-default-provider.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("defaultCredentialProvider (browser)", () => {
  it.each([undefined, "dev"])(
    "never reads the environment (profile %s ignored) and says what to pass",
    async (profile) => {
      vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
      vi.stubEnv("AWS_SECRET_ACCESS_KEY", "SECRETENV");
      await expect(defaultCredentialProvider({ profile })()).rejects.toMatchObject({
        name: "CredentialsProviderError",
        message: "Could not load credentials: pass `credentials` to the client",
      });
    },
  );
});
