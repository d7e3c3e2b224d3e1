/**
 * The changeset of a model change (`.changeset/model-api-changes.md`, one file with a stable name
 * that each `pnpm codegen diff --changeset` rewrites whole), and the check that pending changesets
 * (or versions already bumped since the base) cover the bumps a model change calls for.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Change } from "./change.js";
import { readFileAt } from "./git.js";
import { BUMPS, type Bump, type PackageBump } from "./packages.js";

export const CHANGESET_FILE = "model-api-changes.md";

/** The changeset text: front matter naming every package and its bump, then the changes. */
export function renderChangeset(
  bumps: readonly PackageBump[],
  changes: readonly Change[],
  base: string,
): string {
  const front = bumps.map((b) => `"${b.name}": ${b.bump}`).join("\n");
  const lines =
    changes.length === 0
      ? ["- the generated code changed without a change to the API model's shapes or traits"]
      : changes.map((c) => `- ${c.severity}: ${c.message.replace(/\s+/g, " ")} (${c.rule})`);
  return `---\n${front}\n---\n\nAPI model changes since ${base}:\n\n${lines.join("\n")}\n`;
}

/**
 * Writes the changeset, or removes a stale one when the change releases no package. Returns what
 * happened to `.changeset/model-api-changes.md`.
 */
export function writeChangeset(
  root: string,
  bumps: readonly PackageBump[],
  changes: readonly Change[],
  base: string,
): "written" | "removed" | "none" {
  const path = join(root, ".changeset", CHANGESET_FILE);
  if (bumps.length === 0) {
    if (!existsSync(path)) return "none";
    rmSync(path);
    return "removed";
  }
  writeFileSync(path, renderChangeset(bumps, changes, base));
  return "written";
}

export interface ParsedChangeset {
  releases: { name: string; type: string }[];
  summary: string;
}

/**
 * Changesets' own parser, the repository root's dependency (the one `changeset version` and
 * `scripts/check-changesets.mjs` use).
 */
export function changesetParser(repoRoot: string): (text: string) => ParsedChangeset {
  const require = createRequire(join(repoRoot, "package.json"));
  const module = require("@changesets/parse") as
    | ((text: string) => ParsedChangeset)
    | { default: (text: string) => ParsedChangeset };
  return typeof module === "function" ? module : module.default;
}

/** The largest bump each package gets from the pending changesets in `<root>/.changeset`. */
export function pendingBumps(root: string, repoRoot: string): Map<string, Bump> {
  const dir = join(root, ".changeset");
  const out = new Map<string, Bump>();
  if (!existsSync(dir)) return out;
  const parse = changesetParser(repoRoot);
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".md") || name === "README.md") continue;
    let parsed: ParsedChangeset;
    try {
      parsed = parse(readFileSync(join(dir, name), "utf8"));
    } catch {
      continue; // `lint:repo` reports changesets that do not parse
    }
    for (const release of parsed.releases) {
      if (!BUMPS.includes(release.type as Bump)) continue;
      const known = out.get(release.name);
      const bump = release.type as Bump;
      if (!known || BUMPS.indexOf(bump) > BUMPS.indexOf(known)) out.set(release.name, bump);
    }
  }
  return out;
}

/** The bump from one version to another (`undefined` when not higher). */
export function versionBump(from: string, to: string): Bump | undefined {
  const a = from.split(/[.+-]/).slice(0, 3).map(Number);
  const b = to.split(/[.+-]/).slice(0, 3).map(Number);
  for (const [i, bump] of (["major", "minor", "patch"] as const).entries()) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (y > x) return bump;
    if (y < x) return undefined;
  }
  return undefined;
}

export interface Uncovered {
  name: string;
  needed: Bump;
  /** What pending changesets give it, if anything. */
  pending?: Bump;
}

/**
 * The required bumps that neither a pending changeset nor a version already bumped since the base
 * commit (after `changeset version`, before the release tag) covers.
 */
export function uncoveredBumps(
  root: string,
  repoRoot: string,
  baseCommit: string,
  bumps: readonly PackageBump[],
): Uncovered[] {
  const pending = pendingBumps(root, repoRoot);
  const out: Uncovered[] = [];
  for (const b of bumps) {
    const given = pending.get(b.name);
    if (given && BUMPS.indexOf(given) >= BUMPS.indexOf(b.bump)) continue;
    const oldManifest = readFileAt(root, baseCommit, `${b.dir}/package.json`);
    const oldVersion = oldManifest ? (JSON.parse(oldManifest) as { version?: string }).version : undefined;
    const released = oldVersion ? versionBump(oldVersion, b.version) : undefined;
    if (released && BUMPS.indexOf(released) >= BUMPS.indexOf(b.bump)) continue;
    out.push(given ? { name: b.name, needed: b.bump, pending: given } : { name: b.name, needed: b.bump });
  }
  return out;
}
