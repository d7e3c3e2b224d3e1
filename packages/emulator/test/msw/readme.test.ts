/**
 * The "Testing with MSW" example in the README is test/msw/readme-example.test.ts (which vitest runs),
 * quoted verbatim with the package names in place of the relative imports.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

it("the README quotes the example suite verbatim", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const example = readFileSync(new URL("./readme-example.test.ts", import.meta.url), "utf8")
    .replaceAll('"../../src/index.js"', '"@pc-benefits/emulator"')
    .replaceAll('"../../src/transports/msw/index.js"', '"@pc-benefits/emulator/msw"')
    .trim();
  expect(example).toContain('from "@pc-benefits/emulator/msw"');
  const block =
    /<!-- readme-example: test\/msw\/readme-example\.test\.ts[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(readme);
  expect(block?.[1]?.trim()).toBe(example);
});
