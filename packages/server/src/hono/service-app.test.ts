import { serviceSchema } from "@pc-benefits/protocol";
import { describe, expect, it } from "vitest";
import { createServiceApp } from "./service-app.js";

// The adapter's routes, body limit, CORS and document routes, on the service's generated schema table; the
// runtime's features are tested in @pc-benefits/protocol on a toy schema of its own.
const JSON10 = "application/x-amz-json-1.0";
const target = (operation: string) => `${serviceSchema.targetPrefix}.${operation}`;
const document = { openapi: "3.1.0", info: { title: "Stub", version: "1" }, paths: {} };
const app = createServiceApp(serviceSchema, {
  handlers: { listBenefits: async () => ({ BenefitSummaries: [] }) },
  openapi: document,
  maxBodyBytes: 64,
});

function post(path: string, body: BodyInit | null, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: "POST",
    body,
    // Needed by undici for streamed bodies; not in lib.dom's RequestInit yet.
    ...({ duplex: "half" } as RequestInit),
    headers: { "content-type": JSON10, "x-amz-target": target("ListBenefits"), ...headers },
  });
}

describe("createServiceApp", () => {
  it.each<[string, string, Record<string, string>]>([
    ["POST / with X-Amz-Target", "/", {}],
    ["POST /{OperationName}", "/ListBenefits", {}],
    ["POST /{OperationName} without a target header", "/ListBenefits", { "x-amz-target": "" }],
  ])("dispatches %s", async (_name, path, headers) => {
    const response = await post(path, JSON.stringify({ Catalog: "AWS" }), headers);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(JSON10);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    expect(await response.json()).toEqual({ BenefitSummaries: [] });
  });

  it.each<[string, () => Response | Promise<Response>, number, string]>([
    [
      "a body over the limit (declared length)",
      () => post("/", JSON.stringify({ Catalog: "A".repeat(100) })),
      413,
      "RequestEntityTooLargeException",
    ],
    [
      "a streamed body over the limit",
      () =>
        post(
          "/",
          new ReadableStream({
            start(controller) {
              for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(20)));
              controller.close();
            },
          }),
        ),
      413,
      "RequestEntityTooLargeException",
    ],
    ["GET /", () => app.request("/"), 404, "UnknownOperationException"],
    ["an unknown path", () => post("/a/b", "{}"), 404, "UnknownOperationException"],
    ["an unknown operation path", () => post("/Nope", "{}"), 400, "UnknownOperationException"],
    ["malformed JSON", () => post("/", "{"), 400, "SerializationException"],
  ])("answers %s with an AWS-shaped error", async (_name, send, status, type) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get("x-amzn-errortype")).toBe(type);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    expect((await response.json()).__type).toBe(type);
  });

  it("serves the OpenAPI document and an API reference page", async () => {
    const spec = await app.request("/openapi.json");
    expect(await spec.json()).toEqual(document);
    const docs = await app.request("/docs");
    expect(docs.status).toBe(200);
    expect(docs.headers.get("content-type")).toMatch(/text\/html/);
    expect(await docs.text()).toContain("/openapi.json");
  });

  it("can leave out the document routes", async () => {
    const bare = createServiceApp(serviceSchema, { handlers: {}, openapi: false });
    expect((await bare.request("/openapi.json")).status).toBe(404);
    expect((await bare.request("/docs")).status).toBe(404);
  });

  it.each<[string, boolean | string | undefined, string | null]>([
    ["off by default", undefined, null],
    ["any origin", true, "*"],
    ["a listed origin", "http://localhost:5173", "http://localhost:5173"],
  ])("handles CORS: %s", async (_name, option, allowed) => {
    const withCors = createServiceApp(serviceSchema, {
      handlers: {},
      openapi: false,
      ...(option === undefined ? {} : { cors: option }),
    });
    const preflight = await withCors.request("/", {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "x-amz-target",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBe(allowed);
    const response = await withCors.request("/", {
      method: "POST",
      headers: {
        origin: "http://localhost:5173",
        "content-type": JSON10,
        "x-amz-target": target("ListBenefits"),
      },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe(allowed);
    if (allowed) {
      expect(preflight.headers.get("access-control-allow-headers")).toContain("x-amz-target");
      expect(response.headers.get("access-control-expose-headers")).toContain("x-amzn-RequestId");
    }
  });
});
