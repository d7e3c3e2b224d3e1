/**
 * Bad input against the running CLI: more than 10,000 generated malformed requests (wrong types, missing
 * members, oversized values, broken JSON, wrong headers and content types, unknown targets, deep nesting,
 * huge bodies, bad signatures) at bounded concurrency. Zero 5xx; every answer is an AWS-shaped 4xx
 * (`__type` + message, `x-amzn-RequestId`); the server is alive after and printed no stack trace.
 */
import { Agent, request } from "node:http";
import { VALID_INPUTS } from "@pc-benefits/testkit";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { awsJson, type CliProcess, JSON10, startCli } from "./cli-process.js";
import { createInput, OPPORTUNITY_ARN, SEED, submittableBenefit } from "./fixtures.js";

/** mulberry32 over a string hash: reproducible floats in [0, 1) for the generated requests. */
function seededRng(seed: string | number): () => number {
  let state = 0;
  for (const ch of String(seed)) state = Math.imul(state ^ (ch.codePointAt(0) ?? 0), 2654435761);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const PREFIX = "PartnerCentralBenefitsService";
const CONCURRENCY = 24;

interface RawRequest {
  category: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | Buffer;
}

interface Answer {
  category: string;
  status: number;
  requestId: string | undefined;
  body: string;
}

let plain: CliProcess;
let signed: CliProcess;

beforeAll(async () => {
  [plain, signed] = await Promise.all([
    startCli(["--seed", SEED, "--quiet"]),
    startCli(["--seed", SEED, "--quiet", "--sigv4"]),
  ]);
});
afterAll(async () => {
  await Promise.all([plain?.stop(), signed?.stop()]);
});

/**
 * A valid input per operation (the kit's `VALID_INPUTS`: the members each input requires), with the real catalog
 * and benefit spread over it and resources that do not exist (so nothing malformed can succeed by luck).
 */
function samples(): Record<string, Record<string, unknown>> {
  const benefit = submittableBenefit();
  const app = "benappl-0000000000aaaa";
  const arn = `arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/benefit-application/${app}`;
  const identifiers: Record<string, string> = {
    GetBenefit: benefit.id,
    GetBenefitAllocation: "benalloc-0000000000aaaa",
  };
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [operation, valid] of Object.entries(VALID_INPUTS)) {
    const input: Record<string, unknown> = { ...valid };
    if ("Catalog" in input) input.Catalog = "AWS";
    if ("Identifier" in input) input.Identifier = identifiers[operation] ?? app;
    if ("BenefitApplicationIdentifier" in input) input.BenefitApplicationIdentifier = app;
    if ("ResourceArn" in input) input.ResourceArn = OPPORTUNITY_ARN;
    if ("resourceArn" in input) input.resourceArn = arn;
    inputs[operation] = input;
  }
  inputs.CreateBenefitApplication = { ...inputs.CreateBenefitApplication, ...createInput() };
  return inputs;
}

/** Members that take any JSON (documents): a wrong type is not possible there. */
const DOCUMENT_MEMBERS = new Set(["BenefitApplicationDetails"]);
const REQUIRED = ["Catalog", "Identifier", "ClientToken", "resourceArn", "BenefitIdentifier", "Revision"];

function generate(count: number, seed: string): RawRequest[] {
  const rng = seededRng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
  const inputs = samples();
  const operations = Object.keys(inputs);
  const json = (
    operation: string,
    body: unknown,
    category: string,
    extra: Record<string, string> = {},
  ): RawRequest => ({
    category,
    method: "POST",
    path: "/",
    headers: { "content-type": JSON10, "x-amz-target": `${PREFIX}.${operation}`, ...extra },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const wrongType = (value: unknown): unknown => {
    if (typeof value === "string") return pick([int(-5, 5), true, { v: value }, [value], 1.5]);
    if (typeof value === "number") return pick([String(value), true, [value], { n: value }]);
    if (Array.isArray(value)) return pick(["list", 3, { 0: value[0] }, false]);
    if (typeof value === "object" && value !== null) return pick(["object", 7, [value], true]);
    return "wrong";
  };
  const nest = (depth: number, leaf: unknown, asArray: boolean) => {
    let text = JSON.stringify(leaf);
    const open = asArray ? "[" : '{"a":';
    const close = asArray ? "]" : "}";
    text = open.repeat(depth) + text + close.repeat(depth);
    return text;
  };

  const makers: [string, number, () => RawRequest][] = [
    [
      "wrong type",
      20,
      () => {
        const operation = pick(operations);
        const input = structuredClone(inputs[operation] ?? {});
        const keys = Object.keys(input).filter((k) => !DOCUMENT_MEMBERS.has(k));
        const key = pick(keys);
        input[key] = wrongType(input[key]);
        return json(operation, input, "wrong type");
      },
    ],
    [
      "wrong nested type",
      6,
      () =>
        json(
          pick(["TagResource", "AmendBenefitApplication"]),
          pick([
            { ...inputs.TagResource, tags: [{ Key: 1, Value: "v" }] },
            { ...inputs.TagResource, tags: ["k=v"] },
            { ...inputs.AmendBenefitApplication, Amendments: [{ FieldPath: ["Name"], NewValue: "x" }] },
            { ...inputs.AmendBenefitApplication, Amendments: [[]] },
          ]),
          "wrong nested type",
        ),
    ],
    [
      "missing members",
      12,
      () => {
        const operation = pick(operations);
        const input = structuredClone(inputs[operation] ?? {});
        const required = Object.keys(input).filter((k) => REQUIRED.includes(k));
        for (const key of required) if (rng() < 0.6 || key === required[0]) delete input[key];
        return json(operation, rng() < 0.2 ? {} : input, "missing members");
      },
    ],
    [
      "oversized values",
      10,
      () => {
        const operation = pick(operations);
        const input = structuredClone(inputs[operation] ?? {});
        const choice = int(0, 4);
        if (choice === 0)
          input[pick(Object.keys(input).filter((k) => REQUIRED.includes(k)))] = "x".repeat(
            int(2_000, 200_000),
          );
        if (choice === 1) {
          const list = pick(["ListBenefits", "ListBenefitApplications", "ListBenefitAllocations"]);
          return json(
            list,
            { ...inputs[list], MaxResults: pick([0, -1, 101, 1e9, 2 ** 60, 1e308, 1.5, -0.5]) },
            "oversized values",
          );
        }
        if (choice === 2) input.Catalog = `AWS${"\u00e9".repeat(int(100, 5000))}`;
        if (choice === 3) {
          return json(
            "TagResource",
            {
              ...inputs.TagResource,
              tags: Array.from({ length: int(201, 2000) }, (_, i) => ({ Key: `k${i}`, Value: "v" })),
            },
            "oversized values",
          );
        }
        if (choice === 4) {
          return json(
            "ListBenefitApplications",
            { Catalog: "AWS", Status: Array.from({ length: int(50, 5000) }, () => "IN_REVIEW") },
            "oversized values",
          );
        }
        return json(operation, input, "oversized values");
      },
    ],
    [
      "broken JSON",
      12,
      () => {
        const operation = pick(operations);
        const text = JSON.stringify(inputs[operation]);
        const body = pick([
          () => text.slice(0, int(1, Math.max(1, text.length - 1))),
          () => `${text}}`,
          () => text.replace(/"/g, "'"),
          () => pick(["null", "[]", '"text"', "42", "true", "[{}]", "{,}", "{'a':1}", "NaN", '{"Catalog":}']),
          () => Buffer.from(Array.from({ length: int(1, 400) }, () => int(0, 255))),
          () =>
            Buffer.concat([Buffer.from('{"Catalog":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]),
          () => text.replace(/:/, ":\u0000"),
          () => '{"Catalog":"\\ud800"}',
          () => `{"Catalog":"AWS","Catalog":${JSON.stringify("x".repeat(5))}}`,
        ])();
        return { ...json(operation, "", "broken JSON"), body };
      },
    ],
    [
      "wrong headers and content types",
      10,
      () => {
        const operation = pick(operations);
        const base = json(operation, inputs[operation], "wrong headers");
        const variant = int(0, 7);
        const headers: Record<string, string> = { ...base.headers };
        if (variant === 0) delete headers["content-type"];
        if (variant === 1)
          headers["content-type"] = pick([
            "text/plain",
            "application/xml",
            "multipart/form-data; boundary=x",
            "application/x-amz-json-1.1",
            "application/json",
          ]);
        if (variant === 2) delete headers["x-amz-target"];
        if (variant === 3)
          headers["x-amz-target"] = pick([
            operation,
            `${PREFIX}.`,
            `.${operation}`,
            `${PREFIX}.${operation.toLowerCase()}`,
            `Other.${operation}`,
            `${PREFIX}..${operation}`,
          ]);
        if (variant === 4) headers["x-amz-target"] = `${PREFIX}.${"A".repeat(int(100, 8000))}`;
        if (variant === 5) headers["content-type"] = "application/x-www-form-urlencoded";
        if (variant === 6)
          headers["x-amz-target"] = `${PREFIX}.${operation}\u00e9`.replace(/[^\x20-\x7e]/g, "%");
        if (variant === 7) {
          headers["content-type"] = `${JSON10}`;
          headers["x-amz-target"] = `${PREFIX}.${operation}`;
          return { ...base, headers, body: "not json at all" };
        }
        return { ...base, headers };
      },
    ],
    [
      "unknown targets and routes",
      10,
      () => {
        const variant = int(0, 4);
        if (variant === 0)
          return json(
            pick(["DeleteBenefit", "listBenefits", "Get", "__proto__", "constructor", "toString"]),
            {},
            "unknown target",
          );
        if (variant === 1)
          return {
            ...json("x", {}, "unknown route"),
            path: `/${pick(["Nope", "DeleteEverything", "ListBenefitz"])}`,
          };
        if (variant === 2) {
          const method = pick(["GET", "PUT", "DELETE", "PATCH"]);
          return {
            ...json("x", {}, "unknown route"),
            method,
            // `GET /` is the landing page (200): only other methods on `/` are unknown routes.
            path: pick(
              method === "GET"
                ? ["/ListBenefits", "/x/y", "/_emulator/reset"]
                : ["/", "/ListBenefits", "/x/y", "/_emulator/reset"],
            ),
          };
        }
        if (variant === 3)
          return {
            ...json("x", {}, "unknown route"),
            path: pick(["/%ZZ", "/..%2f..%2fetc", "/a?b=%", "/ListBenefits/extra"]),
          };
        return { ...json("ListBenefits", { Catalog: "AWS" }, "unknown route"), path: "/GetBenefit" };
      },
    ],
    [
      "deep nesting",
      8,
      () => {
        const depth = pick([33, 100, 1_000, 10_000, 100_000]);
        const asArray = rng() < 0.5;
        const where = int(0, 2);
        if (where === 0) {
          const body = JSON.stringify(createInput()).replace(
            /"BenefitApplicationDetails":\{/,
            `"BenefitApplicationDetails":{"deep":${nest(depth, 1, asArray)},`,
          );
          return json("CreateBenefitApplication", body, "deep nesting");
        }
        if (where === 1)
          return json(
            "ListBenefits",
            `{"Catalog":"AWS","Extra":${nest(depth, 1, asArray)}, "MaxResults": "x"}`,
            "deep nesting",
          );
        return json("GetBenefit", nest(depth, { Catalog: "AWS" }, asArray), "deep nesting");
      },
    ],
    [
      "huge bodies",
      1,
      () => ({
        ...json("ListBenefits", "", "huge body"),
        body: `{"Catalog":"AWS","Pad":"${"x".repeat(int(1_100_000, 3_000_000))}"}`,
      }),
    ],
  ];
  const total = makers.reduce((sum, [, weight]) => sum + weight, 0);
  const out: RawRequest[] = [];
  while (out.length < count) {
    let roll = rng() * total;
    for (const [, weight, make] of makers) {
      roll -= weight;
      if (roll < 0) {
        out.push(make());
        break;
      }
    }
  }
  return out;
}

/** Requests for the SigV4-mode server: missing, malformed, unknown-key and badly signed Authorization. */
function generateAuth(count: number, seed: string): RawRequest[] {
  const rng = seededRng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const now = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const scope = (key: string, date = now.slice(0, 8)) =>
    `${key}/${date}/us-east-1/partnercentral-benefits/aws4_request`;
  const authorizations = [
    undefined,
    "",
    "Bearer token",
    "AWS4-HMAC-SHA256",
    "AWS4-HMAC-SHA256 Credential=",
    `AWS4-HMAC-SHA256 Credential=${scope("AKIDEMULATORDEMO1")}, SignedHeaders=host, Signature=zz`,
    `AWS4-HMAC-SHA256 Credential=${scope("AKIDNOBODY")}, SignedHeaders=host;x-amz-date, Signature=${"a".repeat(64)}`,
    `AWS4-HMAC-SHA256 Credential=${scope("AKIDEMULATORDEMO1")}, SignedHeaders=host;x-amz-date, Signature=${"b".repeat(64)}`,
    `AWS4-HMAC-SHA256 Credential=${scope("AKIDEMULATORDEMO1", "19990101")}, SignedHeaders=host;x-amz-date, Signature=${"c".repeat(64)}`,
    `AWS4-HMAC-SHA256 Credential=${scope("AKIDEMULATORDEMO1")}, SignedHeaders=x-amz-date, Signature=${"d".repeat(64)}`,
    `AWS4-HMAC-SHA256 Credential=${"K".repeat(5000)}/x/y/z/aws4_request, SignedHeaders=host, Signature=${"e".repeat(64)}`,
  ];
  const dates = [now, undefined, "yesterday", "20261399T999999Z", "19990101T000000Z", "20990101T000000Z"];
  return Array.from({ length: count }, () => {
    const headers: Record<string, string> = {
      "content-type": JSON10,
      "x-amz-target": `${PREFIX}.ListBenefits`,
    };
    const authorization = pick(authorizations);
    if (authorization !== undefined) headers.authorization = authorization;
    const date = pick(dates);
    if (date !== undefined) headers["x-amz-date"] = date;
    if (rng() < 0.2) headers["x-amz-content-sha256"] = pick(["UNSIGNED-PAYLOAD", "f".repeat(64), "zz"]);
    if (rng() < 0.1) headers["x-amz-security-token"] = "token";
    return { category: "bad signature", method: "POST", path: "/", headers, body: '{"Catalog":"AWS"}' };
  });
}

function send(base: string, agent: Agent, r: RawRequest): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: r.method,
        path: r.path,
        agent,
        headers: { ...r.headers, "content-length": String(Buffer.byteLength(r.body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            category: r.category,
            status: res.statusCode ?? 0,
            requestId: res.headers["x-amzn-requestid"] as string | undefined,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(r.body);
  });
}

async function sendAll(base: string, requests: readonly RawRequest[]): Promise<Answer[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const answers: Answer[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const i = next++;
      const r = requests[i] as RawRequest;
      answers[i] = await send(base, agent, r).catch((error: unknown) => ({
        category: r.category,
        status: -1,
        requestId: undefined,
        body: String(error),
      }));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  return answers;
}

/** Why an answer is not an AWS-shaped 4xx, or undefined when it is. */
function problem(answer: Answer): string | undefined {
  if (answer.status < 400 || answer.status > 499) return `status ${answer.status}`;
  if (!answer.requestId) return "no x-amzn-RequestId";
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return "body is not JSON";
  }
  const b = body as { __type?: unknown; message?: unknown; Message?: unknown };
  if (typeof b.__type !== "string" || b.__type === "") return "no __type";
  if (typeof (b.message ?? b.Message) !== "string") return "no message";
  return undefined;
}

describe("10,000+ malformed requests against the running server", () => {
  it("answers every one with an AWS-shaped 4xx, never a 5xx, and stays up", async () => {
    const requests = generate(9_000, "malformed");
    const authRequests = generateAuth(1_500, "malformed-auth");
    const [answers, authAnswers] = await Promise.all([
      sendAll(plain.url, requests),
      sendAll(signed.url, authRequests),
    ]);
    const all = [...answers, ...authAnswers];
    expect(all.length).toBeGreaterThanOrEqual(10_000);

    const failures = new Map<string, { count: number; example: string }>();
    for (const answer of all) {
      const why = problem(answer);
      if (!why) continue;
      const key = `${answer.category}: ${why}`;
      const entry = failures.get(key) ?? { count: 0, example: answer.body.slice(0, 200) };
      entry.count++;
      failures.set(key, entry);
    }
    expect(Object.fromEntries(failures)).toEqual({});
    expect(all.filter((a) => a.status >= 500)).toEqual([]);

    const categories = new Set(all.map((a) => a.category));
    expect(categories.size).toBeGreaterThanOrEqual(10);
    // The requests reach every layer that rejects input: protocol, model validation, engine, SigV4.
    const types = new Set(
      all.map((a) =>
        String((JSON.parse(a.body) as { __type: string }).__type)
          .split("#")
          .pop(),
      ),
    );
    expect([...types].sort()).toEqual(
      expect.arrayContaining([
        "IncompleteSignatureException",
        "InvalidSignatureException",
        "MissingAuthenticationTokenException",
        "RequestEntityTooLargeException",
        "ResourceNotFoundException",
        "SerializationException",
        "UnknownOperationException",
        "UnrecognizedClientException",
        "UnsupportedMediaTypeException",
        "ValidationException",
      ]),
    );

    for (const cli of [plain, signed]) {
      expect(cli.child.exitCode).toBeNull();
      expect(cli.stderr()).not.toMatch(/\n\s+at /);
    }
    const alive = await awsJson(plain.url, "ListBenefits", { Catalog: "AWS" });
    expect(alive.status).toBe(200);
  });
});
