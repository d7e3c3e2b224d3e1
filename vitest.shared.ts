import { defineConfig } from "vitest/config";

/**
 * The Vitest settings every workspace package shares; each package's `vitest.config.ts` re-exports it
 * (or merges its own additions into it with `mergeConfig`).
 */
export default defineConfig({
  test: {
    // Suites share 2 cores with the other packages under turbo: generous limits, no timed assertions.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Read by scripts/test-summary.mjs for the `tests: N passed, N failed` line of `pnpm test`.
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
  },
});
