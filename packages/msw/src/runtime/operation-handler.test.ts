import { serviceSchema } from "@pc-benefits/protocol";
import { ResourceNotFoundException } from "@pc-benefits/protocol/models";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { HandlerOptions } from "./handler-options.js";
import { createOperationHandler, failWith, withLatency } from "./operation-handler.js";

const JSON10 = "application/x-amz-json-1.0";
const OFFICIAL = "https://partnercentral-benefits.us-west-2.api.aws/";
const APPLICATION = { Catalog: "AWS", Identifier: "benappl-0123456789abcd" };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function call(operation: string, body: unknown, url = OFFICIAL, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": JSON10,
      "x-amz-target": `PartnerCentralBenefitsService.${operation}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

const getApplication = (resolver: Parameters<typeof createOperationHandler>[2], options?: HandlerOptions) =>
  createOperationHandler(serviceSchema, "GetBenefitApplication", resolver, options);

describe("createOperationHandler", () => {
  it("answers its operation with the resolver's typed output", async () => {
    server.use(
      getApplication((input) => ({
        Id: (input as { Identifier: string }).Identifier,
        CreatedAt: new Date(0),
      })),
    );
    const response = await call("GetBenefitApplication", APPLICATION);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    expect(await response.json()).toEqual({
      Id: "benappl-0123456789abcd",
      CreatedAt: "1970-01-01T00:00:00Z",
    });
  });

  it("lets other operations fall through to the next handler", async () => {
    server.use(
      getApplication(() => ({ Id: "mine" })),
      http.post(OFFICIAL, () => HttpResponse.json({ fellThrough: true })),
    );
    expect(await (await call("GetBenefit", { Catalog: "AWS", Identifier: "x" })).json()).toEqual({
      fellThrough: true,
    });
  });

  it.each<[string, string, Record<string, string>]>([
    [
      "the /{OperationName} form",
      "https://partnercentral-benefits.eu-central-1.api.aws/GetBenefitApplication",
      { "x-amz-target": "" },
    ],
    ["a configured base URL", "http://localhost:9999/", {}],
  ])("matches %s", async (_name, url, headers) => {
    server.use(getApplication(() => ({ Id: "x" }), { baseUrl: "http://localhost:9999" }));
    const response = await call("GetBenefitApplication", APPLICATION, url, headers);
    expect(await response.json()).toEqual({ Id: "x" });
  });

  it("validates input before the resolver runs", async () => {
    let called = false;
    server.use(
      getApplication(() => {
        called = true;
        return {};
      }),
    );
    const response = await call("GetBenefitApplication", { Identifier: "nope" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.FieldList.map((f: { Name: string; Code: string }) => [f.Name, f.Code])).toEqual([
      ["Catalog", "REQUIRED_FIELD_MISSING"],
      ["Identifier", "INVALID_STRING_FORMAT"],
    ]);
    expect(called).toBe(false);
  });

  it("answers a thrown modelled error (failWith) with its status and __type", async () => {
    server.use(getApplication(failWith(new ResourceNotFoundException({ message: "gone", $metadata: {} }))));
    const response = await call("GetBenefitApplication", APPLICATION);
    expect(response.status).toBe(404);
    expect(response.headers.get("x-amzn-errortype")).toBe("ResourceNotFoundException");
    const notFound = serviceSchema.shapes.ResourceNotFoundException;
    expect(await response.json()).toEqual({
      __type: notFound?.type === "structure" ? notFound.error?.id : undefined,
      Message: "gone",
    });
  });

  it("sends a Response returned by the resolver as is", async () => {
    server.use(getApplication(() => new HttpResponse("teapot", { status: 418 })));
    const response = await call("GetBenefitApplication", APPLICATION);
    expect([response.status, await response.text()]).toEqual([418, "teapot"]);
  });

  it.each<[string, HandlerOptions, (r: () => object) => Parameters<typeof createOperationHandler>[2]]>([
    ["the delay option", { delay: 60 }, (r) => r],
    ["withLatency", {}, (r) => withLatency(60, r)],
  ])("waits with %s", async (_name, options, wrap) => {
    server.use(
      getApplication(
        wrap(() => ({ Id: "slow" })),
        options,
      ),
    );
    const started = performance.now();
    await call("GetBenefitApplication", APPLICATION);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("answers only once with { once: true }", async () => {
    server.use(
      getApplication(() => ({ Id: "first" }), { once: true }),
      http.post(OFFICIAL, () => HttpResponse.json({ later: true })),
    );
    expect(await (await call("GetBenefitApplication", APPLICATION)).json()).toEqual({ Id: "first" });
    expect(await (await call("GetBenefitApplication", APPLICATION)).json()).toEqual({ later: true });
  });

  it.each<[string, () => unknown, string]>([
    [
      "an unknown operation",
      () => createOperationHandler(serviceSchema, "Nope", () => ({})),
      "PartnerCentralBenefitsService has no operation Nope",
    ],
    [
      "a resolver that is no function",
      () => getApplication({} as never),
      "The resolver of GetBenefitApplication must be a function, got object",
    ],
  ])("rejects %s at creation", (_name, create, message) => {
    expect(create).toThrow(message);
  });
});
