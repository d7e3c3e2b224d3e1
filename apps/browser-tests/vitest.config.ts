import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Suites share 2 cores with the other packages under turbo: generous limits, no timed assertions.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
  },
});
