/**
 * The stateful mock (createBenefitsMock + msw's setupServer) with our client and the official one, in the
 * projects another team would have: Vitest + ESM, and CommonJS Jest 29 (ts-jest) and 30 (Babel), each set
 * up only as msw's own docs ask. With Node ^22.12 or 24, also Vitest 5 + msw 3.
 */
import { describe, expect, it } from "vitest";
import { installedProjects, installedVersion } from "./support/consumer-root.js";
import { majorPattern, type RunnerName, runProjectSuite } from "./support/project-runners.js";
import { nodeRunsMsw3 } from "./support/projects.js";

const SHARED_TESTS = 4;

/** [project, its runner, the runner's major, msw's major] */
const PROJECTS: [string, RunnerName, string, string][] = [
  ["esm-vitest4-msw2", "vitest", "4.", "2."],
  ["esm-vitest5-msw3", "vitest", "5.", "3."],
  ["jest29-ts-jest", "jest", "29.", "2."],
  ["jest30-babel", "jest", "30.", "2."],
];

describe.each(PROJECTS)("%s (%s)", (project, runner, runnerMajor, mswMajor) => {
  it.skipIf(!nodeRunsMsw3() && project.includes("msw3"))(
    "passes the shared suite (msw 3 and Vitest 5 are skipped below Node 22.12: they need it)",
    async () => {
      expect(installedProjects()).toContain(project);
      expect(installedVersion(project, runner)).toMatch(majorPattern(runnerMajor));
      expect(installedVersion(project, "msw")).toMatch(majorPattern(mswMajor));
      const { result, report, output } = await runProjectSuite(project, runner);
      expect(report.numFailedTests, output).toBe(0);
      expect(report.numPassedTests).toBe(SHARED_TESTS);
      expect(result.code).toBe(0);
    },
  );
});
