import { describe, expect, it, vi } from "vitest";
import { toySchema } from "../../test/fixtures/toy-schema.js";
import {
  createDispatcher,
  type DispatchRequest,
  type HandlerContext,
  OutputValidationError,
} from "./dispatcher.js";

const JSON10 = "application/x-amz-json-1.0";

class NotFound extends Error {
  override readonly name = "NotFound";
  readonly $fault = "client";
  ResourceId?: string;
  constructor(opts: { message: string; ResourceId?: string }) {
    super(opts.message);
    if (opts.ResourceId !== undefined) this.ResourceId = opts.ResourceId;
  }
}

const handlers = {
  putThing: vi.fn(async (input: Record<string, unknown>, _context: HandlerContext): Promise<unknown> => {
    if (input.Name === "boom") throw new Error("secret stack detail");
    if (input.Name === "nf") throw new NotFound({ message: "no such thing", ResourceId: "r-1" });
    return { Id: "t-1", CreatedAt: new Date("2026-01-01T00:00:00Z") };
  }),
};

let counter = 0;
const dispatch = createDispatcher(toySchema, handlers, {
  requestId: () => `req-${++counter}`,
  onError: () => {},
});

function request(overrides: Partial<DispatchRequest> & { body?: string | Uint8Array }): DispatchRequest {
  return {
    headers: { "Content-Type": JSON10, "X-Amz-Target": "ToyService.PutThing" },
    body: JSON.stringify({ Catalog: "AWS" }),
    ...overrides,
  };
}

describe("createDispatcher", () => {
  it("answers a valid request with the serialized output", async () => {
    const response = await dispatch(request({}));
    expect(response.status).toBe(200);
    expect(response.headers["Content-Type"]).toBe(JSON10);
    expect(response.headers["x-amzn-RequestId"]).toMatch(/^req-\d+$/);
    expect(JSON.parse(response.body)).toEqual({ Id: "t-1", CreatedAt: "2026-01-01T00:00:00Z" });
  });

  it("passes the deserialized input and a context to the handler", async () => {
    handlers.putThing.mockClear();
    await dispatch(
      request({
        headers: {
          "content-type": `${JSON10}; charset=utf-8`,
          "x-amz-target": "ToyService.PutThing",
          authorization:
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/toy/aws4_request, SignedHeaders=host, Signature=x",
        },
        body: JSON.stringify({ Catalog: "AWS", At: "2026-01-01T00:00:00Z" }),
      }),
    );
    const [input, context] = handlers.putThing.mock.calls[0] ?? [];
    expect(input).toEqual({ Catalog: "AWS", Enabled: false, At: new Date("2026-01-01T00:00:00Z") });
    expect(context).toMatchObject({
      operation: "PutThing",
      caller: { accessKeyId: "AKIDEXAMPLE", region: "us-east-1", service: "toy" },
      headers: { "x-amz-target": "ToyService.PutThing" },
    });
    expect(context?.requestId).toMatch(/^req-/);
  });

  it("hands the transport's own Request to the handler as context.request, and none when it passed none", async () => {
    handlers.putThing.mockClear();
    const transportRequest = new Request("https://toy.example/", { method: "POST" });
    await dispatch(request({ request: transportRequest }));
    await dispatch(request({}));
    const [first, second] = handlers.putThing.mock.calls.map(([, context]) => context);
    expect(first?.request).toBe(transportRequest);
    expect(second).not.toHaveProperty("request");
  });

  it.each<[string, Partial<DispatchRequest> & { body?: string | Uint8Array }, number, string]>([
    ["malformed JSON", { body: "{nope" }, 400, "SerializationException"],
    ["a JSON array body", { body: "[]" }, 400, "SerializationException"],
    ["invalid UTF-8", { body: new Uint8Array([0x7b, 0xff, 0x7d]) }, 400, "SerializationException"],
    ["a missing target", { headers: { "content-type": JSON10 } }, 400, "UnknownOperationException"],
    ["an unknown operation", { target: "ToyService.Nope" }, 400, "UnknownOperationException"],
    ["another service's target", { target: "OtherService.PutThing" }, 400, "UnknownOperationException"],
    ["an unknown operation path", { operation: "Nope" }, 400, "UnknownOperationException"],
    ["a path that contradicts the target", { operation: "Ping" }, 400, "UnknownOperationException"],
    [
      "a wrong content type",
      { headers: { "content-type": "text/plain", "x-amz-target": "ToyService.PutThing" } },
      415,
      "UnsupportedMediaTypeException",
    ],
    [
      "no content type",
      { headers: { "x-amz-target": "ToyService.PutThing" } },
      415,
      "UnsupportedMediaTypeException",
    ],
    [
      "JSON 1.1 on a 1.0 service",
      { headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "ToyService.PutThing" } },
      415,
      "UnsupportedMediaTypeException",
    ],
    [
      "an operation without a handler",
      { target: "ToyService.Ping", headers: { "content-type": JSON10 } },
      501,
      "NotImplementedException",
    ],
    [
      "an oversized body",
      { body: JSON.stringify({ Catalog: "AWS", Doc: "x".repeat(2000) }) },
      413,
      "RequestEntityTooLargeException",
    ],
  ])("answers %s with an AWS-shaped error", async (_name, overrides, status, type) => {
    const small = createDispatcher(toySchema, handlers, { maxBodyBytes: 1000, onError: () => {} });
    const response = await small(request(overrides));
    expect(response.status).toBe(status);
    expect(response.headers["x-amzn-ErrorType"]).toBe(type);
    expect(response.headers["x-amzn-RequestId"]).toBeTruthy();
    const body = JSON.parse(response.body);
    expect(body.__type).toBe(type);
    expect(typeof body.message).toBe("string");
  });

  it.each<[string, Partial<DispatchRequest> & { body?: string }]>([
    ["an empty body, read as {} (then failing validation)", { body: "" }],
    [
      "the /{OperationName} form with application/json",
      {
        operation: "PutThing",
        headers: { "content-type": "application/json" },
        body: "{}",
      },
    ],
  ])("accepts %s", async (_name, overrides) => {
    const response = await dispatch(request(overrides));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).__type).toBe("example.toy#ValidationException");
  });

  it("answers validation failures with the modelled ValidationException, field by field", async () => {
    const response = await dispatch(
      request({
        body: JSON.stringify({
          Name: "toolong",
          Filters: [{ Status: "PINK" }],
          Tags: { a: "1", b: "2", c: "3" },
        }),
      }),
    );
    expect(response.status).toBe(400);
    expect(response.headers["x-amzn-ErrorType"]).toBe("ValidationException");
    const body = JSON.parse(response.body);
    expect(body.__type).toBe("example.toy#ValidationException");
    expect(body.Reason).toBe("fieldValidationFailed");
    expect(body.Message).toMatch(/^4 validation errors detected: Value at 'Catalog'/);
    expect(body.FieldList.map((f: { Name: string; Code: string }) => [f.Name, f.Code])).toEqual([
      ["Catalog", "REQUIRED_FIELD_MISSING"],
      ["Name", "INVALID_VALUE"],
      ["Filters[0].Status", "INVALID_ENUM_VALUE"],
      ["Tags", "TOO_MANY_VALUES"],
    ]);
    expect(body.FieldList[0].Message).toBe(
      "Value at 'Catalog' failed to satisfy constraint: Member must not be null",
    );
  });

  it("answers Smithy's framework ValidationException when the operation models none", async () => {
    const strict = createDispatcher(
      {
        ...toySchema,
        shapes: {
          ...toySchema.shapes,
          PingInput: { type: "structure", members: [{ name: "N", target: "integer", required: true }] },
        },
      },
      { ping: () => ({}) },
    );
    const response = await strict({
      target: "ToyService.Ping",
      headers: { "content-type": JSON10 },
      body: "{}",
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      __type: "ValidationException",
      message:
        "1 validation error detected: Value at 'N' failed to satisfy constraint: Member must not be null",
      fieldList: [
        { path: "N", message: "Value at 'N' failed to satisfy constraint: Member must not be null" },
      ],
    });
  });

  it("answers a thrown modelled error with its status, shape ID and members", async () => {
    const response = await dispatch(request({ body: JSON.stringify({ Catalog: "AWS", Name: "nf" }) }));
    expect(response.status).toBe(404);
    expect(response.headers["x-amzn-ErrorType"]).toBe("NotFound");
    expect(JSON.parse(response.body)).toEqual({
      __type: "example.toy#NotFound",
      Message: "no such thing",
      ResourceId: "r-1",
    });
  });

  it("answers an unexpected throw with the model's server error and no detail", async () => {
    const onError = vi.fn();
    const logged = createDispatcher(toySchema, handlers, { onError });
    const response = await logged(request({ body: JSON.stringify({ Catalog: "AWS", Name: "boom" }) }));
    expect(response.status).toBe(500);
    expect(response.body).not.toContain("secret");
    expect(JSON.parse(response.body)).toEqual({
      __type: "example.toy#Internal",
      Message: "An internal error occurred",
    });
    expect(onError).toHaveBeenCalledOnce();
  });

  it("answers InternalFailure when the model has no server error", async () => {
    const failing = createDispatcher(
      toySchema,
      { ping: () => Promise.reject("not even an Error") },
      { onError: () => {} },
    );
    const response = await failing({ target: "ToyService.Ping", headers: { "content-type": JSON10 } });
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({
      __type: "InternalFailure",
      message: "An internal error occurred",
    });
  });

  it("answers {} when a handler returns nothing", async () => {
    const empty = createDispatcher(toySchema, { ping: () => undefined });
    const response = await empty({ target: "ToyService.Ping", headers: { "content-type": JSON10 } });
    expect([response.status, response.body]).toEqual([200, "{}"]);
  });

  it.each<["{}" | "empty" | undefined, string]>([
    [undefined, "{}"],
    ["{}", "{}"],
    ["empty", ""],
  ])("with emptyOutputBody %s answers an empty output with body %j", async (emptyOutputBody, body) => {
    const empty = createDispatcher(
      toySchema,
      { ping: () => ({}) },
      emptyOutputBody ? { emptyOutputBody } : {},
    );
    const response = await empty({ target: "ToyService.Ping", headers: { "content-type": JSON10 } });
    expect([response.status, response.body, response.headers["Content-Type"]]).toEqual([200, body, JSON10]);
  });

  it("keeps non-empty outputs as JSON when emptyOutputBody is empty", async () => {
    const d = createDispatcher(toySchema, handlers, { emptyOutputBody: "empty" });
    const response = await d(request({}));
    expect(JSON.parse(response.body)).toMatchObject({ Id: "t-1" });
  });

  it.each<["model" | "all-400", number, number, number]>([
    ["model", 404, 400, 500],
    ["all-400", 400, 400, 500],
  ])(
    "with errorStatusCodes %s answers not-found %i, validation %i, server fault %i",
    async (errorStatusCodes, nf, invalid, fault) => {
      const d = createDispatcher(toySchema, handlers, { errorStatusCodes, onError: () => {} });
      const notFound = await d(request({ body: JSON.stringify({ Catalog: "AWS", Name: "nf" }) }));
      const validation = await d(request({ body: JSON.stringify({}) }));
      const boom = await d(request({ body: JSON.stringify({ Catalog: "AWS", Name: "boom" }) }));
      expect([notFound.status, validation.status, boom.status]).toEqual([nf, invalid, fault]);
      expect(JSON.parse(notFound.body).__type).toBe("example.toy#NotFound");
    },
  );

  it("lets resolveAccountId supply the caller's account", async () => {
    const seen: HandlerContext[] = [];
    const withAccounts = createDispatcher(
      toySchema,
      {
        ping: (_input: unknown, context: HandlerContext) => {
          seen.push(context);
          return {};
        },
      },
      { resolveAccountId: (caller) => (caller.accessKeyId === "AKIDEXAMPLE" ? "123456789012" : undefined) },
    );
    await withAccounts({
      target: "ToyService.Ping",
      headers: {
        "content-type": JSON10,
        authorization:
          "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/toy/aws4_request, Signature=x",
      },
    });
    expect(seen[0]?.caller?.accountId).toBe("123456789012");
  });

  it("uses a fresh request ID per request by default", async () => {
    const plain = createDispatcher(toySchema, { ping: () => ({}) });
    const a = await plain({ target: "ToyService.Ping", headers: new Headers({ "content-type": JSON10 }) });
    const b = await plain({ target: "ToyService.Ping", headers: new Headers({ "content-type": JSON10 }) });
    expect(a.headers["x-amzn-RequestId"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers["x-amzn-RequestId"]).not.toBe(b.headers["x-amzn-RequestId"]);
  });

  it.each<[string, boolean, unknown, number]>([
    ["off: an invalid output is sent as is", false, { Filters: [{ Status: "PINK" }] }, 200],
    ["on: a valid output passes", true, { Id: "x", Filters: [{ Status: "RED" }] }, 200],
    ["on: an invalid output answers 500", true, { Filters: [{ Status: "PINK" }] }, 500],
  ])("validates outputs when asked (%s)", async (_name, validateOutput, output, status) => {
    const errors: unknown[] = [];
    const checked = createDispatcher(
      toySchema,
      { putThing: () => output },
      { validateOutput, onError: (error) => errors.push(error) },
    );
    const response = await checked(request({}));
    expect(response.status).toBe(status);
    if (status === 500) {
      expect(errors[0]).toBeInstanceOf(OutputValidationError);
      expect((errors[0] as OutputValidationError).violations.map((v) => v.path)).toEqual([
        "Filters[0].Status",
      ]);
      expect(response.body).not.toContain("PINK");
    } else {
      expect(errors).toEqual([]);
    }
  });
});
