/**
 * What a browser app needs from `pcb-emulator`, over a real port: `--static` (files, client-side routes,
 * traversal refused on the raw wire), `--fixtures demo` read back through the API, the control routes on
 * the same origin, `/docs` without a CDN, and bad `--fixtures` files refused with the offending path.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { awsJson, type CliProcess, runCli, startCli } from "./cli-process.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let dir: string;
let site: string;
let cli: CliProcess;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pcb-web-app-"));
  site = join(dir, "dist");
  mkdirSync(join(site, "assets"), { recursive: true });
  writeFileSync(
    join(site, "index.html"),
    '<!doctype html><title>Portal</title><script src="/assets/app.js"></script>',
  );
  writeFileSync(join(site, "assets", "app.js"), "console.log('portal');");
  writeFileSync(join(dir, "secret.txt"), "outside the site");
  cli = await startCli(["--static", site, "--fixtures", "demo", "--control", "--quiet"]);
});
afterAll(async () => {
  await cli?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A GET with the path sent exactly as written (fetch would normalize `..` and `%2e`). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("pcb-emulator --static <dir> --fixtures demo --control", () => {
  it("prints what it serves", () => {
    expect(cli.stdout()).toContain(`web app: ${cli.url}/ (from ${site})`);
    expect(cli.stdout()).toContain("fixtures: demo");
  });

  it.each<[string, string, RegExp]>([
    ["/", "<title>Portal</title>", /^text\/html/],
    ["/assets/app.js", "console.log('portal');", /^text\/javascript/],
    ["/applications/AWS/benappl-demo0000000004", "<title>Portal</title>", /^text\/html/],
  ])("GET %s answers from the site", async (path, body, type) => {
    const response = await fetch(`${cli.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(type);
    expect(await response.text()).toBe(
      body.startsWith("<title>")
        ? '<!doctype html><title>Portal</title><script src="/assets/app.js"></script>'
        : body,
    );
  });

  it.each([
    "/../secret.txt",
    "/assets/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/assets/..%5c..%5csecret.txt",
  ])("refuses the traversal %s", async (path) => {
    const { status, body } = await rawGet(cli.url, path);
    expect(body).not.toContain("outside the site");
    expect([400, 404]).toContain(status);
  });

  it("serves the demo data through the API", async () => {
    const { status, body } = await awsJson(cli.url, "ListBenefitApplications", {
      Catalog: "AWS",
      MaxResults: 50,
    });
    expect(status).toBe(200);
    const summaries = body.BenefitApplicationSummaries as { Id: string; Status: string }[];
    expect(new Set(summaries.map((s) => s.Status))).toEqual(
      new Set(["PENDING_SUBMISSION", "IN_REVIEW", "ACTION_REQUIRED", "APPROVED", "REJECTED", "CANCELED"]),
    );
  });

  it("lets the same origin drive a review and reset back to the demo data", async () => {
    const review = await fetch(`${cli.url}/_emulator/applications/AWS/benappl-demo0000000002/review`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "APPROVED", stage: "COMPLETED" }),
    });
    expect(review.status).toBe(200);
    const reviewed = (await review.json()) as { application: { Status: string }; allocations: unknown[] };
    expect(reviewed.application.Status).toBe("APPROVED");
    expect(reviewed.allocations).toHaveLength(1);
    expect((await fetch(`${cli.url}/_emulator/reset`, { method: "POST" })).status).toBe(200);
    const { body } = await awsJson(cli.url, "GetBenefitApplication", {
      Catalog: "AWS",
      Identifier: "benappl-demo0000000002",
    });
    expect(body.Status).toBe("IN_REVIEW");
  });

  it("serves /docs with its script from this server", async () => {
    const page = await (await fetch(`${cli.url}/docs`)).text();
    expect(page).toContain('<script src="/docs/api-reference.js">');
    expect(page).not.toMatch(/https?:\/\//);
    const script = await fetch(`${cli.url}/docs/api-reference.js`);
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });
});

describe("pcb-emulator without --static", () => {
  it("answers GET / with a page linking to /docs", async () => {
    const plain = await startCli(["--quiet"]);
    try {
      const response = await fetch(plain.url);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await response.text()).toContain('<a href="/docs">');
    } finally {
      await plain.stop();
    }
  });
});

describe("bad --static and --fixtures", () => {
  it("refuses a fixtures file with a bad field, naming it, and exits 2", async () => {
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        applications: [{ catalog: "AWS", benefitId: "ben-0ip2ozgzhogtwz", status: "SHIPPED" }],
      }),
    );
    const result = await runCli(["--fixtures", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `pcb-emulator: --fixtures ${file}: fixtures.applications[0].status: must be one of PENDING_SUBMISSION, IN_REVIEW, ACTION_REQUIRED, APPROVED, REJECTED, CANCELED`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a static folder without index.html and exits 2", async () => {
    const result = await runCli(["--static", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`pcb-emulator: --static: static folder ${dir} has no index.html`);
  });
});
