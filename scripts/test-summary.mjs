#!/usr/bin/env node
// Sums the vitest JSON reports that every workspace package writes to .reports/vitest.json
// (turbo restores them on a cache hit) and prints one closing line: "tests: N passed, N failed".
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { root, workspaceDirs } from "./workspace.mjs";

const dirs = workspaceDirs();

let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const dir of dirs) {
  const file = join(root, dir, ".reports", "vitest.json");
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  rows.push(`  ${dir}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(rows.join("\n"));
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
