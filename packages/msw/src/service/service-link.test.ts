import { operationNames, serviceSchema } from "@pc-benefits/protocol";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as generated from "../generated/handlers.js";
import { partnerCentralBenefits } from "./service-link.js";

const LOCAL = "http://localhost:4010";
const OFFICIAL = "https://partnercentral-benefits.us-east-1.api.aws";
const BENEFIT = { Catalog: "AWS", Identifier: "ben-0123456789abcd" };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function call(url: string, operation: string, body: unknown = BENEFIT) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.0",
      "x-amz-target": `PartnerCentralBenefitsService.${operation}`,
    },
    body: JSON.stringify(body),
  });
  return response.json();
}
const fallback = http.post(/.*/, () => HttpResponse.json({ unmatched: true }));

describe("partnerCentralBenefits.link", () => {
  const local = partnerCentralBenefits.link(LOCAL);

  it("has every generated factory, under its generated name, and operationHandlers by operation", () => {
    const names = Object.keys(generated).filter((name) => name !== "operationHandlers");
    expect(names).toHaveLength(operationNames.length);
    for (const name of names)
      expect(typeof (local as unknown as Record<string, unknown>)[name]).toBe("function");
    expect(Object.keys(local.operationHandlers).sort()).toEqual([...operationNames].sort());
    for (const [operation, factory] of Object.entries(generated.operationHandlers)) {
      const name = names.find((n) => (generated as Record<string, unknown>)[n] === factory);
      expect(local.operationHandlers[operation as keyof typeof local.operationHandlers]).toBe(
        (local as unknown as Record<string, unknown>)[name ?? ""],
      );
    }
  });

  it("scopes a factory to the linked URL only", async () => {
    server.use(
      local.getBenefit(({ Identifier }) => ({ Id: Identifier, Name: "local" })),
      fallback,
    );
    expect(await call(LOCAL, "GetBenefit")).toEqual({ Id: BENEFIT.Identifier, Name: "local" });
    expect(await call(OFFICIAL, "GetBenefit")).toEqual({ unmatched: true });
    expect(local.endpoint).toEqual({ baseUrl: LOCAL, officialEndpoints: false });
  });

  it("answers the official endpoints of every region without a link", async () => {
    server.use(
      partnerCentralBenefits.getBenefit(() => ({ Name: "official" })),
      fallback,
    );
    expect(await call("https://partnercentral-benefits.eu-west-3.api.aws", "GetBenefit")).toEqual({
      Name: "official",
    });
    expect(await call(LOCAL, "GetBenefit")).toEqual({ unmatched: true });
  });

  it("operation() answers every operation with one resolver, naming the one called", async () => {
    server.use(local.operation((_input, context) => HttpResponse.json({ called: context.operation })));
    expect(await call(LOCAL, "GetBenefit")).toEqual({ called: "GetBenefit" });
    expect(await call(LOCAL, "ListBenefits", { Catalog: "AWS" })).toEqual({ called: "ListBenefits" });
  });

  it("router() serves a handlers object; links compose and accept endpoint options", async () => {
    const both = partnerCentralBenefits.link({ baseUrl: [LOCAL, "http://other.test"] });
    server.use(
      both.router({ listBenefits: () => ({ BenefitSummaries: [{ Id: "ben-0123456789abcd" }] }) }),
      fallback,
    );
    for (const url of [LOCAL, "http://other.test", OFFICIAL]) {
      expect(await call(url, "ListBenefits", { Catalog: "AWS" })).toEqual({
        BenefitSummaries: [{ Id: "ben-0123456789abcd" }],
      });
    }
    expect(await call(LOCAL, "GetBenefit")).toEqual({ unmatched: true });
    expect(local.link("http://third.test").endpoint).toEqual({
      baseUrl: "http://third.test",
      officialEndpoints: false,
    });
  });

  it.each([[""], ["localhost:4010"], ["ftp://x.test"], [["http://ok.test", "nope"]]])(
    "refuses %j as a link",
    (url) => {
      expect(() => partnerCentralBenefits.link(url)).toThrow(
        /^The base URL ".*" is not an absolute http\(s\) URL$/,
      );
    },
  );

  it("links the service's own operations", () => {
    expect(Object.keys(partnerCentralBenefits.operationHandlers).sort()).toEqual(
      Object.keys(serviceSchema.operations).sort(),
    );
  });
});
