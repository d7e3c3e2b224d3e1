import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GENERATED_HEADER } from "../emitter.js";
import { openapiTypes, wrapLongDocComments } from "./typescript-types.js";

const doc = (title: string) => ({
  openapi: "3.1.0",
  info: { title, version: "1" },
  paths: {},
  components: { schemas: { Thing: { type: "object", properties: { name: { type: "string" } } } } },
});

// Loading openapi-typescript (TypeScript compiler + Redocly) takes seconds on a busy machine.
beforeAll(() => import("openapi-typescript"), 60_000);

describe("openapiTypes", () => {
  const document = doc("A");
  const json = JSON.stringify(document);

  it("runs openapi-typescript and stamps the output", async () => {
    const out = await openapiTypes(document, json);
    expect(out.startsWith(`${GENERATED_HEADER}\nexport type paths`)).toBe(true);
    expect(out).toContain("name?: string;");
    expect(out).toMatch(
      /\n\/\/ openapi-typescript \S+; input sha256:[0-9a-f]{64}; output sha256:[0-9a-f]{64}\n$/,
    );
  });

  /** A previous output with a valid stamp but a body openapi-typescript would never print. */
  function forged(fresh: string, body: string): string {
    const [, version, input] = /openapi-typescript (\S+); input sha256:([0-9a-f]{64})/.exec(fresh) ?? [];
    const hash = createHash("sha256").update(body).digest("hex");
    return `${GENERATED_HEADER}\n${body}// openapi-typescript ${version}; input sha256:${input}; output sha256:${hash}\n`;
  }

  it("reuses a previous output whose stamp matches the document and body", async () => {
    const fresh = await openapiTypes(document, json);
    const previous = forged(fresh, "export type Cached = true;\n");
    expect(await openapiTypes(document, json, previous)).toBe(previous);
  });

  it.each<[string, (fresh: string) => string]>([
    ["a hand-edited body", (fresh) => fresh.replace("name?: string;", "name?: number;")],
    ["a missing header", (fresh) => fresh.slice(GENERATED_HEADER.length + 1)],
    ["a missing stamp", (fresh) => fresh.slice(0, fresh.lastIndexOf("//"))],
    [
      "another version",
      (fresh) => forged(fresh, "x\n").replace(/openapi-typescript \S+;/, "openapi-typescript 0.0.1;"),
    ],
  ])("regenerates over %s", async (_name, previous) => {
    const fresh = await openapiTypes(document, json);
    expect(await openapiTypes(document, json, previous(fresh))).toBe(fresh);
  });

  it("regenerates when the document changed", async () => {
    const before = await openapiTypes(document, json);
    const other = doc("B");
    const after = await openapiTypes(other, JSON.stringify(other), before);
    expect(after).not.toBe(before);
    expect(after).toBe(await openapiTypes(other, JSON.stringify(other)));
  });
});

describe("wrapLongDocComments", () => {
  it("turns a one-line doc comment longer than the line width into a wrapped block, keeping its indent", () => {
    const text = `${"x".repeat(60)} ${"y".repeat(60)}`;
    expect(wrapLongDocComments(`    /** @description ${text} */\nconst a = 1;\n`)).toBe(
      `    /**\n     * @description ${"x".repeat(60)}\n     * ${"y".repeat(60)}\n     */\nconst a = 1;\n`,
    );
  });

  it("leaves a doc comment that fits, and other lines, as they are", () => {
    const text = `  /** @description short */\n  a: "${"z".repeat(120)}";\n`;
    expect(wrapLongDocComments(text)).toBe(text);
  });
});
