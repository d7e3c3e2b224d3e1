// The workspace's package folders (pnpm-workspace.yaml: codegen, packages/*, apps/*), relative to the root.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const root = new URL("..", import.meta.url).pathname;

export function workspaceDirs() {
  return [
    "codegen",
    ...["packages", "apps"].flatMap((d) =>
      existsSync(join(root, d)) ? readdirSync(join(root, d)).map((p) => join(d, p)) : [],
    ),
  ];
}
