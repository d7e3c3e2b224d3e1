/** `--fixtures <file|demo>`: the built-in demo set, or a JSON file in the fixtures format, checked in full. */
import { readFileSync } from "node:fs";
import {
  demoFixtures,
  type EmulatorFixtures,
  type FixtureIssue,
  validateFixtures,
} from "@pc-benefits/emulator";

/** The name that selects `demoFixtures` instead of a file (`./demo` reads a file called demo). */
export const DEMO_FIXTURES = "demo";

/** Every problem, one per line: `--fixtures f.json: fixtures.applications[2].status: must be one of …`. */
export function describeFixtureIssues(source: string, issues: readonly FixtureIssue[]): string {
  return issues.map((issue) => `--fixtures ${source}: ${issue.path}: ${issue.message}`).join("\n");
}

/** Reads and checks `source` against the catalogs of `seed`; returns the fixtures or an error message. */
export function readFixtures(source: string, seed: string): EmulatorFixtures | string {
  if (source === DEMO_FIXTURES) return demoFixtures;
  let text: string;
  try {
    text = readFileSync(source, "utf8");
  } catch {
    return `--fixtures ${source}: cannot be read`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `--fixtures ${source}: not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const result = validateFixtures(parsed, { seed });
  return result.ok ? result.fixtures : describeFixtureIssues(source, result.issues);
}
