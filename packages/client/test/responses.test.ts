/**
 * Response and error deserialization for every operation and every modelled error, checked
 * against the official AWS SDK client reading the same bytes from the same local server.
 */
import * as Official from "@aws-sdk/client-partnercentral-benefits";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Ours from "../src/generated/index.js";
import { NodeHttpHandler } from "../src/node.js";
import { type LocalServer, type Reply, startServer } from "./helpers/local-server.js";
import { OPERATIONS, sendRow } from "./helpers/operations.js";

const CREDENTIALS = { accessKeyId: "AKID", secretAccessKey: "SECRET" };
let server: LocalServer;
let ours: Ours.PartnerCentralBenefitsClient;
let official: Official.PartnerCentralBenefitsClient;

beforeAll(async () => {
  server = await startServer();
  const config = { region: "us-east-1", endpoint: server.url, credentials: CREDENTIALS, maxAttempts: 1 };
  ours = new Ours.PartnerCentralBenefitsClient({ ...config, requestHandler: new NodeHttpHandler() });
  official = new Official.PartnerCentralBenefitsClient(config);
});

afterAll(async () => {
  ours.destroy();
  official.destroy();
  await server.close();
});

const withoutMetadata = ({ $metadata: _, ...rest }: Record<string, unknown>): Record<string, unknown> => rest;

describe.each(OPERATIONS)("$name response", (row) => {
  it("deserializes like the official client, with $metadata", async () => {
    server.respond(() => ({ body: JSON.stringify(row.response), headers: { "x-amzn-RequestId": "rid-42" } }));
    const mine = await sendRow(ours, row.ours, row.input);
    const theirs = await sendRow(official, row.official, row.input);
    expect(withoutMetadata(mine)).toEqual(withoutMetadata(theirs));
    expect(mine.$metadata).toEqual({
      httpStatusCode: 200,
      requestId: "rid-42",
      attempts: 1,
      totalRetryDelay: 0,
    });
  });
});

describe("output values", () => {
  it("turns date-time strings into Dates (offsets and fractions), keeps documents and unions", async () => {
    const row = OPERATIONS.find((r) => r.name === "GetBenefitAllocation");
    if (!row) throw new Error("missing row");
    server.respond(() => ({ body: JSON.stringify(row.response) }));
    const out = (await sendRow(
      ours,
      row.ours,
      row.input,
    )) as unknown as Ours.GetBenefitAllocationCommandOutput;
    expect(out.UpdatedAt).toEqual(new Date("2026-01-01T22:00:00Z"));
    expect(out.FulfillmentDetail?.CreditDetails?.Codes?.[0]?.ExpiresAt).toEqual(
      new Date("2027-01-02T03:04:05.250Z"),
    );
    expect(out).not.toHaveProperty("UnknownFutureMember");
  });

  it.each<[string, unknown, Ours.FulfillmentDetails]>([
    [
      "known member",
      { AccessDetails: { Description: "console" } },
      { AccessDetails: { Description: "console" } },
    ],
    ["unknown member", { FutureDetails: { x: 1 } }, { $unknown: ["FutureDetails", { x: 1 }] }],
    [
      "__type and nulls ignored",
      { __type: "x", CreditDetails: null, AccessDetails: {} },
      { AccessDetails: {} },
    ],
  ])("reads the FulfillmentDetails union: %s", async (_name, wire, expected) => {
    server.respond(() => ({ body: JSON.stringify({ FulfillmentDetail: wire }) }));
    const out = await ours.send(
      new Ours.GetBenefitAllocationCommand({ Catalog: "AWS", Identifier: "benalloc-1" }),
    );
    expect(out.FulfillmentDetail).toEqual(expected);
  });

  it("accepts an empty body", async () => {
    server.respond(() => ({ body: "" }));
    const out = await ours.send(
      new Ours.SubmitBenefitApplicationCommand({ Catalog: "AWS", Identifier: "a" }),
    );
    expect(out).toEqual({
      $metadata: { httpStatusCode: 200, requestId: expect.any(String), attempts: 1, totalRetryDelay: 0 },
    });
  });

  it("reports a malformed timestamp as a DeserializationError, not a crash", async () => {
    server.respond(() => ({ body: JSON.stringify({ CreatedAt: "yesterday" }) }));
    await expect(
      ours.send(new Ours.GetBenefitAllocationCommand({ Catalog: "AWS", Identifier: "benalloc-1" })),
    ).rejects.toMatchObject({ name: "DeserializationError", $metadata: { httpStatusCode: 200 } });
  });
});

type ErrorClass = new (...args: never[]) => Ours.PartnerCentralBenefitsServiceException;

/** Each modelled error with a body carrying its members, and the status the service uses. */
const ERRORS: [string, ErrorClass, number, Record<string, unknown>][] = [
  ["AccessDeniedException", Ours.AccessDeniedException, 403, {}],
  ["ConflictException", Ours.ConflictException, 409, {}],
  ["InternalServerException", Ours.InternalServerException, 500, {}],
  ["ResourceNotFoundException", Ours.ResourceNotFoundException, 404, {}],
  [
    "ServiceQuotaExceededException",
    Ours.ServiceQuotaExceededException,
    402,
    { ResourceId: "r-1", ResourceType: "BenefitApplication", QuotaCode: "Q-1" },
  ],
  ["ThrottlingException", Ours.ThrottlingException, 429, {}],
  [
    "ValidationException",
    Ours.ValidationException,
    400,
    {
      Reason: "fieldValidationFailed",
      FieldList: [{ Name: "Catalog", Message: "bad", Code: "INVALID_VALUE" }],
    },
  ],
];

const FORMS: [string, (name: string, body: Record<string, unknown>) => Reply][] = [
  [
    "__type with namespace",
    (name, body) => ({
      body: JSON.stringify({ __type: `com.amazonaws.partnercentralbenefits#${name}`, ...body }),
    }),
  ],
  ["bare __type", (name, body) => ({ body: JSON.stringify({ __type: name, ...body }) })],
  [
    "__type with :suffix",
    (name, body) => ({
      body: JSON.stringify({ __type: `${name}:http://internal.amazon.com/coral/`, ...body }),
    }),
  ],
  [
    "x-amzn-ErrorType header",
    (name, body) => ({
      headers: { "x-amzn-ErrorType": `${name}:http://internal/` },
      body: JSON.stringify(body),
    }),
  ],
];

describe.each(ERRORS)("%s", (name, ErrorClass, status, members) => {
  it.each(FORMS)("is thrown as its class (%s), like the official client", async (_form, reply) => {
    const body = { Message: `${name} happened`, ...members };
    server.respond(() => {
      const r = reply(name, body);
      return typeof r === "string"
        ? r
        : { ...r, status, headers: { ...r.headers, "x-amzn-RequestId": "rid-err" } };
    });
    const input = { Catalog: "AWS", Identifier: "ben-1" };
    const mine = await ours.send(new Ours.GetBenefitCommand(input)).catch((e: unknown) => e);
    const theirs = await official.send(new Official.GetBenefitCommand(input)).catch((e: unknown) => e);

    expect(mine).toBeInstanceOf(ErrorClass);
    expect(mine).toBeInstanceOf(Ours.PartnerCentralBenefitsServiceException);
    expect(mine).toBeInstanceOf(Ours.ServiceException);
    expect(mine).toBeInstanceOf(Error);
    const e = mine as Ours.PartnerCentralBenefitsServiceException & Record<string, unknown>;
    expect(e.name).toBe(name);
    expect(e.message).toBe(`${name} happened`);
    expect(e.$fault).toBe(status >= 500 ? "server" : "client");
    expect(e.$metadata).toEqual({
      httpStatusCode: status,
      requestId: "rid-err",
      attempts: 1,
      totalRetryDelay: 0,
    });
    for (const [key, value] of Object.entries(members)) expect(e[key]).toEqual(value);

    const t = theirs as Record<string, unknown>;
    expect(theirs).toBeInstanceOf(Error);
    for (const key of ["name", "message", "$fault", ...Object.keys(members)]) expect(e[key]).toEqual(t[key]);
    expect(e.Message).toEqual(t.Message);
  });
});

describe("unmodelled errors", () => {
  it.each<[string, Reply, string, string, "client" | "server"]>([
    [
      "unknown __type",
      { status: 400, body: '{"__type":"com.amazon#NewFancyError","message":"new"}' },
      "NewFancyError",
      "new",
      "client",
    ],
    ["code field", { status: 400, body: '{"code":"OddError","Message":"odd"}' }, "OddError", "odd", "client"],
    [
      "gateway HTML",
      { status: 502, body: "<html>Bad Gateway</html>" },
      "UnknownError",
      "UnknownError",
      "server",
    ],
  ])("%s -> base exception named by its code", async (_name, reply, code, message, fault) => {
    server.respond(() => reply);
    const error = await ours
      .send(new Ours.GetBenefitCommand({ Catalog: "AWS", Identifier: "x" }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Ours.PartnerCentralBenefitsServiceException);
    expect(error).toMatchObject({ name: code, message, $fault: fault });
  });
});
