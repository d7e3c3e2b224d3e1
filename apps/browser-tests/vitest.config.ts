import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

// The MSW walk and the portal journeys (test/portal/) each launch Chromium; run them one file at a time.
export default mergeConfig(
  shared,
  defineConfig({ test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], fileParallelism: false } }),
);
