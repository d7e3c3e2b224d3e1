import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

// Unit tests beside the portal's code, and the console tour's end-to-end test.
export default mergeConfig(
  shared,
  defineConfig({ test: { include: ["src/**/*.test.ts", "tour/**/*.test.ts"] } }),
);
