/**
 * Vitest global setup: packs every published package with `pnpm pack` and installs the tarballs with npm
 * into projects in a temporary folder outside the workspace (so nothing resolves through the workspace's
 * node_modules), one `npm install` per project, concurrently, with npm's cache (`--prefer-offline`).
 * The test files read the folders from `PCB_CONSUMER_ROOT`.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGES, type PublishedPackage, projectManifests, tarballName, workspaceRoot } from "./projects.js";
import { run } from "./run.js";

export default async function setup(): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), "pcb-consumer-"));
  const tarballs = join(root, "tarballs");
  mkdirSync(tarballs);
  for (const pkg of PACKAGES) {
    await run("pnpm", ["pack", "--pack-destination", tarballs], {
      cwd: join(workspaceRoot, "packages", pkg.folder),
    });
  }
  const files = readdirSync(tarballs);
  const tarballOf = (pkg: PublishedPackage): string => {
    const file = tarballName(pkg);
    if (!files.includes(file))
      throw new Error(`pnpm pack wrote no ${file} for ${pkg.name} (found ${files.join(", ")})`);
    return join(tarballs, file);
  };

  const manifests = projectManifests(tarballOf);
  await Promise.all(
    Object.entries(manifests).map(async ([project, manifest]) => {
      const dir = join(root, project);
      cpSync(join(workspaceRoot, "apps/consumer-tests/projects", manifest.template), dir, {
        recursive: true,
      });
      cpSync(join(workspaceRoot, "apps/consumer-tests/projects/shared"), join(dir, "test"), {
        recursive: true,
      });
      writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest.packageJson, null, 2)}\n`);
      await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
        cwd: dir,
      });
    }),
  );
  writeFileSync(join(root, "projects.json"), JSON.stringify(Object.keys(manifests)));
  process.env.PCB_CONSUMER_ROOT = root;
  return () => {
    if (process.env.PCB_CONSUMER_KEEP) {
      process.stdout.write(`consumer projects kept in ${root}\n`);
      return;
    }
    rmSync(root, { recursive: true, force: true });
  };
}
