/** The README's usage example is `examples/quick-start.ts`, verbatim; this runs it against the official SDK. */
import { readFileSync } from "node:fs";
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { type RunningBackend, serveOnFreePort } from "@pc-benefits/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app } from "../examples/quick-start.js";

let server: RunningBackend;
let client: sdk.PartnerCentralBenefits;
beforeAll(async () => {
  server = await serveOnFreePort(app.fetch);
  client = new sdk.PartnerCentralBenefits({
    region: "us-east-1",
    endpoint: server.url,
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    maxAttempts: 1,
  });
});
afterAll(() => server.close());

describe("README example", () => {
  it.each(["quick-start.ts", "dispatcher.ts"])("quotes examples/%s verbatim", (name) => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL(`../examples/${name}`, import.meta.url), "utf8");
    expect(readme).toContain(example.trim());
  });

  it("runs the framework-agnostic dispatcher example", async () => {
    const { status, headers, body } = await import("../examples/dispatcher.js");
    expect(status).toBe(200);
    expect(headers["x-amzn-RequestId"]).toBeTruthy();
    expect(JSON.parse(body)).toEqual({ Id: "ben-0123456789abcd" });
  });

  it("answers the implemented operation", async () => {
    const { $metadata, ...benefit } = await client.getBenefit({
      Catalog: "AWS",
      Identifier: "ben-0123456789abcd",
    });
    expect(benefit).toEqual({
      Id: "ben-0123456789abcd",
      Catalog: "AWS",
      Name: "MAP credits",
      FulfillmentTypes: ["CREDITS"],
      Status: "ACTIVE",
    });
  });

  it("throws the modelled error, with the caller's access key in the message", async () => {
    const error = await client
      .getBenefit({ Catalog: "AWS", Identifier: "ben-zzzzzzzzzzzzzz" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(sdk.ResourceNotFoundException);
    expect(error.message).toBe("No benefit ben-zzzzzzzzzzzzzz for AKIDEXAMPLE");
  });

  it("answers the others with a 501", async () => {
    const error = await client.listBenefits({ Catalog: "AWS" }).catch((e) => e);
    expect(error.name).toBe("NotImplementedException");
    expect(error.$metadata.httpStatusCode).toBe(501);
  });

  it("serves the API reference", async () => {
    expect((await fetch(`${server.url}/docs`)).status).toBe(200);
  });
});
