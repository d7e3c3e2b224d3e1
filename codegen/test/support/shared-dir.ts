/**
 * The folder of reference material that lives beside the repository (`<repo root>/../shared`, or
 * `PCB_SHARED_DIR`): published AWS models, Smithy's own trait definitions. Suites that read it skip,
 * with a visible warning, where it is absent.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export const sharedDir = process.env.PCB_SHARED_DIR ?? join(repoRoot, "..", "shared");

/** `<shared>/<relative>` when it exists; otherwise warns that `suite` is skipped and returns undefined. */
export function sharedPath(relative: string, suite: string): string | undefined {
  const path = join(sharedDir, relative);
  if (existsSync(path)) return path;
  console.warn(`${suite}: SKIPPING: ${path} not found (set PCB_SHARED_DIR to the shared reference folder).`);
  return undefined;
}
