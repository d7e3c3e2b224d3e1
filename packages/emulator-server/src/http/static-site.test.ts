import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulatorApp } from "./create-emulator-app.js";
import { staticRootProblem } from "./static-site.js";

let dir: string;
let site: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pcb-static-"));
  site = join(dir, "site");
  mkdirSync(join(site, "assets"), { recursive: true });
  writeFileSync(join(site, "index.html"), "<!doctype html><title>Portal</title>");
  writeFileSync(join(site, "assets", "app.js"), "console.log('portal');");
  writeFileSync(join(site, "assets", "app.css"), "body{}");
  writeFileSync(join(site, "mockServiceWorker.js"), "// worker");
  writeFileSync(join(dir, "secret.txt"), "outside the site");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const JSON10 = "application/x-amz-json-1.0";

describe("createEmulatorApp({ static })", () => {
  it.each<[string, string, number, RegExp, string | RegExp]>([
    ["the index", "/", 200, /^text\/html/, "<title>Portal</title>"],
    ["a script", "/assets/app.js", 200, /^text\/javascript/, "console.log('portal');"],
    ["a stylesheet", "/assets/app.css", 200, /^text\/css/, "body{}"],
    ["a file at the root", "/mockServiceWorker.js", 200, /^text\/javascript/, "// worker"],
    ["a client-side route", "/applications/AWS/benappl-0123456789abcd", 200, /^text\/html/, "Portal"],
    ["a client-side route with a query", "/allocations?catalog=AWS", 200, /^text\/html/, "Portal"],
    [
      "a missing file (no fallback: it has an extension)",
      "/assets/missing.js",
      404,
      /^text\/plain/,
      "Not found",
    ],
  ])("serves %s", async (_name, path, status, type, body) => {
    const { app } = createEmulatorApp({ seed: "static", static: { root: site } });
    const response = await app.request(path);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(type);
    const text = await response.text();
    if (typeof body === "string") expect(text).toContain(body);
    else expect(text).toMatch(body);
  });

  it("answers HEAD with the headers and no body", async () => {
    const { app } = createEmulatorApp({ seed: "static", static: { root: site } });
    const response = await app.request("/assets/app.js", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(response.headers.get("content-length")).toBe(String("console.log('portal');".length));
    expect(await response.text()).toBe("");
  });

  it("never caches the shell of a client-side route", async () => {
    const { app } = createEmulatorApp({ seed: "static", static: { root: site } });
    expect((await app.request("/allocations")).headers.get("cache-control")).toBe("no-cache");
  });

  it("leaves the API, the docs, the OpenAPI document and the control routes alone", async () => {
    const { app } = createEmulatorApp({ seed: "static", static: { root: site }, control: true });
    const api = await app.request("/", {
      method: "POST",
      headers: { "content-type": JSON10, "x-amz-target": "PartnerCentralBenefitsService.ListBenefits" },
      body: JSON.stringify({ Catalog: "AWS" }),
    });
    expect(api.status).toBe(200);
    expect(await api.json()).toHaveProperty("BenefitSummaries");
    const byPath = await app.request("/ListBenefits", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ Catalog: "AWS" }),
    });
    expect(byPath.status).toBe(200);
    expect((await app.request("/openapi.json")).headers.get("content-type")).toMatch(/json/);
    expect(await (await app.request("/docs")).text()).toContain("/openapi.json");
    expect((await app.request("/docs/missing")).status).toBe(404);
    expect(await (await app.request("/_emulator/settings")).json()).toMatchObject({ seed: "static" });
    const unknownControl = await app.request("/_emulator/nothing-here");
    expect(unknownControl.status).toBe(404);
    expect(unknownControl.headers.get("content-type")).toMatch(/json/);
  });

  it("keeps the control prefix out of the site even when the control routes are off", async () => {
    const { app } = createEmulatorApp({ seed: "static", static: { root: site } });
    const response = await app.request("/_emulator/settings");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/json/);
  });

  it.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/assets/..%2f..%2fsecret.txt",
    "/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/..%5csecret.txt",
  ])("refuses the traversal %s", async (path) => {
    const { app } = createEmulatorApp({ seed: "static", static: { root: site } });
    const response = await app.request(`http://localhost${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("outside the site");
  });

  it("can turn the client-side route fallback off", async () => {
    const { app } = createEmulatorApp({ seed: "static", static: { root: site, fallback: false } });
    expect((await app.request("/applications")).status).toBe(404);
    expect((await app.request("/")).status).toBe(200);
  });

  it.each<[string, (root: string) => string, RegExp]>([
    ["a missing folder", (root) => join(root, "nope"), /does not exist$/],
    ["a file", (root) => join(root, "secret.txt"), /is not a folder$/],
    ["a folder without index.html", (root) => join(root, "site", "assets"), /has no index\.html$/],
  ])("refuses %s as the root", (_name, pick, message) => {
    const root = pick(dir);
    expect(staticRootProblem(root)).toMatch(message);
    expect(() => createEmulatorApp({ seed: "static", static: { root } })).toThrow(message);
  });
});

describe("GET / without a static site", () => {
  it("answers a page linking to the API reference", async () => {
    const { app } = createEmulatorApp({ seed: "landing", control: true });
    const response = await app.request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('<a href="/docs">');
    expect(page).toContain('<a href="/openapi.json">');
    expect(page).toContain("/_emulator/settings");
  });

  it("links only to what is served", async () => {
    const { app } = createEmulatorApp({ seed: "landing", openapi: false });
    const page = await (await app.request("/")).text();
    expect(page).not.toContain("/docs");
    expect(page).not.toContain("/_emulator");
  });
});

describe("/docs offline", () => {
  it("loads its script from this server, and the page names no other host", async () => {
    const { app } = createEmulatorApp({ seed: "docs" });
    const page = await (await app.request("/docs")).text();
    expect(page).toContain('<script src="/docs/api-reference.js">');
    expect(page).not.toMatch(/https?:\/\//);
    const script = await app.request("/docs/api-reference.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    const text = await script.text();
    expect(text.length).toBeGreaterThan(100_000);
    expect(text).toContain("createApiReference");
  });

  it("keeps a docs.scriptUrl given by the caller", async () => {
    const { app } = createEmulatorApp({ seed: "docs", docs: { scriptUrl: "/mine/scalar.js" } });
    expect(await (await app.request("/docs")).text()).toContain('<script src="/mine/scalar.js">');
    expect((await app.request("/docs/api-reference.js")).status).toBe(404);
  });

  it("serves no script when the docs are off", async () => {
    const { app } = createEmulatorApp({ seed: "docs", docs: false });
    expect((await app.request("/docs")).status).toBe(404);
    expect((await app.request("/docs/api-reference.js")).status).toBe(404);
  });
});
