import { createEmulator, exampleDetails } from "@pc-benefits/emulator";
import { describe, expect, it } from "vitest";
import { createEmulatorApp } from "./create-emulator-app.js";

const JSON10 = "application/x-amz-json-1.0";
const call = (
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  operation: string,
  input: unknown,
) =>
  app.request("/", {
    method: "POST",
    headers: { "content-type": JSON10, "x-amz-target": `PartnerCentralBenefitsService.${operation}` },
    body: JSON.stringify(input),
  });

describe("createEmulatorApp", () => {
  it("serves the engine it is given and logs one line per request", async () => {
    const emulator = createEmulator({ seed: "app-test" });
    const lines: string[] = [];
    const { app, emulator: served } = createEmulatorApp({ emulator, log: (line) => lines.push(line) });
    expect(served).toBe(emulator);
    const response = await call(app, "ListBenefits", { Catalog: "AWS", MaxResults: 100 });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { BenefitSummaries: { Id: string }[] };
    expect(body.BenefitSummaries.map((b) => b.Id)).toEqual(emulator.benefits("AWS").map((b) => b.id));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ POST ListBenefits 200 \d+\.\dms req=[0-9a-f-]{36}$/);
  });

  it("keeps the control routes off unless enabled, and mounts them at a custom prefix", async () => {
    const off = createEmulatorApp({ seed: "app-test" }).app;
    expect((await off.request("/_emulator/settings")).status).toBe(404);
    const on = createEmulatorApp({ seed: "app-test", control: { prefix: "/admin/" } }).app;
    const settings = await on.request("/admin/settings");
    expect(settings.status).toBe(200);
    expect(await settings.json()).toMatchObject({ seed: "app-test" });
    expect((await on.request("/_emulator/settings")).status).toBe(404);
  });

  it("drives a review through the control routes and resets", async () => {
    const { app, emulator } = createEmulatorApp({ seed: "app-test", control: true });
    const benefit = emulator
      .benefits("AWS")
      .find((b) => b.status === "ACTIVE" && b.amendablePaths.length > 0);
    if (!benefit) throw new Error("no active benefit");
    const created = (await (
      await call(app, "CreateBenefitApplication", {
        Catalog: "AWS",
        ClientToken: "app-test-1",
        BenefitIdentifier: benefit.id,
        Name: "In-process",
        FulfillmentTypes: benefit.fulfillmentTypes,
        BenefitApplicationDetails: exampleDetails(benefit),
        AssociatedResources: [
          "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1234567",
        ],
      })
    ).json()) as { Id: string };
    expect(
      (await call(app, "SubmitBenefitApplication", { Catalog: "AWS", Identifier: created.Id })).status,
    ).toBe(200);
    const rejected = await app.request(`/_emulator/applications/AWS/${created.Id}/review`, {
      method: "POST",
      body: JSON.stringify({ status: "REJECTED", statusReason: "Not eligible" }),
    });
    expect(rejected.status).toBe(200);
    const got = (await (
      await call(app, "GetBenefitApplication", { Catalog: "AWS", Identifier: created.Id })
    ).json()) as {
      Status: string;
      StatusReason: string;
    };
    expect(got).toMatchObject({ Status: "REJECTED", StatusReason: "Not eligible" });

    const tooLarge = await app.request("/_emulator/reset", {
      method: "POST",
      headers: { "content-length": String(2 * 1024 * 1024) },
      body: "x".repeat(2 * 1024 * 1024),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get("x-amzn-errortype")).toBe("RequestEntityTooLargeException");
    expect(await tooLarge.json()).toEqual({
      __type: "RequestEntityTooLargeException",
      message: "Control bodies are limited to 1048576 bytes",
    });
    const streamed = await app.request("/_emulator/reset", {
      method: "POST",
      // Needed by undici for streamed bodies; not in lib.dom's RequestInit yet.
      ...({ duplex: "half" } as RequestInit),
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("x".repeat(1024 * 1024 + 1)));
          controller.close();
        },
      }),
    });
    expect(streamed.status).toBe(413);
    expect((await app.request("/_emulator/reset", { method: "POST" })).status).toBe(200);
    const gone = await call(app, "GetBenefitApplication", { Catalog: "AWS", Identifier: created.Id });
    expect(gone.status).toBe(404);
  });

  it("verifies SigV4 when given keys", async () => {
    const { app } = createEmulatorApp({ seed: "app-test", sigv4: { credentials: {} } });
    const response = await call(app, "ListBenefits", { Catalog: "AWS" });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      __type: "MissingAuthenticationTokenException",
      message: "Request is missing Authentication Token",
    });
  });

  it.each<["empty" | "{}", "model" | "all-400", string, number]>([
    ["empty", "model", "", 404],
    ["{}", "all-400", "{}", 400],
  ])(
    "applies the wire settings emptyOutputBody=%s and errorStatusCodes=%s",
    async (emptyOutputBody, errorStatusCodes, tagBody, notFoundStatus) => {
      const emulator = createEmulator({ seed: "wire", settings: { emptyOutputBody, errorStatusCodes } });
      const { app } = createEmulatorApp({ emulator });
      const benefit = emulator.benefits("AWS").find((b) => b.status === "ACTIVE");
      if (!benefit) throw new Error("no active benefit");
      const created = (await (
        await call(app, "CreateBenefitApplication", {
          Catalog: "AWS",
          ClientToken: `wire-${emptyOutputBody}`,
          BenefitIdentifier: benefit.id,
        })
      ).json()) as { Arn: string };
      const tagged = await call(app, "TagResource", {
        resourceArn: created.Arn,
        tags: [{ Key: "k", Value: "v" }],
      });
      expect([tagged.status, await tagged.text()]).toEqual([200, tagBody]);
      const missing = await call(app, "GetBenefitApplication", {
        Catalog: "AWS",
        Identifier: "benappl-0000000000zzzz",
      });
      expect(missing.status).toBe(notFoundStatus);
      expect(((await missing.json()) as { __type: string }).__type).toMatch(/#ResourceNotFoundException$/);
    },
  );
});
