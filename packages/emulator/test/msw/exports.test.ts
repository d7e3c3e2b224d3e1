/** The `@pc-benefits/emulator/msw` subpath: its exports, its package.json entry, and every public type. */
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  BenefitsMock,
  BenefitsMockOptions,
  FailureSpec,
  MockInput,
  MockOutput,
  MockResolver,
} from "../../src/transports/msw/index.js";
import * as entry from "../../src/transports/msw/index.js";

describe("@pc-benefits/emulator/msw", () => {
  it("exports createBenefitsMock and nothing else at run time", () => {
    expect(Object.keys(entry)).toEqual(["createBenefitsMock"]);
  });

  it("is a subpath export of the package, types first", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      exports: Record<string, Record<string, Record<string, string>>>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    // Dual build: ESM for import, CommonJS for require, types first in each.
    expect(pkg.exports["./msw"]).toEqual({
      import: { types: "./dist/transports/msw/index.d.ts", default: "./dist/transports/msw/index.js" },
      require: {
        types: "./dist/cjs/transports/msw/index.d.cts",
        default: "./dist/cjs/transports/msw/index.cjs",
      },
    });
    for (const condition of ["import", "require"]) {
      expect(Object.keys(pkg.exports["./msw"]?.[condition] ?? {})[0]).toBe("types");
    }
    expect(pkg.peerDependencies.msw).toMatch(/^\^2\./);
    expect(pkg.peerDependenciesMeta.msw?.optional).toBe(true);
  });

  it("keeps its public types", () => {
    expectTypeOf<MockInput<"GetBenefit">>().toHaveProperty("Identifier");
    expectTypeOf<MockOutput<"ListBenefits">>().toHaveProperty("BenefitSummaries");
    expectTypeOf<FailureSpec>().toHaveProperty("times");
    expectTypeOf<BenefitsMockOptions>().toHaveProperty("baseUrl");
    expectTypeOf<BenefitsMock["failNext"]>().parameter(0).toEqualTypeOf<MockResolverOperation>();
    expectTypeOf<MockResolver<"GetBenefit">>().parameter(0).toEqualTypeOf<MockInput<"GetBenefit">>();
  });
});

type MockResolverOperation = Parameters<BenefitsMock["override"]>[0];
