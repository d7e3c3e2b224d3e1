import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveStatic } from "./static-server.js";

describe("serveStatic", () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic(
      new Map([
        ["/", { contentType: "text/html; charset=utf-8", body: "<p>page</p>" }],
        ["/walk.js", { contentType: "text/javascript; charset=utf-8", body: new TextEncoder().encode("1;") }],
      ]),
    );
  });
  afterAll(() => server.close());

  it("listens on 127.0.0.1 and an ephemeral port", () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.origin).not.toMatch(/:0$/);
  });

  it.each([
    ["the page", "GET", "/", 200, "text/html; charset=utf-8", "<p>page</p>"],
    ["a byte body", "GET", "/walk.js", 200, "text/javascript; charset=utf-8", "1;"],
    ["a path with a query", "GET", "/walk.js?v=1", 200, "text/javascript; charset=utf-8", "1;"],
    ["HEAD without a body", "HEAD", "/walk.js", 200, "text/javascript; charset=utf-8", ""],
    ["an unknown path", "GET", "/mockServiceWorker.js", 404, "text/plain; charset=utf-8", "not found\n"],
    ["a path outside the files", "GET", "/package.json", 404, "text/plain; charset=utf-8", "not found\n"],
    ["another method", "POST", "/", 405, null, ""],
  ])("answers %s", async (_name, method, path, status, contentType, body) => {
    const response = await fetch(`${server.origin}${path}`, { method });
    expect(response.status).toBe(status);
    if (contentType) expect(response.headers.get("content-type")).toBe(contentType);
    if (status === 200) expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe(body);
  });

  it("records every request it received", () => {
    expect(server.requests).toContain("GET /walk.js");
    expect(server.requests).toContain("POST /");
  });
});
