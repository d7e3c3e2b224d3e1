/**
 * Runs the README's usage example (the block after the `readme-example` marker) against a local
 * server, with the package name pointed at the sources.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type LocalServer, startServer } from "./helpers/local-server.js";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request) => {
    const input = JSON.parse(request.body) as { Identifier?: string; NextToken?: string };
    const target = String(request.headers["x-amz-target"]);
    if (target.endsWith(".GetBenefit") && input.Identifier === "ben-0123456789abcd") {
      return {
        body: JSON.stringify({ Id: input.Identifier, Name: "MAP credits" }),
        headers: { "x-amzn-requestid": "rid-1" },
      };
    }
    if (target.endsWith(".GetBenefit")) {
      return {
        status: 404,
        body: JSON.stringify({ __type: "ResourceNotFoundException", Message: "no such benefit" }),
      };
    }
    const page =
      input.NextToken === "p2"
        ? { BenefitSummaries: [{ Id: "ben-2", Status: "INACTIVE" }] }
        : { BenefitSummaries: [{ Id: "ben-1", Status: "ACTIVE" }], NextToken: "p2" };
    return { body: JSON.stringify(page) };
  });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

function readmeExample(): string {
  const readme = readFileSync(join(packageDir, "README.md"), "utf8");
  const match = /<!-- readme-example[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(readme);
  if (!match?.[1]) throw new Error("README has no readme-example block");
  return match[1];
}

describe("README usage example", () => {
  it("runs as written against a local server", async () => {
    vi.stubEnv("AWS_REGION", "us-east-1");
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKID");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "SECRET");
    vi.stubEnv("AWS_ENDPOINT_URL_PARTNERCENTRAL_BENEFITS", "");
    vi.stubEnv("AWS_ENDPOINT_URL", server.url);
    const source = readmeExample().replaceAll(
      '"@pc-benefits/client"',
      JSON.stringify(pathToFileURL(join(packageDir, "src/generated/index.ts")).href),
    );
    const dir = mkdtempSync(join(packageDir, "test", ".readme-"));
    const logs: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      logs.push(args.join(" "));
    });
    try {
      const file = join(dir, "example.ts");
      writeFileSync(file, source);
      await import(pathToFileURL(file).href);
    } finally {
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(logs).toEqual([
      "MAP credits rid-1",
      "ben-1 ACTIVE",
      "ben-2 INACTIVE",
      "not found: no such benefit",
    ]);
    expect(server.requests.map((r) => JSON.parse(r.body))).toContainEqual({
      Catalog: "AWS",
      MaxResults: 50,
      NextToken: "p2",
    });
  });
});
