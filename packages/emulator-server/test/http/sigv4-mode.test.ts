/**
 * `pcb-emulator --keys <file>`: SigV4 verification on a real port, with both clients, and cross-account
 * isolation (each key maps to an account; one account never sees another's applications).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { awsJson, type CliProcess, startCli } from "./cli-process.js";
import { createInput, SEED } from "./fixtures.js";

// Each test spawns the CLI (tsx start-up takes seconds on a loaded 2-core machine).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const ALICE = { accessKeyId: "AKIDALICEHTTPTEST", secretAccessKey: "alice-secret" };
const BOB = { accessKeyId: "AKIDBOBHTTPTEST", secretAccessKey: "bob-secret" };
const KEYS = {
  [ALICE.accessKeyId]: { secretAccessKey: ALICE.secretAccessKey, accountId: "111122223333" },
  [BOB.accessKeyId]: { secretAccessKey: BOB.secretAccessKey, accountId: "444455556666" },
};

type Credentials = { accessKeyId: string; secretAccessKey: string };
type Client = {
  createBenefitApplication(input: unknown): Promise<{ Id?: string; Arn?: string }>;
  getBenefitApplication(input: unknown): Promise<{ Id?: string; Arn?: string }>;
  listBenefitApplications(input: unknown): Promise<{ BenefitApplicationSummaries?: { Id?: string }[] }>;
  listBenefits(input: unknown): Promise<unknown>;
};
type Failure = { name?: string; $metadata?: { httpStatusCode?: number } };

let cli: CliProcess;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "pcb-sigv4-"));
  const keysFile = join(dir, "keys.json");
  writeFileSync(keysFile, JSON.stringify(KEYS));
  cli = await startCli(["--seed", SEED, "--keys", keysFile, "--quiet"]);
});
afterAll(async () => {
  await cli.stop();
});

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Failure,
  );

const clients: [string, (credentials: Credentials) => Client][] = [
  [
    "official SDK",
    (credentials) =>
      new sdk.PartnerCentralBenefits({
        region: "us-east-1",
        endpoint: cli.url,
        credentials,
        maxAttempts: 1,
      }) as Client,
  ],
  [
    "@pc-benefits/client",
    (credentials) =>
      new PartnerCentralBenefits({
        region: "us-east-1",
        endpoint: cli.url,
        credentials,
        maxAttempts: 1,
      }) as Client,
  ],
];

describe.each(clients)("SigV4 mode with the %s", (_name, client) => {
  it("scopes applications to the account of the signing key", async () => {
    const alice = client(ALICE);
    const bob = client(BOB);
    const created = await alice.createBenefitApplication(createInput());
    expect(created.Arn).toContain(":111122223333:");
    expect((await alice.getBenefitApplication({ Catalog: "AWS", Identifier: created.Id })).Id).toBe(
      created.Id,
    );
    const aliceList = await alice.listBenefitApplications({ Catalog: "AWS", MaxResults: 100 });
    expect(aliceList.BenefitApplicationSummaries?.map((s) => s.Id)).toContain(created.Id);

    for (const identifier of [created.Id, created.Arn]) {
      const failure = await failureOf(bob.getBenefitApplication({ Catalog: "AWS", Identifier: identifier }));
      expect(failure?.name).toBe("ResourceNotFoundException");
    }
    const bobList = await bob.listBenefitApplications({ Catalog: "AWS", MaxResults: 100 });
    expect(bobList.BenefitApplicationSummaries?.map((s) => s.Id) ?? []).not.toContain(created.Id);
  });

  it.each([
    ["an unknown key", { accessKeyId: "AKIDNOBODY", secretAccessKey: "x" }, "UnrecognizedClientException"],
    [
      "a wrong secret",
      { accessKeyId: ALICE.accessKeyId, secretAccessKey: "not-alice" },
      "InvalidSignatureException",
    ],
  ])("answers %s with a 403 %s", async (_case, credentials, type) => {
    const failure = await failureOf(client(credentials).listBenefits({ Catalog: "AWS" }));
    expect(failure?.name).toBe(type);
    expect(failure?.$metadata?.httpStatusCode).toBe(403);
  });
});

const amzDate = new Date()
  .toISOString()
  .replace(/[-:]/g, "")
  .replace(/\.\d{3}/, "");

describe("SigV4 mode with unsigned and malformed requests", () => {
  it.each([
    ["no Authorization", {}, "MissingAuthenticationTokenException"],
    [
      "a malformed Authorization",
      { authorization: "AWS4-HMAC-SHA256 Credential=x" },
      "IncompleteSignatureException",
    ],
    [
      "a well-formed but wrong signature",
      {
        authorization: `AWS4-HMAC-SHA256 Credential=${ALICE.accessKeyId}/${amzDate.slice(0, 8)}/us-east-1/partnercentral-benefits/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`,
        "x-amz-date": amzDate,
      },
      "InvalidSignatureException",
    ],
  ])("answers %s with a 403 %s", async (_name, headers, type) => {
    const response = await awsJson(
      cli.url,
      "ListBenefits",
      { Catalog: "AWS" },
      headers as Record<string, string>,
    );
    expect(response.status).toBe(403);
    expect(response.body.__type).toBe(type);
    expect(response.body.message).toEqual(expect.any(String));
    expect(response.requestId).toEqual(expect.any(String));
  });
});
