import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { toySchema } from "../../../server/test/fixtures/toy-schema.js";
import { createHandlers, createOperationHandler, failWith, withLatency } from "./operation-handler.js";

const JSON10 = "application/x-amz-json-1.0";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

class NotFound extends Error {
  override readonly name = "NotFound";
  readonly $fault = "client";
}

function call(
  operation: string,
  body: unknown,
  url = "https://toy.us-west-2.api.aws/",
  headers: Record<string, string> = {},
) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": JSON10, "x-amz-target": `ToyService.${operation}`, ...headers },
    body: JSON.stringify(body),
  });
}

describe("createOperationHandler", () => {
  it("answers its operation with the resolver's typed output", async () => {
    server.use(
      createOperationHandler(toySchema, "PutThing", (input: { Catalog: string }) => ({
        Id: `id-${input.Catalog}`,
        CreatedAt: new Date(0),
      })),
    );
    const response = await call("PutThing", { Catalog: "AWS" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    expect(await response.json()).toEqual({ Id: "id-AWS", CreatedAt: "1970-01-01T00:00:00Z" });
  });

  it("lets other operations fall through to the next handler", async () => {
    server.use(
      createOperationHandler(toySchema, "PutThing", () => ({ Id: "put" })),
      http.post("https://toy.us-west-2.api.aws/", () => HttpResponse.json({ fellThrough: true })),
    );
    expect(await (await call("Ping", {})).json()).toEqual({ fellThrough: true });
  });

  it.each<[string, string, Record<string, string>]>([
    ["the /{OperationName} form", "https://toy.eu-central-1.api.aws/PutThing", { "x-amz-target": "" }],
    ["a configured base URL", "http://localhost:9999/", {}],
  ])("matches %s", async (_name, url, headers) => {
    server.use(
      createOperationHandler(toySchema, "PutThing", () => ({ Id: "x" }), {
        baseUrl: "http://localhost:9999",
      }),
    );
    const response = await call("PutThing", { Catalog: "AWS" }, url, headers);
    expect(await response.json()).toEqual({ Id: "x" });
  });

  it("validates input before the resolver runs", async () => {
    let called = false;
    server.use(
      createOperationHandler(toySchema, "PutThing", () => {
        called = true;
        return {};
      }),
    );
    const response = await call("PutThing", { Count: 99 });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.FieldList.map((f: { Name: string; Code: string }) => [f.Name, f.Code])).toEqual([
      ["Catalog", "REQUIRED_FIELD_MISSING"],
      ["Count", "VALUE_OUT_OF_RANGE"],
    ]);
    expect(called).toBe(false);
  });

  it("answers a thrown modelled error (failWith) with its status and __type", async () => {
    server.use(createOperationHandler(toySchema, "PutThing", failWith(new NotFound("gone"))));
    const response = await call("PutThing", { Catalog: "AWS" });
    expect(response.status).toBe(404);
    expect(response.headers.get("x-amzn-errortype")).toBe("NotFound");
    expect(await response.json()).toEqual({ __type: "example.toy#NotFound", Message: "gone" });
  });

  it("sends a Response returned by the resolver as is", async () => {
    server.use(
      createOperationHandler(toySchema, "PutThing", () => new HttpResponse("teapot", { status: 418 })),
    );
    const response = await call("PutThing", { Catalog: "AWS" });
    expect([response.status, await response.text()]).toEqual([418, "teapot"]);
  });

  it.each<
    [
      string,
      Parameters<typeof createOperationHandler>[3],
      (r: () => object) => Parameters<typeof createOperationHandler>[2],
    ]
  >([
    ["the delay option", { delay: 60 }, (r) => r],
    ["withLatency", {}, (r) => withLatency(60, r)],
  ])("waits with %s", async (_name, options, wrap) => {
    server.use(
      createOperationHandler(
        toySchema,
        "PutThing",
        wrap(() => ({ Id: "slow" })),
        options,
      ),
    );
    const started = performance.now();
    await call("PutThing", { Catalog: "AWS" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("answers only once with { once: true }", async () => {
    server.use(
      createOperationHandler(toySchema, "PutThing", () => ({ Id: "first" }), { once: true }),
      http.post("https://toy.us-west-2.api.aws/", () => HttpResponse.json({ later: true })),
    );
    expect(await (await call("PutThing", { Catalog: "AWS" })).json()).toEqual({ Id: "first" });
    expect(await (await call("PutThing", { Catalog: "AWS" })).json()).toEqual({ later: true });
  });

  it("rejects an unknown operation name at creation", () => {
    expect(() => createOperationHandler(toySchema, "Nope", () => ({}))).toThrow(
      "ToyService has no operation Nope",
    );
  });
});

describe("createHandlers", () => {
  it("builds one handler per implemented operation, with the server's context", async () => {
    const seen: string[] = [];
    const handlers = createHandlers(toySchema, {
      putThing: (_input: unknown, context: { operation: string }) => {
        seen.push(context.operation);
        return { Id: "p" };
      },
      ping: () => ({}),
    });
    expect(handlers).toHaveLength(2);
    server.use(...handlers);
    expect((await call("PutThing", { Catalog: "AWS" })).status).toBe(200);
    expect((await call("Ping", {})).status).toBe(200);
    expect(seen).toEqual(["PutThing"]);
  });
});
