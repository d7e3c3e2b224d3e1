/** The README's usage example is `examples/mock-server.ts`, verbatim; this runs it with the official SDK. */
import { readFileSync } from "node:fs";
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { notFound, server } from "../examples/mock-server.js";

const client = new sdk.PartnerCentralBenefits({
  region: "eu-west-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  maxAttempts: 1,
});
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("README example", () => {
  it("is quoted verbatim in the README", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL("../examples/mock-server.ts", import.meta.url), "utf8");
    expect(readme).toContain(example.trim());
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
});
