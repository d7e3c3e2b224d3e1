import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { toySchema } from "../../test/fixtures/toy-schema.js";
import { createDispatcher, type HandlerContext } from "./dispatcher.js";
import type { SigV4Credential } from "./sigv4-verify.js";

const JSON10 = "application/x-amz-json-1.0";
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const SERVICE = toySchema.endpointPrefix ?? "toy";
const KEYS: Record<string, SigV4Credential> = {
  AKIDALICE: { secretAccessKey: "alice-secret", accountId: "111111111111" },
  AKIDBOB: { secretAccessKey: "bob-secret", accountId: "222222222222" },
  AKIDTEMP: { secretAccessKey: "temp-secret", accountId: "333333333333", sessionToken: "session-1" },
};

interface SignOptions {
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  at?: number;
  region?: string;
  service?: string;
  body?: string;
  path?: string;
}

/** A request signed by @smithy/signature-v4, as the official SDK signs it. */
async function signed(options: SignOptions = {}) {
  const body = options.body ?? JSON.stringify({ Catalog: "AWS" });
  const signer = new SignatureV4({
    service: options.service ?? SERVICE,
    region: options.region ?? "us-east-1",
    sha256: Sha256,
    credentials: {
      accessKeyId: options.accessKeyId ?? "AKIDALICE",
      secretAccessKey: options.secretAccessKey ?? "alice-secret",
      ...(options.sessionToken ? { sessionToken: options.sessionToken } : {}),
    },
  });
  const path = options.path ?? "/";
  const request = await signer.sign(
    {
      method: "POST",
      protocol: "http:",
      hostname: "127.0.0.1",
      port: 4010,
      path,
      query: {},
      headers: {
        host: "127.0.0.1:4010",
        "content-type": JSON10,
        "x-amz-target": "ToyService.PutThing",
      },
      body,
    },
    { signingDate: new Date(options.at ?? NOW) },
  );
  return { headers: request.headers as Record<string, string>, body, url: `http://127.0.0.1:4010${path}` };
}

const seen: HandlerContext[] = [];
const dispatch = createDispatcher(
  toySchema,
  {
    putThing: async (_input: unknown, context: HandlerContext) => {
      seen.push(context);
      return { Id: "t-1" };
    },
  },
  { sigv4: { credentials: KEYS, now: () => NOW }, onError: () => {} },
);

type Request = Awaited<ReturnType<typeof signed>>;
const send = (r: Request) => dispatch({ method: "POST", url: r.url, headers: r.headers, body: r.body });
const withHeaders = (r: Request, change: Record<string, string | undefined>): Request => {
  const headers = { ...r.headers };
  for (const [name, value] of Object.entries(change)) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return { ...r, headers };
};
const replaceSignature = (r: Request, replace: (auth: string) => string) =>
  withHeaders(r, { authorization: replace(r.headers.authorization ?? "") });

const MINUTE = 60_000;

describe("SigV4 mode of the dispatcher", () => {
  it("accepts a request signed with a known key and hands the key's account to the handler", async () => {
    seen.length = 0;
    const response = await send(await signed());
    expect(response.status).toBe(200);
    expect(seen[0]?.caller).toEqual({
      accessKeyId: "AKIDALICE",
      accountId: "111111111111",
      date: "20260115",
      region: "us-east-1",
      service: SERVICE,
      temporary: false,
      verified: true,
    });
  });

  it.each([
    ["another known key", { accessKeyId: "AKIDBOB", secretAccessKey: "bob-secret" }, "222222222222"],
    [
      "temporary credentials",
      { accessKeyId: "AKIDTEMP", secretAccessKey: "temp-secret", sessionToken: "session-1" },
      "333333333333",
    ],
    ["a date 14 minutes old", { at: NOW - 14 * MINUTE }, "111111111111"],
    ["a date 14 minutes ahead", { at: NOW + 14 * MINUTE }, "111111111111"],
    ["the operation path form", { path: "/PutThing" }, "111111111111"],
    ["another region", { region: "eu-west-1" }, "111111111111"],
  ] as const)("accepts %s", async (_name, options, account) => {
    seen.length = 0;
    const response = await send(await signed(options));
    expect(response.status).toBe(200);
    expect(seen[0]?.caller?.accountId).toBe(account);
  });

  const failures: [string, () => Promise<Request>, string, string | RegExp][] = [
    [
      "no Authorization header",
      async () => withHeaders(await signed(), { authorization: undefined }),
      "MissingAuthenticationTokenException",
      "Request is missing Authentication Token",
    ],
    [
      "another scheme",
      async () => withHeaders(await signed(), { authorization: "Bearer abc" }),
      "IncompleteSignatureException",
      /requires 'Credential' parameter/,
    ],
    [
      "no Signature part",
      async () => replaceSignature(await signed(), (a) => a.replace(/, Signature=.*$/, "")),
      "IncompleteSignatureException",
      "Authorization header requires 'Signature' parameter.",
    ],
    [
      "a Credential without scope",
      async () =>
        replaceSignature(await signed(), (a) => a.replace(/Credential=[^,]+/, "Credential=AKIDALICE")),
      "IncompleteSignatureException",
      /^Credential must have the form/,
    ],
    [
      "host not signed",
      async () =>
        replaceSignature(await signed(), (a) => a.replace(/SignedHeaders=[^,]+/, "SignedHeaders=x-amz-date")),
      "IncompleteSignatureException",
      /'Host' or ':authority' must be a 'SignedHeader'/,
    ],
    [
      "a signature that is not hex",
      async () => replaceSignature(await signed(), (a) => a.replace(/Signature=.*$/, "Signature=zz")),
      "IncompleteSignatureException",
      /64 lower-case hexadecimal/,
    ],
    [
      "no X-Amz-Date",
      async () => withHeaders(await signed(), { "x-amz-date": undefined }),
      "IncompleteSignatureException",
      /X-Amz-Date/,
    ],
    [
      "an unknown access key",
      async () => signed({ accessKeyId: "AKIDMALLORY", secretAccessKey: "whatever" }),
      "UnrecognizedClientException",
      "The security token included in the request is invalid.",
    ],
    [
      "a missing session token for temporary credentials",
      async () => signed({ accessKeyId: "AKIDTEMP", secretAccessKey: "temp-secret" }),
      "UnrecognizedClientException",
      "The security token included in the request is invalid.",
    ],
    [
      "a wrong secret",
      async () => signed({ secretAccessKey: "not-alice-secret" }),
      "InvalidSignatureException",
      /^The request signature we calculated does not match/,
    ],
    [
      "a body changed after signing",
      async () => ({ ...(await signed()), body: JSON.stringify({ Catalog: "Sandbox" }) }),
      "InvalidSignatureException",
      /does not match what was computed/,
    ],
    [
      "a body changed after signing, without a content hash header",
      async () => ({
        ...withHeaders(await signed(), { "x-amz-content-sha256": undefined }),
        body: JSON.stringify({ Catalog: "Sandbox" }),
      }),
      "InvalidSignatureException",
      /^The request signature we calculated does not match/,
    ],
    [
      "a signed header changed after signing",
      async () => withHeaders(await signed(), { "x-amz-target": "ToyService.Other" }),
      "InvalidSignatureException",
      /^The request signature we calculated does not match/,
    ],
    [
      "an X-Amz-Date changed after signing",
      async () => withHeaders(await signed(), { "x-amz-date": "20260115T120001Z" }),
      "InvalidSignatureException",
      /^The request signature we calculated does not match/,
    ],
    [
      "a scope date other than X-Amz-Date's",
      async () => withHeaders(await signed(), { "x-amz-date": "20260116T000000Z" }),
      "InvalidSignatureException",
      /^Date in Credential scope does not match/,
    ],
    [
      "another service's scope",
      async () => signed({ service: "s3" }),
      "InvalidSignatureException",
      `Credential should be scoped to correct service: '${SERVICE}'.`,
    ],
    [
      "a date 16 minutes old",
      async () => signed({ at: NOW - 16 * MINUTE }),
      "InvalidSignatureException",
      "Signature expired: 20260115T114400Z is now earlier than 20260115T114500Z (20260115T120000Z - 15 min.)",
    ],
    [
      "a date 16 minutes ahead",
      async () => signed({ at: NOW + 16 * MINUTE }),
      "InvalidSignatureException",
      "Signature not yet current: 20260115T121600Z is still later than 20260115T121500Z (20260115T120000Z + 15 min.)",
    ],
  ];

  it.each(failures)("answers 403 for %s", async (_name, build, type, message) => {
    seen.length = 0;
    const response = await send(await build());
    expect(response.status).toBe(403);
    expect(response.headers["x-amzn-ErrorType"]).toBe(type);
    expect(response.headers["x-amzn-RequestId"]).toEqual(expect.any(String));
    const body = JSON.parse(response.body) as { __type: string; message: string };
    expect(body.__type).toBe(type);
    expect(body.message).toMatch(message);
    expect(seen).toEqual([]);
  });

  it("checks regions when a list is given, and takes a resolver function", async () => {
    const strict = createDispatcher(
      toySchema,
      { putThing: async () => ({ Id: "t-1" }) },
      {
        sigv4: { credentials: (id) => KEYS[id], regions: ["us-east-1"], now: () => NOW },
      },
    );
    const sendTo = (r: Request) => strict({ method: "POST", url: r.url, headers: r.headers, body: r.body });
    expect((await sendTo(await signed())).status).toBe(200);
    const other = await sendTo(await signed({ region: "eu-west-1" }));
    expect(other.status).toBe(403);
    expect(JSON.parse(other.body)).toEqual({
      __type: "InvalidSignatureException",
      message: "Credential should be scoped to a valid region.",
    });
  });

  it("leaves unsigned requests alone when the mode is off", async () => {
    const open = createDispatcher(toySchema, { putThing: async () => ({ Id: "t-1" }) });
    const response = await open({
      headers: { "content-type": JSON10, "x-amz-target": "ToyService.PutThing" },
      body: JSON.stringify({ Catalog: "AWS" }),
    });
    expect(response.status).toBe(200);
  });
});
