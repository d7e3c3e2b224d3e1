/**
 * Wire-level request snapshots for every operation, side by side with the official AWS SDK client
 * sending the same input to the same local server: same method, path, target, content type and
 * JSON body, and both signatures verify under an independent SigV4 check.
 */
import { PartnerCentralBenefitsClient as OfficialClient } from "@aws-sdk/client-partnercentral-benefits";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { FetchHttpHandler, GetBenefitCommand, PartnerCentralBenefitsClient } from "../src/generated/index.js";
import { NodeHttpHandler } from "../src/node.js";
import { type LocalServer, type Recorded, startServer } from "./helpers/local-server.js";
import { OPERATIONS, sendRow } from "./helpers/operations.js";
import { verifySigV4 } from "./helpers/sigv4-verify.js";

const CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};
let server: LocalServer;
let ours: PartnerCentralBenefitsClient;
let official: OfficialClient;

beforeAll(async () => {
  server = await startServer();
  const config = { region: "us-east-1", endpoint: server.url, credentials: CREDENTIALS };
  ours = new PartnerCentralBenefitsClient({ ...config, requestHandler: new NodeHttpHandler() });
  official = new OfficialClient(config);
});

afterAll(async () => {
  ours.destroy();
  official.destroy();
  await server.close();
});

afterEach(() => {
  vi.useRealTimers();
});

/** The parts of a request that make up the protocol, with the (port-dependent) signature masked. */
function snapshotOf(request: Recorded): Record<string, unknown> {
  const header = (name: string): string | undefined => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  return {
    method: request.method,
    url: request.url,
    headers: {
      "content-type": header("content-type"),
      "content-length": header("content-length"),
      "x-amz-target": header("x-amz-target"),
      "x-amz-date": header("x-amz-date"),
      authorization: header("authorization")?.replace(/Signature=[0-9a-f]{64}/, "Signature=<64 hex>"),
    },
    body: JSON.parse(request.body),
  };
}

describe.each(OPERATIONS)("$name request", (row) => {
  it("matches the snapshot and the official client's request", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-26T08:00:00Z"));
    const before = server.requests.length;
    await sendRow(ours, row.ours, row.input);
    await sendRow(official, row.official, row.input);
    const [mine, theirs] = server.requests.slice(before);
    if (!mine || !theirs) throw new Error("expected two requests");

    expect(snapshotOf(mine)).toMatchSnapshot();

    expect(mine.method).toBe("POST");
    expect(mine.url).toBe(theirs.url);
    expect(mine.headers["x-amz-target"]).toBe(`PartnerCentralBenefitsService.${row.name}`);
    expect(mine.headers["x-amz-target"]).toBe(theirs.headers["x-amz-target"]);
    expect(mine.headers["content-type"]).toBe(theirs.headers["content-type"]);
    // (x-amz-date is not compared: the official client corrects its clock from the server's Date header.)
    expect(JSON.parse(mine.body)).toEqual(JSON.parse(theirs.body));

    const mineFacts = verifySigV4(mine, CREDENTIALS.secretAccessKey);
    const theirFacts = verifySigV4(theirs, CREDENTIALS.secretAccessKey);
    expect(mineFacts).toMatchObject({
      region: "us-east-1",
      service: "partnercentral-benefits",
      accessKeyId: "AKIDEXAMPLE",
    });
    expect({ ...mineFacts, signedHeaders: [], date: "" }).toEqual({
      ...theirFacts,
      signedHeaders: [],
      date: "",
    });
    expect(mineFacts.signedHeaders).toEqual(
      expect.arrayContaining(["content-type", "host", "x-amz-date", "x-amz-target"]),
    );
  });
});

describe("request details", () => {
  it("sends the session token as x-amz-security-token and signs it", async () => {
    const client = new PartnerCentralBenefitsClient({
      region: "eu-west-1",
      endpoint: server.url,
      credentials: async () => ({ ...CREDENTIALS, sessionToken: "SESSION/TOKEN+=" }),
    });
    await client.send(new GetBenefitCommand({ Catalog: "AWS", Identifier: "ben-1" }));
    const last = server.requests.at(-1);
    if (!last) throw new Error("no request");
    expect(last.headers["x-amz-security-token"]).toBe("SESSION/TOKEN+=");
    const facts = verifySigV4(last, CREDENTIALS.secretAccessKey);
    expect(facts.region).toBe("eu-west-1");
    expect(facts.signedHeaders).toContain("x-amz-security-token");
  });

  it("sends the same request through the default fetch transport", async () => {
    const client = new PartnerCentralBenefitsClient({
      region: "us-east-1",
      endpoint: `${server.url}/prefix`,
      credentials: CREDENTIALS,
      requestHandler: new FetchHttpHandler(),
    });
    await client.send(new GetBenefitCommand({ Catalog: "AWS", Identifier: "ben-1" }));
    const last = server.requests.at(-1);
    if (!last) throw new Error("no request");
    expect(last.url).toBe("/prefix/");
    expect(JSON.parse(last.body)).toEqual({ Catalog: "AWS", Identifier: "ben-1" });
    expect(verifySigV4(last, CREDENTIALS.secretAccessKey).service).toBe("partnercentral-benefits");
  });
});
