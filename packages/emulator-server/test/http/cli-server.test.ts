/**
 * The `pcb-emulator` CLI on a free port: the official SDK and our client (endpoint-url style), the
 * reviewer-control routes, /docs and /openapi.json, the request log, and argument handling.
 */
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { awsJson, type CliProcess, runCli, startCli } from "./cli-process.js";
import { createInput, SEED } from "./fixtures.js";

// Each test spawns the CLI (tsx start-up takes seconds on a loaded 2-core machine).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

type Client = {
  createBenefitApplication(input: unknown): Promise<{ Id?: string; Arn?: string; Revision?: string }>;
  getBenefitApplication(input: unknown): Promise<{ Status?: string; Stage?: string; StatusReason?: string }>;
  submitBenefitApplication(input: unknown): Promise<unknown>;
  listBenefitAllocations(input: unknown): Promise<{ BenefitAllocationSummaries?: { Id?: string }[] }>;
  listBenefits(input: unknown): Promise<{ BenefitSummaries?: unknown[] }>;
};

let cli: CliProcess;
beforeAll(async () => {
  cli = await startCli(["--seed", SEED, "--control"]);
});
afterAll(async () => {
  await cli.stop();
});

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${cli.url}/_emulator${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const clients: [string, (url: string) => Client][] = [
  [
    "official SDK",
    (url) =>
      new sdk.PartnerCentralBenefits({
        region: "us-east-1",
        endpoint: url,
        credentials,
        maxAttempts: 1,
      }) as Client,
  ],
  [
    "@pc-benefits/client",
    (url) =>
      new PartnerCentralBenefits({
        region: "us-east-1",
        endpoint: url,
        credentials,
        maxAttempts: 1,
      }) as Client,
  ],
];

describe.each(clients)("pcb-emulator with the %s", (_name, makeClient) => {
  it("creates, submits and, after a reviewer approval, lists the allocations", async () => {
    const client = makeClient(cli.url);
    const benefits = await client.listBenefits({ Catalog: "AWS" });
    expect(benefits.BenefitSummaries?.length).toBeGreaterThan(0);

    const created = await client.createBenefitApplication(createInput());
    expect(created.Id).toMatch(/^benappl-[0-9a-z]{14}$/);
    expect((await client.getBenefitApplication({ Catalog: "AWS", Identifier: created.Id })).Status).toBe(
      "PENDING_SUBMISSION",
    );
    await client.submitBenefitApplication({ Catalog: "AWS", Identifier: created.Arn });
    expect((await client.getBenefitApplication({ Catalog: "AWS", Identifier: created.Id })).Status).toBe(
      "IN_REVIEW",
    );

    const approved = await control("POST", `/applications/AWS/${created.Id}/review`, {
      status: "APPROVED",
      stage: "FINANCE_REVIEW",
    });
    expect(approved.status).toBe(200);
    const after = await client.getBenefitApplication({ Catalog: "AWS", Identifier: created.Id });
    expect(after).toMatchObject({ Status: "APPROVED", Stage: "FINANCE_REVIEW" });
    const allocations = await client.listBenefitAllocations({ Catalog: "AWS" });
    expect(allocations.BenefitAllocationSummaries?.length).toBeGreaterThan(0);
  });
});

describe("reviewer-control routes", () => {
  it("moves an application to ACTION_REQUIRED with a stage and reasons", async () => {
    const created = await awsJson(cli.url, "CreateBenefitApplication", createInput());
    const id = String(created.body.Id);
    await awsJson(cli.url, "SubmitBenefitApplication", { Catalog: "AWS", Identifier: id });
    const moved = await control("POST", `/applications/AWS/${id}/review`, {
      status: "ACTION_REQUIRED",
      stage: "BUSINESS_REVIEW",
      statusReason: "Add the opportunity's expected revenue",
      statusReasonCodes: ["MISSING_INFORMATION"],
    });
    expect(moved.status).toBe(200);
    const got = await awsJson(cli.url, "GetBenefitApplication", { Catalog: "AWS", Identifier: id });
    expect(got.body).toMatchObject({
      Status: "ACTION_REQUIRED",
      Stage: "BUSINESS_REVIEW",
      StatusReason: "Add the opportunity's expected revenue",
    });
  });

  it.each([
    [
      "an unknown application",
      "POST",
      "/applications/AWS/benappl-00000000000000/review",
      { status: "APPROVED" },
      404,
      "ResourceNotFoundException",
    ],
    [
      "a bad decision",
      "POST",
      "/applications/AWS/benappl-00000000000000/review",
      { status: "MAYBE" },
      400,
      "ValidationException",
    ],
    [
      "broken JSON",
      "POST",
      "/applications/AWS/benappl-00000000000000/review",
      "{",
      400,
      "ValidationException",
    ],
    ["an unknown route", "GET", "/nothing-here", undefined, 404, "ResourceNotFoundException"],
  ])("answers %s with an AWS-shaped error", async (_name, method, path, body, status, type) => {
    const response = await fetch(`${cli.url}/_emulator${path}`, {
      method,
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    expect(response.status).toBe(status);
    expect(response.headers.get("x-amzn-RequestId")).toEqual(expect.any(String));
    const json = (await response.json()) as { __type: string; Message: string };
    expect(json.__type).toContain(type);
    expect(json.Message).toEqual(expect.any(String));
  });

  it("inspects the settings and the seeded benefits", async () => {
    const settings = await control("GET", "/settings");
    expect(settings.body).toMatchObject({ seed: SEED, defaultAccountId: "123456789012" });
    const benefits = await control("GET", "/benefits/Sandbox");
    expect((benefits.body.benefits as unknown[]).length).toBeGreaterThan(0);
  });
});

describe("documentation routes and the request log", () => {
  it("serves /openapi.json and /docs", async () => {
    const openapi = await fetch(`${cli.url}/openapi.json`);
    expect(openapi.status).toBe(200);
    expect(((await openapi.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    const docs = await fetch(`${cli.url}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("<html");
  });

  it("prints one line per request: method, target, status, ms, request id", async () => {
    const ok = await awsJson(cli.url, "ListBenefits", { Catalog: "Sandbox" });
    const bad = await awsJson(cli.url, "GetBenefit", {
      Catalog: "Sandbox",
      Identifier: "ben-00000000000000",
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const lines = cli.stdout().split("\n");
    expect(lines.find((l) => l.includes(`req=${ok.requestId}`))).toMatch(
      /^\S+Z POST ListBenefits 200 \d+\.\dms req=[0-9a-f-]{36}$/,
    );
    expect(lines.find((l) => l.includes(`req=${bad.requestId}`))).toMatch(
      /^\S+Z POST GetBenefit 404 ResourceNotFoundException \d+\.\dms req=/,
    );
  });
});

describe("the CLI without --control and with bad arguments", () => {
  it("answers the control prefix with the service's 404 when the routes are off", async () => {
    const plain = await startCli(["--quiet"]);
    try {
      const response = await fetch(`${plain.url}/_emulator/settings`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { __type: string }).__type).toBe("UnknownOperationException");
      const reset = await fetch(`${plain.url}/_emulator/reset`, { method: "POST" });
      expect(reset.status).toBe(404);
    } finally {
      await plain.stop();
    }
    expect(plain.stdout()).not.toMatch(/ POST /);
  });

  it.each([
    [["--help"], 0, /Usage: pcb-emulator/, ""],
    [["--port", "nope"], 2, /^$/, 'pcb-emulator: invalid port "nope"'],
  ])("pcb-emulator %j exits %i", async (args, code, stdout, stderr) => {
    const result = await runCli(args);
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(stdout);
    if (stderr) expect(result.stderr).toContain(stderr);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
