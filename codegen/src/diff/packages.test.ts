import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Change, ChangeSeverity } from "./change.js";
import { type Bump, bumpFor, bumpForVersion, maxBump, readWorkspace } from "./packages.js";

const change = (severity: ChangeSeverity, rule = "AnyRule"): Change => ({
  severity,
  rule,
  shapeId: "ex#A",
  message: "",
});

describe("bumpFor", () => {
  const rows: [string, Change[], Bump][] = [
    ["a breaking change", [change("compatible"), change("breaking")], "major"],
    ["a dangerous change", [change("dangerous")], "minor"],
    ["an addition", [change("compatible", "AddedMember")], "minor"],
    ["documentation only", [change("compatible", "ChangedDocumentation")], "patch"],
    [
      "documentation and an addition",
      [change("compatible", "ChangedDocumentation"), change("compatible")],
      "minor",
    ],
    ["no change a rule names (generated output changed all the same)", [], "patch"],
  ];
  it.each(rows)("%s", (_what, changes, bump) => {
    expect(bumpFor(changes)).toBe(bump);
  });
});

describe("bumpForVersion", () => {
  const rows: [Bump, string, Bump][] = [
    ["major", "0.1.0", "minor"],
    ["major", "1.2.3", "major"],
    ["minor", "0.1.0", "minor"],
    ["patch", "0.1.0", "patch"],
  ];
  it.each(rows)("%s at %s is %s", (bump, version, expected) => {
    expect(bumpForVersion(bump, version)).toBe(expected);
  });

  it("maxBump picks the larger", () => {
    expect([maxBump("patch", "minor"), maxBump("major", "minor"), maxBump("patch", "patch")]).toEqual([
      "minor",
      "major",
      "patch",
    ]);
  });
});

describe("readWorkspace", () => {
  const root = mkdtempSync(join(tmpdir(), "pcb-workspace-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("reads pnpm-workspace.yaml's folders and each package's workspace dependencies", () => {
    writeFileSync(join(root, "pnpm-workspace.yaml"), "packages:\n  - tool\n  - 'packages/*'\n");
    const manifests: Record<string, object> = {
      tool: { name: "tool", version: "1.0.0", private: true },
      "packages/a": { name: "a", version: "0.1.0" },
      "packages/b": {
        name: "b",
        version: "2.0.0",
        dependencies: { a: "workspace:^", hono: "^4" },
        peerDependencies: { tool: "*" },
      },
    };
    for (const [dir, pkg] of Object.entries(manifests)) {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, "package.json"), JSON.stringify(pkg));
    }
    mkdirSync(join(root, "packages/no-manifest"));
    expect(readWorkspace(root)).toEqual([
      { dir: "packages/a", name: "a", version: "0.1.0", private: false, dependsOn: [] },
      { dir: "packages/b", name: "b", version: "2.0.0", private: false, dependsOn: ["a", "tool"] },
      { dir: "tool", name: "tool", version: "1.0.0", private: true, dependsOn: [] },
    ]);
  });
});
