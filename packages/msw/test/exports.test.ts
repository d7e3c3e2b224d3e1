/**
 * Every operation of the model has its generated factory exported from the package entry, under its
 * generated name (a vanished export fails), beside the helpers and nothing else.
 */
import { operationNames } from "@pc-benefits/protocol";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as generated from "../src/generated/handlers.js";
import * as msw from "../src/index.js";

const factoryNames = Object.keys(generated).filter((name) => name !== "operationHandlers");

describe("@pc-benefits/msw exports", () => {
  it("keys operationHandlers by every operation of the model", () => {
    expect(Object.keys(msw.operationHandlers).sort()).toEqual([...operationNames].sort());
  });

  it.each(factoryNames)("exports the generated factory %s", (name) => {
    const factory = (msw as Record<string, unknown>)[name];
    expect(typeof factory).toBe("function");
    expect(factory).toBe((generated as Record<string, unknown>)[name]);
    expect(Object.values(msw.operationHandlers)).toContain(factory);
  });

  it("exports the helpers and nothing else", () => {
    expect(Object.keys(msw).sort()).toEqual(
      [
        ...factoryNames,
        "failWith",
        "handlersFor",
        "operationHandlers",
        "partnerCentralBenefits",
        "withLatency",
      ].sort(),
    );
  });

  it("keeps its public types", () => {
    expectTypeOf<msw.OperationInput<"GetBenefit">>().toHaveProperty("Identifier");
    expectTypeOf<msw.OperationOutput<"ListBenefits">>().toHaveProperty("BenefitSummaries");
    expectTypeOf<msw.OperationName>().toEqualTypeOf<keyof typeof msw.operationHandlers>();
    expectTypeOf<msw.ServiceLink["getBenefit"]>()
      .parameter(1)
      .toEqualTypeOf<msw.LinkHandlerOptions | undefined>();
    expectTypeOf<msw.RouterOptions>().toHaveProperty("unmatched");
    expectTypeOf<msw.HandlerOptions>().toHaveProperty("sigv4");
    expectTypeOf<msw.RouterHandlers>().toHaveProperty("getBenefit");
    expectTypeOf<msw.LinkRouterOptions>().not.toHaveProperty("baseUrl");
    expectTypeOf<msw.EndpointOptions>().toHaveProperty("officialEndpoints");
    expectTypeOf<msw.ResolverContext>().toHaveProperty("request");
    expectTypeOf<msw.OperationResolver<{ a: 1 }, { b: 2 }>>().parameter(0).toEqualTypeOf<{ a: 1 }>();
  });
});
