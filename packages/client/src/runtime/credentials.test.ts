import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type AwsCredentialIdentity,
  fromEnv,
  memoizeCredentials,
  resolveCredentials,
} from "./credentials.js";

const KEYS = { accessKeyId: "AKID", secretAccessKey: "SECRET" };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("resolveCredentials", () => {
  it("returns a static object as is", async () => {
    await expect(resolveCredentials(KEYS)()).resolves.toEqual(KEYS);
  });

  it("calls a provider once and shares the result", async () => {
    const provider = vi.fn(async () => KEYS);
    const resolved = resolveCredentials(provider);
    await Promise.all([resolved(), resolved()]);
    await resolved();
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      "key and secret",
      { AWS_ACCESS_KEY_ID: "A", AWS_SECRET_ACCESS_KEY: "S" },
      { accessKeyId: "A", secretAccessKey: "S" },
    ],
    [
      "with session token",
      { AWS_ACCESS_KEY_ID: "A", AWS_SECRET_ACCESS_KEY: "S", AWS_SESSION_TOKEN: "T" },
      { accessKeyId: "A", secretAccessKey: "S", sessionToken: "T" },
    ],
  ])("falls back to the environment: %s", async (_name, env, expected) => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "");
    vi.stubEnv("AWS_SESSION_TOKEN", "");
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    await expect(resolveCredentials(undefined)()).resolves.toEqual(expected);
  });

  it("explains what to do when nothing is configured", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "");
    await expect(fromEnv()()).rejects.toMatchObject({
      name: "CredentialsProviderError",
      message: expect.stringMatching(/AWS_ACCESS_KEY_ID/),
    });
  });
});

describe("memoizeCredentials", () => {
  it.each([
    ["no expiration: cached", undefined, 1],
    ["expires in an hour: cached", 60 * 60 * 1000, 1],
    ["expires in a minute: refreshed", 60 * 1000, 2],
  ])("%s", async (_name, expiresIn, calls) => {
    const now = 1_000_000;
    const provider = vi.fn(
      async (): Promise<AwsCredentialIdentity> => ({
        ...KEYS,
        ...(expiresIn === undefined ? {} : { expiration: new Date(now + expiresIn) }),
      }),
    );
    const memo = memoizeCredentials(provider, () => now);
    await memo();
    await memo();
    expect(provider).toHaveBeenCalledTimes(calls);
  });

  it("does not cache a failure", async () => {
    const provider = vi.fn<() => Promise<AwsCredentialIdentity>>();
    provider.mockRejectedValueOnce(new Error("boom")).mockResolvedValueOnce(KEYS);
    const memo = memoizeCredentials(provider);
    await expect(memo()).rejects.toThrow("boom");
    await expect(memo()).resolves.toEqual(KEYS);
  });
});
