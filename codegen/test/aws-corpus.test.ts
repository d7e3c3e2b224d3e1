/**
 * Every model AWS publishes loads: no ERROR from the loader or the validators (warnings are fine,
 * as in Smithy). The corpus lives outside the repository; without it the suite is skipped, loudly.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../src/model/diagnostic.js";
import { loadPaths } from "../src/model/load.js";
import { translatePattern } from "../src/model/pattern/java-regex.js";
import { sharedPath } from "./support/shared-dir.js";

const corpus = sharedPath("aws-models", "aws-corpus");
const models = corpus
  ? readdirSync(corpus)
      .filter((name) => name.endsWith(".json"))
      .sort()
  : [];

describe.skipIf(!corpus)("every published AWS model", () => {
  it("finds the models", () => {
    expect(models.length).toBeGreaterThan(300);
  });

  // a large model takes a second or two; more on a busy machine
  it.each(models)("%s loads without errors", { timeout: 60_000 }, (name) => {
    const { model, diagnostics } = loadPaths([join(corpus as string, name)]);
    const errors = diagnostics.filter((d) => d.severity === "ERROR").map(formatDiagnostic);
    expect(errors, `${name}:\n${errors.join("\n")}`).toEqual([]);
    expect(model).toBeDefined();
  });

  it("has an ECMAScript equivalent for every @pattern", () => {
    const patterns = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (typeof node === "object" && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if (key === "smithy.api#pattern" && typeof value === "string") patterns.add(value);
          else collect(value);
        }
      }
    };
    for (const name of models) collect(JSON.parse(readFileSync(join(corpus as string, name), "utf8")));
    expect(patterns.size).toBeGreaterThan(1000);
    const without = [...patterns].filter((p) => translatePattern(p).kind !== "ecma");
    expect(without).toEqual([]);
  });
});
