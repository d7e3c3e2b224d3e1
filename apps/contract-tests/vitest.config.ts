import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Suites share 2 cores with the other packages under turbo: generous limits, no timed assertions.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The type-level contract (test/*.test-d.ts) runs through tsc as part of `vitest run`.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.typecheck.json" },
    // The SDK's notice that its 2027 releases will need Node 22 says nothing about this suite.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
  },
});
