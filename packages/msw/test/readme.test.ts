/** The README's examples are `examples/*.ts`, verbatim; this runs them with the official SDK. */
import { readFileSync } from "node:fs";
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { handlers, router } from "../examples/link-handlers.js";
import { notFound, server } from "../examples/mock-server.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const client = new sdk.PartnerCentralBenefits({ region: "eu-west-1", credentials, maxAttempts: 1 });
const local = new sdk.PartnerCentralBenefits({
  region: "eu-west-1",
  endpoint: "http://localhost:4010",
  credentials,
  maxAttempts: 1,
});
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("README examples", () => {
  it.each(["mock-server.ts", "link-handlers.ts"])("quotes examples/%s verbatim", (file) => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL(`../examples/${file}`, import.meta.url), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${example.trim()}\n\`\`\``);
  });

  it("answers through the official regional endpoint", async () => {
    const { $metadata, ...benefit } = await client.getBenefit({
      Catalog: "AWS",
      Identifier: "ben-0123456789abcd",
    });
    expect(benefit).toEqual({
      Id: "ben-0123456789abcd",
      Catalog: "AWS",
      Name: "MAP credits",
      Status: "ACTIVE",
    });
    expect((await client.listBenefits({ Catalog: "AWS" })).BenefitSummaries).toEqual([]);
  });

  it("overrides one operation with a modelled error per test", async () => {
    server.use(notFound);
    const error = await client
      .getBenefit({ Catalog: "AWS", Identifier: "ben-0123456789abcd" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(sdk.ResourceNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(404);
  });

  it("scopes the linked handlers to their URL; operation() answers the rest", async () => {
    server.use(...handlers);
    const { $metadata, ...benefit } = await local.getBenefit({
      Catalog: "AWS",
      Identifier: "ben-0123456789abcd",
    });
    expect(benefit).toEqual({ Id: "ben-0123456789abcd", Name: "MAP credits", Status: "ACTIVE" });
    const error = await local.listBenefits({ Catalog: "AWS" }).catch((e) => e);
    expect(error.name).toBe("InternalServerException");
    // The official endpoint is not linked: the README's own handlers answer it.
    expect((await client.listBenefits({ Catalog: "AWS" })).BenefitSummaries).toEqual([]);
  });

  it("serves a handlers object through the router", async () => {
    server.use(router);
    const { $metadata, ...benefit } = await local.getBenefit({
      Catalog: "AWS",
      Identifier: "ben-0123456789abcd",
    });
    expect(benefit).toEqual({ Id: "ben-0123456789abcd" });
    expect((await local.listBenefits({ Catalog: "AWS" })).BenefitSummaries).toEqual([]);
  });
});
