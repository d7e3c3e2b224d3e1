/**
 * The test runners of the installed projects, run as their own bins with the Node running this suite. Each
 * writes a JSON report to `report.json` in the project (Vitest through the project's `vitest.config.js`,
 * Jest through `--json --outputFile`); both use Jest's JSON report format.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectDir } from "./consumer-root.js";
import { node, type RunResult } from "./run.js";

export type RunnerName = "vitest" | "jest";

/** The runner's bin, relative to the project, and its arguments. */
export const RUNNERS: Record<RunnerName, { bin: string; args: readonly string[] }> = {
  vitest: { bin: "node_modules/vitest/vitest.mjs", args: ["run"] },
  jest: { bin: "node_modules/jest/bin/jest.js", args: ["--json", "--outputFile=report.json"] },
};

/** The members of the JSON report the suite reads. */
export interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  success: boolean;
}

export interface SuiteRun {
  result: RunResult;
  report: JsonReport;
  /** The runner's stdout and stderr, for assertion messages. */
  output: string;
}

/** Runs the project's tests with its runner; resolves with the exit code, the output and the report. */
export async function runProjectSuite(project: string, runner: RunnerName): Promise<SuiteRun> {
  const dir = projectDir(project);
  const { bin, args } = RUNNERS[runner];
  const result = await node([join(dir, bin), ...args], { cwd: dir, allowFailure: true });
  const output = result.stdout + result.stderr;
  let report: JsonReport;
  try {
    report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
  } catch (error) {
    throw new Error(`${runner} wrote no readable report.json in ${project} (${String(error)})\n${output}`);
  }
  return { result, report, output };
}

/** A pattern for a version of that major (`"4."` matches 4.1.0, not 14.0.0). */
export function majorPattern(major: string): RegExp {
  return new RegExp(`^${major.replaceAll(".", "\\.")}`);
}
