/** The temporary folder the global setup installed the projects in (outside the workspace). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function consumerRoot(): string {
  const root = process.env.PCB_CONSUMER_ROOT;
  if (!root || !existsSync(root))
    throw new Error("PCB_CONSUMER_ROOT is not set: run through vitest.config.ts");
  return root;
}

export function projectDir(project: string): string {
  return join(consumerRoot(), project);
}

export function installedProjects(): string[] {
  return JSON.parse(readFileSync(join(consumerRoot(), "projects.json"), "utf8"));
}

/** The version npm installed of a package in a project. */
export function installedVersion(project: string, name: string): string {
  return JSON.parse(readFileSync(join(projectDir(project), "node_modules", name, "package.json"), "utf8"))
    .version;
}
