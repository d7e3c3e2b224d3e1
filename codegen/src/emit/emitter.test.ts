import { describe, expect, it } from "vitest";
import { generatedRootOf } from "./emitter.js";

describe("generatedRootOf", () => {
  it.each<[string, string | undefined]>([
    ["packages/client/src/generated/models/models.ts", "packages/client/src/generated"],
    ["packages/openapi/src/generated/openapi.json", "packages/openapi/src/generated"],
    ["packages/client/src/index.ts", undefined],
    ["src/generated/x.ts", undefined],
    ["/abs/src/generated/x.ts", undefined],
    ["packages/a/src/generated/../../evil.ts", undefined],
    ["packages/a//src/generated/x.ts", undefined],
    ["packages\\a\\src\\generated\\x.ts", undefined],
  ])("%s", (path, expected) => {
    expect(generatedRootOf(path)).toBe(expected);
  });
});
