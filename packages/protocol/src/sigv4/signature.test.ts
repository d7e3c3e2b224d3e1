import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { nodeSignature } from "./node-signature.js";
import { type SigV4Credentials, signatureOf } from "./signer.js";
import { webCryptoAuthorization, webCryptoSign, webCryptoSignature } from "./webcrypto-signature.js";

const CREDENTIALS: SigV4Credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const DATE = new Date(Date.UTC(2026, 0, 15, 12, 0, 0));

interface Case {
  path: string;
  query?: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: string;
  sessionToken?: string;
}

/** The signature the official SDK's signer gives, as the reference both platform signers must match. */
async function reference(c: Case): Promise<{ signature: string; headers: Record<string, string> }> {
  const signer = new SignatureV4({
    service: "partnercentral-benefits",
    region: "us-east-1",
    sha256: Sha256,
    credentials: { ...CREDENTIALS, ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}) },
  });
  const signed = await signer.sign(
    {
      method: "POST",
      protocol: "https:",
      hostname: "partnercentral-benefits.us-east-1.api.aws",
      path: c.path,
      query: c.query ?? {},
      headers: { host: "partnercentral-benefits.us-east-1.api.aws", ...c.headers },
      body: c.body,
    },
    { signingDate: DATE },
  );
  const headers: Record<string, string> = {};
  const names = /SignedHeaders=([^,]+)/.exec(String(signed.headers.authorization))?.[1]?.split(";") ?? [];
  for (const name of names) headers[name] = String(signed.headers[name]);
  return { signature: signatureOf(String(signed.headers.authorization)), headers };
}

const cases: [string, Case][] = [
  [
    "an AWS JSON call",
    {
      path: "/",
      headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "Svc.GetBenefit" },
      body: '{"Catalog":"AWS"}',
    },
  ],
  [
    "the operation path form",
    { path: "/GetBenefit", headers: { "content-type": "application/json" }, body: "{}" },
  ],
  [
    "temporary credentials",
    { path: "/", headers: { "content-type": "application/x-amz-json-1.0" }, body: "", sessionToken: "tok" },
  ],
  [
    "a query with repeated and reserved characters",
    {
      path: "/",
      query: { b: "2", a: ["1", "0"], "c d": "x*y!" },
      headers: { "content-type": "application/x-amz-json-1.0" },
      body: "{}",
    },
  ],
  [
    "a header with runs of spaces and a non-ASCII body",
    { path: "/", headers: { "x-custom": "a   b  c" }, body: '{"Name":"Zoë ✓"}' },
  ],
];

const queryString = (query: Case["query"]): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
};

describe.each([
  ["node (aws4)", nodeSignature],
  ["portable (aws4fetch on WebCrypto)", webCryptoSignature],
])("%s signature", (_name, signature) => {
  it.each(cases)("matches the official SDK's for %s", async (_case, c) => {
    const expected = await reference(c);
    const actual = await signature(
      {
        method: "POST",
        url: `https://partnercentral-benefits.us-east-1.api.aws${c.path}${queryString(c.query)}`,
        headers: expected.headers,
        body: new TextEncoder().encode(c.body),
      },
      { ...CREDENTIALS, sessionToken: c.sessionToken },
      { region: "us-east-1", service: "partnercentral-benefits" },
    );
    expect(actual).toBe(expected.signature);
    expect(actual).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("webCryptoAuthorization", () => {
  it("derives the signing key once per secret, day, region and service when given a cache", async () => {
    const cache = new Map<string, ArrayBuffer>();
    const request = {
      method: "POST",
      url: "https://partnercentral-benefits.us-east-1.api.aws/",
      headers: { host: "partnercentral-benefits.us-east-1.api.aws", "x-amz-date": "20260115T120000Z" },
      body: "{}",
    };
    const scope = { region: "us-east-1", service: "partnercentral-benefits" };
    const first = await webCryptoAuthorization(request, CREDENTIALS, scope, cache);
    const second = await webCryptoAuthorization(request, CREDENTIALS, scope, cache);
    expect(cache.size).toBe(1);
    expect(second).toBe(first);
    expect(first).toBe(await webCryptoAuthorization(request, CREDENTIALS, scope));
    expect(first).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20260115\/us-east-1\/partnercentral-benefits\/aws4_request, SignedHeaders=host;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
  });
});

describe("webCryptoSign", () => {
  it.each(cases)("adds the official SDK's signed headers and signature for %s", async (_case, c) => {
    const expected = await reference(c);
    // The headers the official signer signed, less those webCryptoSign adds (and host, from the URL).
    const { host: _host, "x-amz-date": _date, "x-amz-security-token": _token, ...given } = expected.headers;
    const headers: Record<string, string> = { ...given, authorization: "stale" };
    await webCryptoSign(
      {
        method: "POST",
        url: `https://partnercentral-benefits.us-east-1.api.aws${c.path}${queryString(c.query)}`,
        headers,
        body: new TextEncoder().encode(c.body),
      },
      { ...CREDENTIALS, sessionToken: c.sessionToken },
      { region: "us-east-1", service: "partnercentral-benefits" },
      undefined,
      DATE,
    );
    expect(signatureOf(headers.authorization ?? "")).toBe(expected.signature);
    expect(headers["x-amz-date"]).toBe("20260115T120000Z");
    expect(headers["x-amz-security-token"]).toBe(c.sessionToken);
    const { host: _signedHost, ...added } = expected.headers;
    expect(headers).toEqual({ ...added, authorization: headers.authorization });
  });
});
