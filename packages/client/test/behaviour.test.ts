/** Retries, abort, paginators, credentials and the aggregated client against a local server. */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  GetBenefitCommand,
  ListBenefitsCommand,
  PartnerCentralBenefits,
  PartnerCentralBenefitsClient,
  type PartnerCentralBenefitsClientConfig,
  paginateListBenefitAllocations,
  paginateListBenefitApplications,
  paginateListBenefits,
  ThrottlingException,
} from "../src/generated/index.js";
import { NodeHttpHandler, nodeSigner } from "../src/node.js";
import { type LocalServer, type Reply, startServer } from "./helpers/local-server.js";
import { verifySigV4 } from "./helpers/sigv4-verify.js";

const CREDENTIALS = { accessKeyId: "AKID", secretAccessKey: "SECRET" };
let server: LocalServer;
const clients: PartnerCentralBenefitsClient[] = [];

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function client(config: PartnerCentralBenefitsClientConfig = {}): PartnerCentralBenefitsClient {
  const c = new PartnerCentralBenefitsClient({
    region: "us-east-1",
    endpoint: server.url,
    credentials: CREDENTIALS,
    requestHandler: new NodeHttpHandler(),
    ...config,
  });
  clients.push(c);
  return c;
}

const get = new GetBenefitCommand({ Catalog: "AWS", Identifier: "ben-1" });
const throttled: Reply = { status: 400, body: '{"__type":"ThrottlingException","Message":"slow down"}' };

describe("retries", () => {
  it.each<[string, Reply[], number]>([
    ["ThrottlingException", [throttled], 2],
    ["HTTP 429", [{ status: 429, body: "" }], 2],
    [
      "HTTP 500 twice",
      [
        { status: 500, body: '{"__type":"InternalServerException"}' },
        { status: 503, body: "" },
      ],
      3,
    ],
    ["a dropped connection", ["reset"], 2],
  ])("retries after %s and reports the attempts", async (_name, failures, attempts) => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    server.script(failures, { body: '{"Id":"ben-1"}' });
    const before = server.requests.length;
    const out = await client().send(get);
    expect(out.Id).toBe("ben-1");
    expect(out.$metadata.attempts).toBe(attempts);
    expect(out.$metadata.totalRetryDelay).toBe([50, 100].slice(0, attempts - 1).reduce((a, b) => a + b, 0));
    const sent = server.requests.slice(before);
    expect(sent).toHaveLength(attempts);
    // Every attempt is signed afresh and verifies.
    for (const r of sent)
      expect(verifySigV4(r, CREDENTIALS.secretAccessKey).service).toBe("partnercentral-benefits");
  });

  it.each<[string, number | undefined, number]>([
    ["default maxAttempts is 3", undefined, 3],
    ["maxAttempts 5", 5, 5],
    ["maxAttempts 1", 1, 1],
  ])("gives up: %s", async (_name, maxAttempts, attempts) => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    server.script([], throttled);
    const before = server.requests.length;
    const error = await client({ maxAttempts })
      .send(get)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(error).toMatchObject({ $metadata: { attempts, httpStatusCode: 400 } });
    expect(server.requests.length - before).toBe(attempts);
  });

  it("does not retry a validation error", async () => {
    server.script([
      { status: 400, body: '{"__type":"ValidationException","Message":"bad","Reason":"other"}' },
    ]);
    const before = server.requests.length;
    await expect(client().send(get)).rejects.toMatchObject({
      name: "ValidationException",
      $metadata: { attempts: 1 },
    });
    expect(server.requests.length - before).toBe(1);
  });

  it("waits with jittered exponential backoff", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    server.script([throttled, throttled], { body: "{}" });
    const start = Date.now();
    const out = await client().send(get);
    expect(out.$metadata.totalRetryDelay).toBe(99 + 199);
    expect(Date.now() - start).toBeGreaterThanOrEqual(290);
  });
});

describe("abort", () => {
  it("aborts an in-flight request", async () => {
    server.script(["hang"]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const start = Date.now();
    await expect(client().send(get, { abortSignal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(Date.now() - start).toBeLessThan(1_000);
  });

  it("aborts a backoff sleep without another attempt", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999); // first backoff: 99 ms
    const controller = new AbortController();
    // Abort shortly after the first (throttled) answer is sent: the client is then in its backoff sleep.
    server.respond(() => {
      setTimeout(() => controller.abort(), 20);
      return throttled;
    });
    const before = server.requests.length;
    const start = Date.now();
    await expect(
      client({ maxAttempts: 10 }).send(get, { abortSignal: controller.signal }),
    ).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(server.requests.length - before).toBe(1);
    expect(Date.now() - start).toBeLessThan(2_000);
  });

  it("passes the abort reason as the cause", async () => {
    server.script(["hang"]);
    const reason = new Error("navigation");
    const pending = client().send(get, { abortSignal: AbortSignal.timeout(30) });
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    const controller = new AbortController();
    controller.abort(reason);
    await expect(client().send(get, { abortSignal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
      message: "navigation",
      cause: reason,
    });
  });
});

/** Serves `pages` of a list operation keyed by the incoming NextToken. */
function pager(listKey: string, pages: Record<string, { items: string[]; next?: string }>): void {
  server.respond((request) => {
    const input = JSON.parse(request.body) as { NextToken?: string };
    const page = pages[input.NextToken ?? ""];
    if (!page) return { status: 400, body: '{"__type":"ValidationException","Message":"bad token"}' };
    return { body: JSON.stringify({ [listKey]: page.items.map((Id) => ({ Id })), NextToken: page.next }) };
  });
}

describe("paginators", () => {
  const pages = {
    "": { items: ["a", "b"], next: "t1" },
    t1: { items: ["c"], next: "t2" },
    t2: { items: ["d"] },
  };

  it.each([
    ["paginateListBenefits", paginateListBenefits, "BenefitSummaries"],
    ["paginateListBenefitApplications", paginateListBenefitApplications, "BenefitApplicationSummaries"],
    ["paginateListBenefitAllocations", paginateListBenefitAllocations, "BenefitAllocationSummaries"],
  ] as const)("%s follows NextToken and sends pageSize as MaxResults", async (_name, paginate, listKey) => {
    pager(listKey, pages);
    const before = server.requests.length;
    const ids: string[] = [];
    for await (const page of paginate({ client: client(), pageSize: 2 }, { Catalog: "AWS" })) {
      const items = (page as unknown as Record<string, { Id?: string }[]>)[listKey] ?? [];
      ids.push(...items.map((i) => i.Id ?? ""));
      expect(page.$metadata.httpStatusCode).toBe(200);
    }
    expect(ids).toEqual(["a", "b", "c", "d"]);
    const bodies = server.requests.slice(before).map((r) => JSON.parse(r.body));
    expect(bodies).toEqual([
      { Catalog: "AWS", MaxResults: 2 },
      { Catalog: "AWS", MaxResults: 2, NextToken: "t1" },
      { Catalog: "AWS", MaxResults: 2, NextToken: "t2" },
    ]);
  });

  it("starts from startingToken, and can stop early", async () => {
    pager("BenefitSummaries", pages);
    const seen: string[] = [];
    for await (const page of paginateListBenefits(
      { client: client(), startingToken: "t1" },
      { Catalog: "AWS" },
    )) {
      seen.push(...(page.BenefitSummaries ?? []).map((b) => b.Id ?? ""));
      break;
    }
    expect(seen).toEqual(["c"]);
  });

  it("surfaces a failing page as its error", async () => {
    pager("BenefitSummaries", pages);
    const run = async (): Promise<void> => {
      for await (const _ of paginateListBenefits(
        { client: client() },
        { Catalog: "AWS", NextToken: "nope" },
      )) {
        // drain
      }
    };
    await expect(run()).rejects.toMatchObject({ name: "ValidationException", message: "bad token" });
  });
});

describe("aggregated client", () => {
  it("has one lowerCamelCase method per operation and the paginators", async () => {
    pager("BenefitSummaries", { "": { items: ["x"] } });
    const aggregated = new PartnerCentralBenefits({
      region: "us-east-1",
      endpoint: server.url,
      credentials: CREDENTIALS,
    });
    const out = await aggregated.listBenefits({ Catalog: "AWS" });
    expect(out.BenefitSummaries).toEqual([{ Id: "x" }]);
    const pagesSeen: number[] = [];
    for await (const page of aggregated.paginateListBenefits({ Catalog: "AWS" }))
      pagesSeen.push(page.BenefitSummaries?.length ?? 0);
    expect(pagesSeen).toEqual([1]);
    const viaCallback = await new Promise((resolve, reject) =>
      aggregated.listBenefits({ Catalog: "AWS" }, (err, data) => (err ? reject(err) : resolve(data))),
    );
    expect(viaCallback).toMatchObject({ BenefitSummaries: [{ Id: "x" }] });
    const methods = Object.getOwnPropertyNames(PartnerCentralBenefits.prototype).filter(
      (m) => m !== "constructor",
    );
    expect(methods).toHaveLength(17 + 3);
    expect(methods).toEqual(
      expect.arrayContaining(["getBenefit", "listTagsForResource", "paginateListBenefits"]),
    );
    aggregated.destroy();
  });
});

describe("credentials and region", () => {
  it.each([
    ["without session token", {}, undefined],
    ["with session token", { AWS_SESSION_TOKEN: "TOKEN" }, "TOKEN"],
  ])("reads AWS_* environment variables %s", async (_name, extra, token) => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "ENVKEY");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "ENVSECRET");
    vi.stubEnv("AWS_SESSION_TOKEN", "");
    vi.stubEnv("AWS_REGION", "ap-southeast-2");
    for (const [k, v] of Object.entries(extra)) vi.stubEnv(k, v);
    server.script([], { body: "{}" });
    const c = new PartnerCentralBenefitsClient({
      endpoint: server.url,
      requestHandler: new NodeHttpHandler(),
    });
    clients.push(c);
    await c.send(get);
    const last = server.requests.at(-1);
    if (!last) throw new Error("no request");
    expect(verifySigV4(last, "ENVSECRET")).toMatchObject({ accessKeyId: "ENVKEY", region: "ap-southeast-2" });
    expect(last.headers["x-amz-security-token"]).toBe(token);
    await expect(c.config.region()).resolves.toBe("ap-southeast-2");
  });

  it("signs with nodeSigner when configured, verifiably", async () => {
    server.script([], { body: "{}" });
    const c = client({ signer: nodeSigner, credentials: { ...CREDENTIALS, sessionToken: "T0K3N" } });
    await c.send(get);
    const last = server.requests.at(-1);
    if (!last) throw new Error("no request");
    expect(verifySigV4(last, CREDENTIALS.secretAccessKey).signedHeaders).toEqual([
      "content-type",
      "host",
      "x-amz-date",
      "x-amz-security-token",
      "x-amz-target",
    ]);
  });

  it("calls an async credential provider once across calls", async () => {
    const provider = vi.fn(async () => CREDENTIALS);
    server.script([], { body: "{}" });
    const c = client({ credentials: provider });
    await Promise.all([c.send(get), c.send(get), c.send(new ListBenefitsCommand({ Catalog: "AWS" }))]);
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it("rejects with a clear error when no credentials exist", async () => {
    // The whole Node chain runs (credential-provider-node is installed), so every source it reads is
    // switched off: this machine's own AWS setup must not decide the outcome.
    const missing = join(tmpdir(), "pc-benefits-no-aws-config", "missing");
    for (const [name, value] of Object.entries({
      AWS_ACCESS_KEY_ID: "",
      AWS_SECRET_ACCESS_KEY: "",
      AWS_SESSION_TOKEN: "",
      AWS_PROFILE: "",
      AWS_SHARED_CREDENTIALS_FILE: missing,
      AWS_CONFIG_FILE: missing,
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: "",
      AWS_CONTAINER_CREDENTIALS_FULL_URI: "",
      AWS_WEB_IDENTITY_TOKEN_FILE: "",
    })) {
      vi.stubEnv(name, value);
    }
    const c = new PartnerCentralBenefitsClient({ region: "us-east-1", endpoint: server.url });
    await expect(c.send(get)).rejects.toMatchObject({ name: "CredentialsProviderError" });
  });

  it("uses the regional default endpoint", async () => {
    const seen: string[] = [];
    const c = new PartnerCentralBenefitsClient({
      region: "us-west-2",
      credentials: CREDENTIALS,
      requestHandler: {
        async handle(request) {
          seen.push(`${request.protocol}//${request.hostname}${request.path}`);
          return { statusCode: 200, headers: {}, body: "{}" };
        },
      },
    });
    await c.send(get);
    expect(seen).toEqual(["https://partnercentral-benefits.us-west-2.api.aws/"]);
  });
});
