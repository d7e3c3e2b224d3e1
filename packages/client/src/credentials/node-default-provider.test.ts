import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PartnerCentralBenefitsClient } from "../generated/PartnerCentralBenefitsClient.js";
import { type AwsCredentialIdentity, resolveCredentials } from "../runtime/credentials.js";
import {
  type CredentialProviderNodeLoader,
  defaultCredentialProvider,
  loadCredentialProviderNode,
} from "./node-default-provider.js";

let home = "";
let calls = "";

/** A `credential_process` script: prints credentials expiring in `$PCB_EXPIRES_IN_MS`, counts its runs. */
const PROCESS_SCRIPT = `
import { appendFileSync } from "node:fs";
appendFileSync(process.argv[2], "x");
const expiresIn = Number(process.env.PCB_EXPIRES_IN_MS ?? 3600000);
console.log(JSON.stringify({
  Version: 1,
  AccessKeyId: "AKIDPROCESS",
  SecretAccessKey: "SECRETPROCESS",
  SessionToken: "TOKENPROCESS",
  Expiration: new Date(Date.now() + expiresIn).toISOString(),
}));
`;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), "pcb-credentials-"));
  calls = join(home, "process-calls");
  const script = join(home, "credential-process.mjs");
  writeFileSync(script, PROCESS_SCRIPT);
  writeFileSync(
    join(home, "credentials"),
    [
      "[default]",
      "aws_access_key_id = AKIDDEFAULT",
      "aws_secret_access_key = SECRETDEFAULT",
      "",
      "[dev]",
      "aws_access_key_id = AKIDDEV",
      "aws_secret_access_key = SECRETDEV",
      "aws_session_token = TOKENDEV",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(home, "config"),
    [
      "[default]",
      "region = us-east-1",
      "",
      "[profile from-config]",
      "aws_access_key_id = AKIDCONFIG",
      "aws_secret_access_key = SECRETCONFIG",
      "",
      "[profile process]",
      `credential_process = "${process.execPath}" "${script}" "${calls}"`,
      "",
    ].join("\n"),
  );
});

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

beforeEach(() => {
  vi.stubEnv("HOME", home);
  vi.stubEnv("USERPROFILE", home);
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", join(home, "credentials"));
  vi.stubEnv("AWS_CONFIG_FILE", join(home, "config"));
  for (const name of [
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_CREDENTIAL_EXPIRATION",
    "AWS_PROFILE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  ]) {
    vi.stubEnv(name, "");
  }
  // Never wait for an instance metadata service in tests.
  vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
  writeFileSync(calls, "");
  // The package warns (console.warn) when a profile and the environment keys are both set.
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const keys = (c: AwsCredentialIdentity): [string, string, string | undefined] => [
  c.accessKeyId,
  c.secretAccessKey,
  c.sessionToken,
];

describe("defaultCredentialProvider with @aws-sdk/credential-provider-node installed", () => {
  it.each<[string, string | undefined, Record<string, string>, [string, string, string | undefined]]>([
    [
      "the default profile of the credentials file",
      undefined,
      {},
      ["AKIDDEFAULT", "SECRETDEFAULT", undefined],
    ],
    ["a named profile of the credentials file", "dev", {}, ["AKIDDEV", "SECRETDEV", "TOKENDEV"]],
    ["AWS_PROFILE", undefined, { AWS_PROFILE: "dev" }, ["AKIDDEV", "SECRETDEV", "TOKENDEV"]],
    [
      "the `profile` option over AWS_PROFILE",
      "from-config",
      { AWS_PROFILE: "dev" },
      ["AKIDCONFIG", "SECRETCONFIG", undefined],
    ],
    ["static keys of a config file profile", "from-config", {}, ["AKIDCONFIG", "SECRETCONFIG", undefined]],
    ["a credential_process profile", "process", {}, ["AKIDPROCESS", "SECRETPROCESS", "TOKENPROCESS"]],
    [
      "the environment before the files",
      undefined,
      { AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "SECRETENV" },
      ["AKIDENV", "SECRETENV", undefined],
    ],
    [
      "a named profile over the environment (as the AWS SDK)",
      "dev",
      { AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "SECRETENV" },
      ["AKIDDEV", "SECRETDEV", "TOKENDEV"],
    ],
  ])("resolves %s", async (_name, profile, env, expected) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const credentials = await defaultCredentialProvider(profile === undefined ? {} : { profile })();
    expect(keys(credentials)).toEqual(expected);
  });

  it("reads the credential_process expiration", async () => {
    const before = Date.now();
    const credentials = await defaultCredentialProvider({ profile: "process" })();
    expect(credentials.expiration).toBeInstanceOf(Date);
    expect(credentials.expiration?.getTime()).toBeGreaterThan(before + 3_000_000);
  });

  it.each([
    ["expiring in an hour: asked once, the process run once", 3_600_000, 1],
    // The package refreshes credentials close to expiry in the background: the process runs again.
    ["expiring in a minute: asked again, the process run again", 60_000, 2],
  ])("caches credential_process credentials in the client, %s", async (_name, expiresIn, times) => {
    vi.stubEnv("PCB_EXPIRES_IN_MS", String(expiresIn));
    const chain = vi.fn(defaultCredentialProvider({ profile: "process" }));
    const resolved = resolveCredentials(undefined, chain);
    await Promise.all([resolved(), resolved()]);
    await resolved();
    expect(chain).toHaveBeenCalledTimes(times);
    await vi.waitFor(() => expect(readFileSync(calls, "utf8").length).toBe(times));
  });

  it.each<[string, string | undefined, string]>([
    ["the default profile", undefined, "AKIDDEFAULT"],
    ["its `profile` option", "dev", "AKIDDEV"],
    ["a credential_process profile", "process", "AKIDPROCESS"],
  ])("is the client's default on Node: %s", async (_name, profile, accessKeyId) => {
    const client = new PartnerCentralBenefitsClient({ region: "us-east-1", profile });
    await expect(client.config.credentials()).resolves.toMatchObject({ accessKeyId });
    client.destroy();
  });

  it("loads the real package, which exports defaultProvider", async () => {
    const module = await loadCredentialProviderNode();
    expect(typeof module?.defaultProvider).toBe("function");
  });

  it("names the profile when it does not exist", async () => {
    await expect(defaultCredentialProvider({ profile: "nope" })()).rejects.toMatchObject({
      name: "CredentialsProviderError",
    });
  });
});

describe("defaultCredentialProvider without @aws-sdk/credential-provider-node", () => {
  const missing: CredentialProviderNodeLoader = async () => undefined;

  it("uses the environment variables", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "SECRETENV");
    vi.stubEnv("AWS_SESSION_TOKEN", "TOKENENV");
    await expect(defaultCredentialProvider({}, missing)()).resolves.toEqual({
      accessKeyId: "AKIDENV",
      secretAccessKey: "SECRETENV",
      sessionToken: "TOKENENV",
    });
  });

  it.each<[string, string | undefined, string]>([
    [
      "nothing configured",
      undefined,
      "Could not load credentials: no `credentials` option, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY not set, and @aws-sdk/credential-provider-node is not installed (npm i @aws-sdk/credential-provider-node for profiles, SSO, credential_process, container and instance credentials)",
    ],
    [
      "a profile",
      "dev",
      'Could not load credentials for profile "dev": @aws-sdk/credential-provider-node is not installed (npm i @aws-sdk/credential-provider-node for profiles, SSO, credential_process, container and instance credentials)',
    ],
  ])("says what was tried and what to install: %s", async (_name, profile, message) => {
    const provider = defaultCredentialProvider(profile === undefined ? {} : { profile }, missing);
    const error = await provider().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: "CredentialsProviderError", message });
  });

  it("does not cache a failed load, and loads once when it succeeds", async () => {
    const load = vi.fn<CredentialProviderNodeLoader>();
    load.mockRejectedValueOnce(new Error("broken install")).mockResolvedValue(undefined);
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "SECRETENV");
    const provider = defaultCredentialProvider({}, load);
    await expect(provider()).rejects.toThrow("broken install");
    await expect(provider()).resolves.toMatchObject({ accessKeyId: "AKIDENV" });
    await provider();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
