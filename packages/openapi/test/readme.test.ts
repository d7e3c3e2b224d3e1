import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const example = readFileSync(new URL("./readme-example.ts", import.meta.url), "utf8");

describe("README usage example", () => {
  it("is test/readme-example.ts verbatim (minus the export line)", () => {
    const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(example.replace(/\nexport \{[^}]*\};\n$/, ""));
  });

  it("runs against the built package", async () => {
    const { operation, request, title, version } = await import("./readme-example.js");
    expect({ title, version }).toEqual({ title: "Partner Central Benefits API", version: "2018-05-10" });
    expect(operation?.path).toBe("/GetBenefit");
    expect(request.Catalog).toBe("AWS");
  });
});
