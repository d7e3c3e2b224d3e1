#!/usr/bin/env node
// Reads every pending changeset with changesets' own parser and checks that it names workspace packages
// that are published, so `pnpm version-packages` cannot fail on a changeset a formatter or a typo broke.
// Exits 1 with `path: message` for each bad file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import parse from "@changesets/parse";
import { root, workspaceDirs } from "./workspace.mjs";

const dir = join(root, ".changeset");

/** Names of the workspace packages changesets may bump (not private). */
function publishable() {
  const names = new Set();
  for (const pkgDir of workspaceDirs()) {
    const file = join(root, pkgDir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    if (!pkg.private) names.add(pkg.name);
  }
  return names;
}

const known = publishable();
const problems = [];
let count = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith(".md") || name === "README.md") continue;
  const path = `.changeset/${name}`;
  let changeset;
  try {
    changeset = parse(readFileSync(join(dir, name), "utf8"));
  } catch (error) {
    problems.push(`${path}: not a changeset (${String(error.message).split("\n")[0]})`);
    continue;
  }
  count++;
  if (changeset.releases.length === 0) problems.push(`${path}: names no package`);
  for (const release of changeset.releases) {
    if (!known.has(release.name))
      problems.push(`${path}: "${release.name}" is not a published workspace package`);
    if (!["major", "minor", "patch"].includes(release.type)) {
      problems.push(`${path}: "${release.name}" has bump "${release.type}" (major, minor or patch)`);
    }
  }
  if (changeset.summary.trim() === "") problems.push(`${path}: has no summary`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`changesets: ${count} valid`);
