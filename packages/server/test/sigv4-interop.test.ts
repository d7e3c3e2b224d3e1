/** SigV4 mode on a real port: the official SDK and our client pass with a known key and fail with others. */
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import * as models from "@pc-benefits/client/models";
import { type RunningBackend, serveOnFreePort } from "@pc-benefits/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type HandlerContext, type ServiceHandlers } from "../src/index.js";

const KEYS = {
  AKIDSIGV4TEST: { secretAccessKey: "known-secret", accountId: "444455556666" },
};

let server: RunningBackend;
const callers: (HandlerContext["caller"] | undefined)[] = [];

beforeAll(async () => {
  const handlers: Partial<ServiceHandlers> = {
    listBenefits: async (_input, context) => {
      callers.push(context.caller);
      return { BenefitSummaries: [] };
    },
  };
  server = await serveOnFreePort(
    createApp({ handlers, sigv4: { credentials: KEYS }, onError: () => {} }).fetch,
  );
});
afterAll(() => server.close());

type Client = { listBenefits(input: { Catalog: string }): Promise<unknown> };
const clients: [
  string,
  (credentials: { accessKeyId: string; secretAccessKey: string }) => Client,
  Record<string, unknown>,
][] = [
  [
    "official SDK",
    (credentials) =>
      new sdk.PartnerCentralBenefits({
        region: "us-east-1",
        endpoint: server.url,
        credentials,
        maxAttempts: 1,
      }),
    sdk as unknown as Record<string, unknown>,
  ],
  [
    "@pc-benefits/client",
    (credentials) =>
      new PartnerCentralBenefits({ region: "us-east-1", endpoint: server.url, credentials, maxAttempts: 1 }),
    models as unknown as Record<string, unknown>,
  ],
];

describe.each(clients)("SigV4 mode with the %s", (_name, client) => {
  it("accepts a request signed with a known key and maps it to the key's account", async () => {
    callers.length = 0;
    await client({ accessKeyId: "AKIDSIGV4TEST", secretAccessKey: "known-secret" }).listBenefits({
      Catalog: "AWS",
    });
    expect(callers[0]).toMatchObject({
      accessKeyId: "AKIDSIGV4TEST",
      accountId: "444455556666",
      verified: true,
    });
  });

  it.each([
    [
      "an unknown key",
      { accessKeyId: "AKIDUNKNOWN", secretAccessKey: "known-secret" },
      "UnrecognizedClientException",
    ],
    [
      "a wrong secret",
      { accessKeyId: "AKIDSIGV4TEST", secretAccessKey: "wrong-secret" },
      "InvalidSignatureException",
    ],
  ])("rejects %s with a 403", async (_case, credentials, type) => {
    callers.length = 0;
    const error = await client(credentials)
      .listBenefits({ Catalog: "AWS" })
      .then(
        () => undefined,
        (e: unknown) => e as { name: string; $metadata?: { httpStatusCode?: number } },
      );
    expect(error?.name).toBe(type);
    expect(error?.$metadata?.httpStatusCode).toBe(403);
    expect(callers).toEqual([]);
  });
});
