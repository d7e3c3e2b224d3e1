import { describe, expect, it } from "vitest";
import type { HttpRequest } from "./http.js";
import { nodeSigner } from "./node-signer.js";
import { signRequest } from "./signer.js";

const request = (overrides: Partial<HttpRequest> = {}): HttpRequest => ({
  method: "POST",
  protocol: "https:",
  hostname: "partnercentral-benefits.us-east-1.api.aws",
  path: "/",
  headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "Svc.GetThing" },
  body: '{"Catalog":"AWS","Name":"é ☃"}',
  ...overrides,
});

describe("nodeSigner", () => {
  it.each<[string, Partial<HttpRequest>, string | undefined]>([
    ["default port", {}, undefined],
    ["explicit port", { protocol: "http:", hostname: "127.0.0.1", port: 4010 }, undefined],
    ["endpoint path", { path: "/custom/" }, undefined],
    ["session token", {}, "FQoGZXIvYXdzE+/=="],
  ])("signs exactly like the WebCrypto signer: %s", async (_name, overrides, sessionToken) => {
    const credentials = {
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG",
      sessionToken,
    };
    const options = {
      region: "eu-west-1",
      service: "partnercentral-benefits",
      cache: new Map(),
      date: new Date("2026-03-04T05:06:07Z"),
    };
    const viaNode = request(overrides);
    const viaFetch = request(overrides);
    await nodeSigner(viaNode, credentials, options);
    await signRequest(viaFetch, credentials, options);
    expect(viaNode.headers).toEqual(viaFetch.headers);
    expect(viaNode.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20260304\/eu-west-1\/partnercentral-benefits\/aws4_request, SignedHeaders=content-type;host;x-amz-date;(x-amz-security-token;)?x-amz-target, Signature=[0-9a-f]{64}$/,
    );
  });
});
