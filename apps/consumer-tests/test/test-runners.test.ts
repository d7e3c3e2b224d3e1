/**
 * The stateful mock (createBenefitsMock + msw's setupServer) with our client and the official one, in the
 * projects another team would have: Vitest + ESM, and CommonJS Jest 29 (ts-jest) and 30 (Babel), each set
 * up only as msw's own docs ask. With Node ^22.12 or 24, also Vitest 5 + msw 3.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { installedProjects, installedVersion, projectDir } from "./support/consumer-root.js";
import { nodeRunsMsw3 } from "./support/projects.js";
import { node } from "./support/run.js";

const SHARED_TESTS = 4;

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  success: boolean;
}

describe.each([
  ["esm-vitest4-msw2", "vitest", "4.", "2."],
  ["esm-vitest5-msw3", "vitest", "5.", "3."],
])("%s", (project, runner, runnerMajor, mswMajor) => {
  it.skipIf(!nodeRunsMsw3() && project.includes("msw3"))(
    "passes the shared suite (skipped below Node 22.12: msw 3 and Vitest 5 need it)",
    async () => {
      expect(installedProjects()).toContain(project);
      const dir = projectDir(project);
      expect(installedVersion(project, runner)).toMatch(new RegExp(`^${runnerMajor.replace(".", "\\.")}`));
      expect(installedVersion(project, "msw")).toMatch(new RegExp(`^${mswMajor.replace(".", "\\.")}`));
      const result = await node([join(dir, "node_modules/vitest/vitest.mjs"), "run"], {
        cwd: dir,
        allowFailure: true,
      });
      const report: JsonReport = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
      expect(report.numFailedTests, result.stdout + result.stderr).toBe(0);
      expect(report.numPassedTests).toBe(SHARED_TESTS);
      expect(result.code).toBe(0);
    },
  );
});

describe.each([
  ["jest29-ts-jest", "29."],
  ["jest30-babel", "30."],
])("%s (CommonJS)", (project, jestMajor) => {
  it("passes the shared suite", async () => {
    const dir = projectDir(project);
    expect(installedVersion(project, "jest")).toMatch(new RegExp(`^${jestMajor.replace(".", "\\.")}`));
    const result = await node(
      [join(dir, "node_modules/jest/bin/jest.js"), "--json", "--outputFile=report.json"],
      {
        cwd: dir,
        allowFailure: true,
      },
    );
    const report: JsonReport = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.numFailedTests, result.stdout + result.stderr).toBe(0);
    expect(report.numPassedTests).toBe(SHARED_TESTS);
    expect(result.code).toBe(0);
  });
});
