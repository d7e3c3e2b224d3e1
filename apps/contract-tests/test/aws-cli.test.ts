/**
 * The AWS CLI against the emulator's Hono app on a real local port (`--endpoint-url`): auto-pagination,
 * an application's walk with ClientToken and revisions, a modelled error, tags, and SigV4 mode. Each `aws`
 * call is a Python process (about a second), so the calls are few and independent checks run concurrently.
 * Without an `aws` on PATH whose botocore knows the service, the suite says so and skips.
 */
import { type Benefit, createEmulator, type Emulator, exampleDetails } from "@pc-benefits/emulator";
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  type AwsCredentials,
  type AwsResult,
  errorCodeOf,
  isolatedHome,
  probeAwsCli,
  runAws,
  serviceErrorExitCode,
} from "./support/aws-cli.js";
import { type HonoBackend, startHono, type WireExchange } from "./support/backends.js";

const probe = await probeAwsCli();
if (!probe.available) {
  console.warn(`aws-cli: SKIPPING the AWS CLI checks against the emulator: ${probe.reason}.`);
}
const errorExit = probe.available ? serviceErrorExitCode(probe.major) : Number.NaN;

const CATALOG = "AWS";
const OPPORTUNITY_ARN = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1234567";
/** Any key works outside SigV4 mode. */
const ANY_KEY: AwsCredentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const KNOWN_KEY: AwsCredentials = { accessKeyId: "AKIDCLIKNOWN", secretAccessKey: "cli-known-secret" };
const SIGNED_ACCOUNT = "111122223333";

let emulator: Emulator;
let plain: HonoBackend | undefined;
let signed: HonoBackend | undefined;
const signedExchanges: WireExchange[] = [];
let home: ReturnType<typeof isolatedHome> | undefined;

beforeAll(async () => {
  if (!probe.available) return;
  emulator = createEmulator({ seed: "aws-cli" });
  home = isolatedHome();
  plain = await startHono(emulator, () => {});
  signed = await startHono(emulator, (exchange) => signedExchanges.push(exchange), {
    sigv4: {
      credentials: {
        [KNOWN_KEY.accessKeyId]: { secretAccessKey: KNOWN_KEY.secretAccessKey, accountId: SIGNED_ACCOUNT },
      },
    },
  });
});

afterAll(async () => {
  await plain?.close();
  await signed?.close();
  emulator?.close();
  home?.dispose();
});

/** `aws partnercentral-benefits <args>` against a backend, isolated from the host's AWS settings. */
function aws(backend: HonoBackend | undefined, args: readonly string[], credentials = ANY_KEY) {
  if (!backend || !home) throw new Error("the backends did not start");
  return runAws(
    [
      "partnercentral-benefits",
      ...args,
      "--endpoint-url",
      backend.url,
      "--region",
      "us-east-1",
      "--output",
      "json",
    ],
    home.env(credentials),
  );
}

/** The JSON output of a successful call; a failed call fails the test with its stderr. */
function output(result: AwsResult): Record<string, unknown> {
  if (result.code !== 0) throw new Error(`aws exited with ${result.code}: ${result.stderr.trim()}`);
  return result.stdout.trim() === "" ? {} : (JSON.parse(result.stdout) as Record<string, unknown>);
}

function idsOf(out: Record<string, unknown>): string[] {
  return ((out.BenefitSummaries ?? []) as { Id?: string }[]).map((s) => s.Id ?? "");
}

function activeBenefit(): Benefit {
  const benefit = emulator.benefits(CATALOG).find((b) => b.status === "ACTIVE" && b.fulfillmentTypes.length);
  if (!benefit) throw new Error("the seeded catalog has no active benefit");
  return benefit;
}

describe
  .skipIf(!probe.available)
  .concurrent(`the AWS CLI (${probe.available ? probe.version : "absent"})`, () => {
    it("auto-paginates list-benefits, and resumes from --starting-token", async ({ expect }) => {
      const all = emulator
        .benefits(CATALOG)
        .map((b) => b.id)
        .sort();
      expect(all.length).toBeGreaterThan(10);
      // 24 benefits at 5 per page: the CLI must follow NextToken four times to read them all.
      const everything = output(
        await aws(plain, ["list-benefits", "--catalog", CATALOG, "--page-size", "5"]),
      );
      expect(idsOf(everything).sort()).toEqual(all);
      expect(everything.NextToken).toBeUndefined();

      const first = output(
        await aws(plain, ["list-benefits", "--catalog", CATALOG, "--page-size", "2", "--max-items", "3"]),
      );
      expect(idsOf(first)).toHaveLength(3);
      expect(first.NextToken).toEqual(expect.any(String));
      const rest = output(
        await aws(plain, [
          "list-benefits",
          "--catalog",
          CATALOG,
          "--page-size",
          "2",
          "--starting-token",
          String(first.NextToken),
        ]),
      );
      expect([...idsOf(first), ...idsOf(rest)].sort()).toEqual(all);
    });

    it("get-benefit returns the seeded benefit with its request schema", async ({ expect }) => {
      const benefit = activeBenefit();
      const out = output(await aws(plain, ["get-benefit", "--catalog", CATALOG, "--identifier", benefit.id]));
      expect(out).toMatchObject({
        Id: benefit.id,
        Catalog: CATALOG,
        Name: benefit.name,
        Status: benefit.status,
        FulfillmentTypes: benefit.fulfillmentTypes,
        BenefitRequestSchema: benefit.requestSchema,
      });
    });

    it("reports a modelled error: exit code and error code on stderr", async ({ expect }) => {
      const result = await aws(plain, [
        "get-benefit-application",
        "--catalog",
        CATALOG,
        "--identifier",
        "benappl-0123456789abcd",
      ]);
      expect(result.code).toBe(errorExit);
      expect(result.stdout).toBe("");
      expect(errorCodeOf(result.stderr)).toBe("ResourceNotFoundException");
      expect(result.stderr).toContain("GetBenefitApplication operation");
    });

    it("walks an application: create (idempotent), get, update with revision, submit, tag", async ({
      expect,
    }) => {
      const benefit = activeBenefit();
      const details = exampleDetails(benefit);
      const create = [
        "create-benefit-application",
        "--catalog",
        CATALOG,
        "--client-token",
        "cli-create-1",
        "--benefit-identifier",
        benefit.id,
        "--name",
        "From the AWS CLI",
        "--fulfillment-types",
        ...benefit.fulfillmentTypes,
        "--benefit-application-details",
        JSON.stringify(details),
        "--associated-resources",
        OPPORTUNITY_ARN,
      ];
      const created = output(await aws(plain, create));
      expect(created).toEqual({
        Id: expect.stringMatching(/^benappl-/),
        Arn: expect.stringContaining(`catalog/${CATALOG}/benefit-application/`),
        Revision: expect.any(String),
      });
      const id = String(created.Id);
      const get = ["get-benefit-application", "--catalog", CATALOG, "--identifier", id];

      // The same ClientToken with the same request replays the first response.
      const [replayed, read] = await Promise.all([aws(plain, create), aws(plain, get)]);
      expect(output(replayed)).toEqual(created);
      expect(output(read)).toMatchObject({
        Id: id,
        Arn: created.Arn,
        Name: "From the AWS CLI",
        Status: "PENDING_SUBMISSION",
        Revision: created.Revision,
        FulfillmentTypes: benefit.fulfillmentTypes,
        BenefitApplicationDetails: details,
        AssociatedResources: [OPPORTUNITY_ARN],
      });

      const update = (token: string, revision: string) =>
        aws(plain, [
          "update-benefit-application",
          "--catalog",
          CATALOG,
          "--client-token",
          token,
          "--identifier",
          id,
          "--revision",
          revision,
          "--name",
          "Renamed from the AWS CLI",
        ]);
      const updated = output(await update("cli-update-1", String(created.Revision)));
      expect(updated).toMatchObject({ Id: id, Revision: expect.any(String) });
      expect(updated.Revision).not.toBe(created.Revision);
      const stale = await update("cli-update-2", String(created.Revision));
      expect([stale.code, errorCodeOf(stale.stderr)]).toEqual([errorExit, "ConflictException"]);

      const submitted = await aws(plain, [
        "submit-benefit-application",
        "--catalog",
        CATALOG,
        "--identifier",
        id,
      ]);
      expect([submitted.code, submitted.stdout.trim(), submitted.stderr]).toEqual([0, "", ""]);

      const tag = [
        "tag-resource",
        "--resource-arn",
        String(created.Arn),
        "--tags",
        "Key=team,Value=cli",
        "Key=stage,Value=review",
      ];
      const [after, tagged] = await Promise.all([aws(plain, get), aws(plain, tag)]);
      expect(output(after)).toMatchObject({
        Id: id,
        Name: "Renamed from the AWS CLI",
        Status: "IN_REVIEW",
        Stage: emulator.settings.initialReviewStage,
      });
      expect(output(tagged)).toEqual({});
      const tags = output(
        await aws(plain, ["list-tags-for-resource", "--resource-arn", String(created.Arn)]),
      );
      expect(tags).toEqual({
        tags: expect.arrayContaining([
          { Key: "team", Value: "cli" },
          { Key: "stage", Value: "review" },
        ]),
      });
      expect(tags.tags).toHaveLength(2);
    });

    it("in SigV4 mode, signs with a known key and is refused with an unknown key or a wrong secret", async ({
      expect,
    }) => {
      const list = ["list-benefits", "--catalog", "Sandbox", "--page-size", "100"];
      const [good, unknown, wrongSecret] = await Promise.all([
        aws(signed, list, KNOWN_KEY),
        aws(signed, list, { accessKeyId: "AKIDCLIUNKNOWN", secretAccessKey: "whatever" }),
        aws(signed, list, { accessKeyId: KNOWN_KEY.accessKeyId, secretAccessKey: "not-the-secret" }),
      ]);
      expect(idsOf(output(good)).sort()).toEqual(
        emulator
          .benefits("Sandbox")
          .map((b) => b.id)
          .sort(),
      );
      expect([unknown.code, errorCodeOf(unknown.stderr)]).toEqual([errorExit, "UnrecognizedClientException"]);
      expect(unknown.stderr).toContain("The security token included in the request is invalid");
      expect([wrongSecret.code, errorCodeOf(wrongSecret.stderr)]).toEqual([
        errorExit,
        "InvalidSignatureException",
      ]);
      // One request each (no retries), and the refusals were 403s on the wire.
      expect(signedExchanges.map((e) => e.status).sort()).toEqual([200, 403, 403]);
    });
  });
