import * as protocol from "@pc-benefits/protocol";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createServiceRouter } from "./service-router.js";

vi.mock("@pc-benefits/protocol", async (original) => {
  const actual = await original<typeof import("@pc-benefits/protocol")>();
  return { ...actual, createSchemaDispatcher: vi.fn(actual.createSchemaDispatcher) };
});

const BASE = "http://router.test";
const APPLICATION = { Catalog: "AWS", Identifier: "benappl-0123456789abcd" };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function call(target: string | undefined, body: unknown = APPLICATION, url = BASE, headers = {}) {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.0",
      ...(target ? { "x-amz-target": target } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
}
const target = (operation: string) => `PartnerCentralBenefitsService.${operation}`;

describe("createServiceRouter", () => {
  it("answers every implemented operation through one dispatcher built when the handler is", async () => {
    const built = vi.mocked(protocol.createSchemaDispatcher);
    built.mockClear();
    const urls: string[] = [];
    server.use(
      createServiceRouter(
        protocol.serviceSchema,
        {
          getBenefitApplication: (input: { Identifier: string }, context: { request: Request }) => {
            urls.push(context.request.url);
            return { Id: input.Identifier };
          },
          listBenefits: () => ({ BenefitSummaries: [] }),
        },
        { baseUrl: BASE },
      ),
    );
    expect(built).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 3; i++) {
      expect(await (await call(target("GetBenefitApplication"))).json()).toEqual({
        Id: APPLICATION.Identifier,
      });
    }
    expect(await (await call(undefined, { Catalog: "AWS" }, `${BASE}/ListBenefits`)).json()).toEqual({
      BenefitSummaries: [],
    });
    expect(urls).toEqual([`${BASE}/`, `${BASE}/`, `${BASE}/`]);
    expect(built).toHaveBeenCalledTimes(1);
  });

  it("gives concurrent requests their own request", async () => {
    server.use(
      createServiceRouter(
        protocol.serviceSchema,
        {
          getBenefitApplication: async (_input: unknown, context: { request: Request }) => {
            const id = context.request.headers.get("x-test-id") ?? "";
            await new Promise((resolve) => setTimeout(resolve, id === "a" ? 40 : 0));
            return { Id: `benappl-0000000000000${id}` };
          },
        },
        { baseUrl: BASE },
      ),
    );
    const [a, b] = await Promise.all(
      ["a", "b"].map(async (id) =>
        (await call(target("GetBenefitApplication"), APPLICATION, BASE, { "x-test-id": id })).json(),
      ),
    );
    expect([a.Id, b.Id]).toEqual(["benappl-0000000000000a", "benappl-0000000000000b"]);
  });

  it.each<[string, string | undefined, string]>([
    ["another service's target", "OtherService.GetBenefit", BASE],
    ["no target", undefined, BASE],
    ["an operation without a resolver", target("TagResource"), BASE],
    ["an unknown operation path", undefined, `${BASE}/NoSuchOperation`],
  ])("passes %s to the next handler by default", async (_name, sent, url) => {
    server.use(
      createServiceRouter(protocol.serviceSchema, { getBenefit: () => ({}) }, { baseUrl: BASE }),
      http.post(/^http:\/\/router\.test/, () => HttpResponse.json({ next: true })),
    );
    expect(await (await call(sent, {}, url)).json()).toEqual({ next: true });
  });

  it.each<[string, string | undefined, string, number, string]>([
    ["another service's target", "OtherService.GetBenefit", BASE, 400, "UnknownOperationException"],
    ["no target", undefined, BASE, 400, "UnknownOperationException"],
    ["an operation without a resolver", target("TagResource"), BASE, 501, "NotImplemented"],
    ["an unknown operation path", undefined, `${BASE}/NoSuchOperation`, 400, "UnknownOperationException"],
  ])("answers %s as the service does with unmatched: error", async (_name, sent, url, status, type) => {
    server.use(
      createServiceRouter(
        protocol.serviceSchema,
        { getBenefit: () => ({}) },
        { baseUrl: BASE, unmatched: "error" },
      ),
    );
    const response = await call(sent, {}, url);
    expect(response.status).toBe(status);
    expect((await response.json()).__type).toContain(type);
  });

  it("requires SigV4 when asked to, and tells the resolver who signed", async () => {
    server.use(
      createServiceRouter(
        protocol.serviceSchema,
        {
          getBenefitApplication: (_input: unknown, context: { caller?: { accessKeyId: string } }) => ({
            Id: context.caller?.accessKeyId,
          }),
        },
        {
          baseUrl: BASE,
          sigv4: { credentials: { AKIDEXAMPLE: { secretAccessKey: "secret", accountId: "123456789012" } } },
        },
      ),
    );
    const response = await call(target("GetBenefitApplication"));
    expect(response.status).toBe(403);
    expect((await response.json()).__type).toContain("MissingAuthenticationTokenException");
  });

  it("does not report the stand-in output of a resolver's own Response under validateOutput", async () => {
    const onError = vi.fn();
    server.use(
      createServiceRouter(
        protocol.serviceSchema,
        {
          getBenefitApplication: () => new Response("raw", { status: 202 }),
          getBenefit: () => ({ Status: "NOPE" }),
        },
        { baseUrl: BASE, validateOutput: true, onError },
      ),
    );
    const raw = await call(target("GetBenefitApplication"));
    expect([raw.status, await raw.text()]).toEqual([202, "raw"]);
    expect(onError).not.toHaveBeenCalled();
    const invalid = await call(target("GetBenefit"), { Catalog: "AWS", Identifier: "ben-0123456789abcd" });
    expect(invalid.status).toBe(500);
    expect(onError).toHaveBeenCalledWith(
      expect.any(protocol.OutputValidationError),
      expect.objectContaining({ operation: "GetBenefit" }),
    );
  });
});
