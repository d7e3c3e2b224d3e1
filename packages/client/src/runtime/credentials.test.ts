import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type AwsCredentialIdentity,
  memoizeCredentials,
  readEnvCredentials,
  resolveCredentials,
} from "./credentials.js";

const KEYS = { accessKeyId: "AKID", secretAccessKey: "SECRET" };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("resolveCredentials", () => {
  it("returns a static object as is", async () => {
    const fallback = vi.fn(async () => KEYS);
    await expect(resolveCredentials({ ...KEYS, accessKeyId: "OWN" }, fallback)()).resolves.toMatchObject({
      accessKeyId: "OWN",
    });
    expect(fallback).not.toHaveBeenCalled();
  });

  it("calls a provider once and shares the result", async () => {
    const provider = vi.fn(async () => KEYS);
    const resolved = resolveCredentials(provider, async () => ({ ...KEYS, accessKeyId: "FALLBACK" }));
    await Promise.all([resolved(), resolved()]);
    await resolved();
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it("falls back to the platform's default chain, memoized", async () => {
    const fallback = vi.fn(async () => KEYS);
    const resolved = resolveCredentials(undefined, fallback);
    await Promise.all([resolved(), resolved()]);
    await expect(resolved()).resolves.toEqual(KEYS);
    expect(fallback).toHaveBeenCalledTimes(1);
  });
});

describe("readEnvCredentials", () => {
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
    ["no secret", { AWS_ACCESS_KEY_ID: "A" }, undefined],
    ["nothing", {}, undefined],
  ])("%s", (_name, env, expected) => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "");
    vi.stubEnv("AWS_SESSION_TOKEN", "");
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    expect(readEnvCredentials()).toEqual(expected);
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
