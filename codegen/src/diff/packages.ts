/**
 * From model changes to package versions. A published package changes when the generators'
 * output for it differs between the two models (both run through today's emitters, in memory), or
 * when it is hand-written on top of such a package (the emulator: it serves the API the generated
 * packages describe, so it bumps with them). The bump follows the changes:
 *
 * - any breaking change: major (minor while the package is 0.x);
 * - dangerous or compatible changes: minor;
 * - documentation only (or an output change no rule names): patch.
 *
 * The bump is decided for the release as a whole, not per package: a package whose output changed
 * at all takes the bump the whole set of changes calls for.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generatedRootOf } from "../emit/emitter.js";
import { emitters } from "../emit/index.js";
import { buildServiceIR, IrBuildError } from "../ir/build.js";
import type { Model } from "../model/model.js";
import { type Change, DOCUMENTATION_RULES, hasBreaking } from "./change.js";
import { DiffError } from "./model-diff.js";

export type Bump = "major" | "minor" | "patch";

export const BUMPS: readonly Bump[] = ["patch", "minor", "major"];

export interface WorkspacePackage {
  /** Repository-relative folder, e.g. `packages/client`. */
  dir: string;
  name: string;
  version: string;
  private: boolean;
  /** Names of the workspace packages it depends on (dependencies and peerDependencies). */
  dependsOn: string[];
}

export interface PackageBump {
  name: string;
  dir: string;
  version: string;
  bump: Bump;
  /** Why it is in the release: its generated output changed, or the packages it builds on did. */
  reason: string;
}

/** The workspace's packages, from `pnpm-workspace.yaml` (plain folders and `folder/*` patterns). */
export function readWorkspace(root: string): WorkspacePackage[] {
  const file = join(root, "pnpm-workspace.yaml");
  const patterns = existsSync(file)
    ? [...readFileSync(file, "utf8").matchAll(/^\s*-\s*["']?([^"'\s#]+)["']?/gm)].map((m) => m[1] as string)
    : [];
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.endsWith("/*")) return [pattern];
    const parent = pattern.slice(0, -2);
    const abs = join(root, parent);
    return existsSync(abs) ? readdirSync(abs).map((name) => `${parent}/${name}`) : [];
  });
  const raw = dirs.flatMap((dir) => {
    const path = join(root, dir, "package.json");
    if (!existsSync(path)) return [];
    const pkg = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    return typeof pkg.name === "string" ? [{ dir, pkg }] : [];
  });
  const names = new Set(raw.map((r) => r.pkg.name as string));
  return raw
    .map(({ dir, pkg }) => ({
      dir,
      name: pkg.name as string,
      version: typeof pkg.version === "string" ? pkg.version : "0.0.0",
      private: pkg.private === true,
      dependsOn: ["dependencies", "peerDependencies"]
        .flatMap((key) => Object.keys((pkg[key] as Record<string, string> | undefined) ?? {}))
        .filter((dep) => names.has(dep)),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The bump a set of changes calls for, before the 0.x rule. */
export function bumpFor(changes: readonly Change[]): Bump {
  if (hasBreaking(changes)) return "major";
  if (changes.length > 0 && changes.some((c) => !DOCUMENTATION_RULES.has(c.rule))) return "minor";
  return "patch";
}

/** While a package is 0.x, a breaking change is a minor bump (semver's 0.y.z convention). */
export function bumpForVersion(bump: Bump, version: string): Bump {
  return bump === "major" && version.startsWith("0.") ? "minor" : bump;
}

export function maxBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

/** Every generated file, grouped by the package folder it belongs to (`packages/x`). */
export async function generatedByPackage(
  model: Model,
  root: string,
  serviceId?: string,
): Promise<Map<string, Map<string, string>>> {
  let ir: ReturnType<typeof buildServiceIR>;
  try {
    ir = buildServiceIR(model, serviceId);
  } catch (error) {
    if (error instanceof IrBuildError) throw new DiffError(error.message);
    throw error;
  }
  const out = new Map<string, Map<string, string>>();
  for (const emitter of emitters) {
    for (const file of await emitter.emit(ir, { root })) {
      const generated = generatedRootOf(file.path);
      if (generated === undefined) continue;
      const dir = generated.slice(0, -"/src/generated".length);
      const files = out.get(dir) ?? new Map<string, string>();
      files.set(file.path, file.contents);
      out.set(dir, files);
    }
  }
  return out;
}

function sameFiles(
  a: ReadonlyMap<string, string> | undefined,
  b: ReadonlyMap<string, string> | undefined,
): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [path, contents] of a) if (b.get(path) !== contents) return false;
  return true;
}

/**
 * The published packages a model change releases, with their bumps: those whose generated output
 * differs, then (transitively) published packages without generated output that depend on one.
 */
export async function packageBumps(
  root: string,
  before: Model,
  after: Model,
  changes: readonly Change[],
  serviceId?: string,
): Promise<PackageBump[]> {
  const workspace = readWorkspace(root);
  const oldOutput = await generatedByPackage(before, root, serviceId);
  const newOutput = await generatedByPackage(after, root, serviceId);
  const generatedDirs = new Set([...oldOutput.keys(), ...newOutput.keys()]);
  const level = bumpFor(changes);
  const bumps = new Map<string, PackageBump>();
  for (const pkg of workspace) {
    if (pkg.private || !generatedDirs.has(pkg.dir)) continue;
    if (sameFiles(oldOutput.get(pkg.dir), newOutput.get(pkg.dir))) continue;
    bumps.set(pkg.name, {
      name: pkg.name,
      dir: pkg.dir,
      version: pkg.version,
      bump: bumpForVersion(level, pkg.version),
      reason: "generated code changed",
    });
  }
  // hand-written packages on top of changed ones, until nothing more is added
  for (let added = true; added; ) {
    added = false;
    for (const pkg of workspace) {
      if (pkg.private || generatedDirs.has(pkg.dir) || bumps.has(pkg.name)) continue;
      const deps = pkg.dependsOn.filter((dep) => bumps.has(dep));
      if (deps.length === 0) continue;
      bumps.set(pkg.name, {
        name: pkg.name,
        dir: pkg.dir,
        version: pkg.version,
        bump: bumpForVersion(level, pkg.version),
        reason: `builds on ${deps.join(", ")}`,
      });
      added = true;
    }
  }
  return [...bumps.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}
