/** Raw HTTP against the Hono stub on a real port: every protocol error case, documents, request IDs. */

import { type RunningBackend, serveOnFreePort } from "@pc-benefits/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";

const JSON10 = "application/x-amz-json-1.0";
const TARGET = "PartnerCentralBenefitsService";
let server: RunningBackend;

beforeAll(async () => {
  const app = createApp({
    handlers: {
      getBenefit: async () => ({ Id: "ben-0123456789abcd" }),
      submitBenefitApplication: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'secret')");
      },
    },
    maxBodyBytes: 2048,
    onError: () => {},
  });
  server = await serveOnFreePort(app.fetch);
});
afterAll(() => server.close());

function post(path: string, body: string, headers: Record<string, string>) {
  return fetch(`${server.url}${path}`, { method: "POST", body, headers });
}

const valid = JSON.stringify({ Catalog: "AWS", Identifier: "ben-0123456789abcd" });
const validSubmit = JSON.stringify({ Catalog: "AWS", Identifier: "benappl-0123456789abcd" });

describe("protocol errors over HTTP", () => {
  it.each<[string, string, string, Record<string, string>, number, string]>([
    [
      "malformed JSON",
      "/",
      '{"Catalog":',
      { "content-type": JSON10, "x-amz-target": `${TARGET}.GetBenefit` },
      400,
      "SerializationException",
    ],
    [
      "a non-object body",
      "/",
      "42",
      { "content-type": JSON10, "x-amz-target": `${TARGET}.GetBenefit` },
      400,
      "SerializationException",
    ],
    [
      "an unknown target",
      "/",
      valid,
      { "content-type": JSON10, "x-amz-target": `${TARGET}.StealBenefit` },
      400,
      "UnknownOperationException",
    ],
    ["a missing target", "/", valid, { "content-type": JSON10 }, 400, "UnknownOperationException"],
    [
      "a target for another service",
      "/",
      valid,
      { "content-type": JSON10, "x-amz-target": "Other.GetBenefit" },
      400,
      "UnknownOperationException",
    ],
    [
      "an unknown operation path",
      "/StealBenefit",
      valid,
      { "content-type": JSON10 },
      400,
      "UnknownOperationException",
    ],
    [
      "a wrong content type",
      "/",
      valid,
      { "content-type": "text/plain", "x-amz-target": `${TARGET}.GetBenefit` },
      415,
      "UnsupportedMediaTypeException",
    ],
    [
      "an oversized body",
      "/",
      JSON.stringify({ Catalog: "x".repeat(5000) }),
      { "content-type": JSON10, "x-amz-target": `${TARGET}.GetBenefit` },
      413,
      "RequestEntityTooLargeException",
    ],
    [
      "an operation without a handler",
      "/",
      valid,
      { "content-type": JSON10, "x-amz-target": `${TARGET}.ListBenefits` },
      501,
      "NotImplementedException",
    ],
    [
      "a crashing handler",
      "/",
      validSubmit,
      { "content-type": JSON10, "x-amz-target": `${TARGET}.SubmitBenefitApplication` },
      500,
      "com.amazonaws.partnercentralbenefits#InternalServerException",
    ],
  ])("answers %s", async (_name, path, body, headers, status, type) => {
    const response = await post(path, body, headers);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe(JSON10);
    expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-amzn-errortype")).toBe(type.replace(/^.*#/, ""));
    const text = await response.text();
    expect(JSON.parse(text).__type).toBe(type);
    expect(text).not.toMatch(/secret|at .*\.js/);
  });

  it.each<[string, string, Record<string, string>]>([
    ["POST / with X-Amz-Target", "/", { "content-type": JSON10, "x-amz-target": `${TARGET}.GetBenefit` }],
    ["POST /GetBenefit", "/GetBenefit", { "content-type": JSON10 }],
    ["POST /GetBenefit as application/json", "/GetBenefit", { "content-type": "application/json" }],
  ])("dispatches %s", async (_name, path, headers) => {
    const response = await post(path, valid, headers);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ Id: "ben-0123456789abcd" });
  });

  it("gives every response its own request ID", async () => {
    const headers = { "content-type": JSON10, "x-amz-target": `${TARGET}.GetBenefit` };
    const ids = await Promise.all(
      [1, 2, 3].map(async () => (await post("/", valid, headers)).headers.get("x-amzn-requestid")),
    );
    expect(new Set(ids).size).toBe(3);
  });

  it("serves the OpenAPI document and the API reference", async () => {
    const spec = await (await fetch(`${server.url}/openapi.json`)).json();
    expect(spec.openapi).toMatch(/^3\.1/);
    expect(Object.keys(spec.paths)).toContain("/GetBenefit");
    const docs = await fetch(`${server.url}/docs`);
    expect(docs.status).toBe(200);
    const page = await docs.text();
    expect(page).toContain("/openapi.json");
    expect(page).toContain('<script src="https://cdn.jsdelivr.net/npm/@scalar/api-reference">');
  });

  it("loads the API reference's script from where `docs.scriptUrl` says (offline use)", async () => {
    const local = await serveOnFreePort(
      createApp({ handlers: {}, docs: { title: "Benefits", scriptUrl: "/assets/scalar.js" } }).fetch,
    );
    try {
      const page = await (await fetch(`${local.url}/docs`)).text();
      expect(page).toContain('<script src="/assets/scalar.js">');
      expect(page).not.toContain("cdn.jsdelivr.net");
      expect(page).not.toMatch(/https?:\/\//);
      expect(page).toContain('"withDefaultFonts": false');
      expect(page).toContain('"telemetry": false');
      expect(page).toContain("<title>Benefits</title>");
    } finally {
      await local.close();
    }
  });
});
