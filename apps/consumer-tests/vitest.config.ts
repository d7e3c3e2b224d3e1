import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      // Packs every package and installs the projects with npm once, before any test file runs.
      globalSetup: ["./test/support/install-projects.ts"],
      // npm installs and child test runners: generous limits on a shared 2-core machine (no timed assertions).
      testTimeout: 300_000,
      hookTimeout: 600_000,
      // The child runners use both cores themselves.
      fileParallelism: false,
    },
  }),
);
