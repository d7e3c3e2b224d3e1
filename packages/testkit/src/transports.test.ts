import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { interceptWithMsw, serveOnFreePort, type WireExchange } from "./transports.js";

const TARGET = { "X-Amz-Target": "PartnerCentralBenefitsService.GetBenefit" };

describe("serveOnFreePort", () => {
  it("serves a fetch handler on a local port and records each response", async () => {
    const exchanges: WireExchange[] = [];
    const backend = await serveOnFreePort(
      () => Response.json({ Id: "ben-1" }, { status: 201 }),
      (e) => {
        exchanges.push(e);
      },
    );
    try {
      expect(backend.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(backend.url, { method: "POST", headers: TARGET, body: "{}" });
      expect(await response.json()).toEqual({ Id: "ben-1" });
      expect(exchanges).toEqual([{ operation: "GetBenefit", status: 201, text: '{"Id":"ben-1"}' }]);
    } finally {
      await backend.close();
    }
    await expect(fetch(backend.url)).rejects.toThrow();
  });
});

describe("interceptWithMsw", () => {
  it("answers with the handlers, records mocked responses, and refuses unhandled requests", async () => {
    const exchanges: WireExchange[] = [];
    const url = "http://benefits.testkit.test";
    const backend = interceptWithMsw(
      [http.post(`${url}/`, () => HttpResponse.json({ ok: true }))],
      url,
      (e) => {
        exchanges.push(e);
      },
    );
    try {
      const response = await fetch(`${url}/`, { method: "POST", headers: TARGET, body: "{}" });
      expect(await response.json()).toEqual({ ok: true });
      await expect(fetch(`${url}/other`)).rejects.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(exchanges).toEqual([{ operation: "GetBenefit", status: 200, text: '{"ok":true}' }]);
    } finally {
      await backend.close();
    }
  });
});
