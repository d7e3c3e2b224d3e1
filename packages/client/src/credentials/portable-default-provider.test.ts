import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultCredentialProvider } from "./portable-default-provider.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("defaultCredentialProvider (portable)", () => {
  it.each([undefined, "dev"])("uses the environment variables (profile %s ignored)", async (profile) => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "SECRETENV");
    vi.stubEnv("AWS_SESSION_TOKEN", "");
    await expect(defaultCredentialProvider({ profile })()).resolves.toEqual({
      accessKeyId: "AKIDENV",
      secretAccessKey: "SECRETENV",
    });
  });

  it("explains what to do when nothing is configured", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "");
    await expect(defaultCredentialProvider()()).rejects.toMatchObject({
      name: "CredentialsProviderError",
      message:
        "Could not load credentials: pass `credentials` to the client or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
    });
  });
});
