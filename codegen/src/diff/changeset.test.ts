import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findRepoRoot } from "../cli-main.js";
import type { Change } from "./change.js";
import { changesetParser, pendingBumps, renderChangeset, versionBump, writeChangeset } from "./changeset.js";
import type { Bump, PackageBump } from "./packages.js";

const REPO = findRepoRoot();

const bumps: PackageBump[] = [
  {
    name: "@scope/client",
    dir: "packages/client",
    version: "0.1.0",
    bump: "minor",
    reason: "generated code changed",
  },
  {
    name: "@scope/emulator",
    dir: "packages/emulator",
    version: "0.1.0",
    bump: "minor",
    reason: "builds on @scope/client",
  },
];
const changes: Change[] = [
  {
    severity: "breaking",
    rule: "RemovedMember",
    shapeId: "ex#A$b",
    message: "Member `b` was removed from `ex#A`",
  },
  { severity: "compatible", rule: "AddedShape", shapeId: "ex#Op", message: "Added operation `ex#Op`" },
];

describe("renderChangeset", () => {
  it("names each package with its bump and lists the changes, and changesets' parser reads it back", () => {
    const text = renderChangeset(bumps, changes, "origin/main (0123456789ab)");
    expect(text).toBe(
      [
        "---",
        '"@scope/client": minor',
        '"@scope/emulator": minor',
        "---",
        "",
        "API model changes since origin/main (0123456789ab):",
        "",
        "- breaking: Member `b` was removed from `ex#A` (RemovedMember)",
        "- compatible: Added operation `ex#Op` (AddedShape)",
        "",
      ].join("\n"),
    );
    const parsed = changesetParser(REPO)(text);
    expect(parsed.releases).toEqual([
      { name: "@scope/client", type: "minor" },
      { name: "@scope/emulator", type: "minor" },
    ]);
    expect(parsed.summary).toContain("(RemovedMember)");
  });
});

describe("versionBump", () => {
  const rows: [string, string, Bump | undefined][] = [
    ["0.1.0", "0.2.0", "minor"],
    ["0.1.0", "0.1.1", "patch"],
    ["1.4.2", "2.0.0", "major"],
    ["0.1.0", "0.1.0", undefined],
    ["0.2.0", "0.1.5", undefined],
  ];
  it.each(rows)("%s -> %s is %s", (from, to, bump) => {
    expect(versionBump(from, to)).toBe(bump);
  });
});

describe("writeChangeset and pendingBumps", () => {
  const root = mkdtempSync(join(tmpdir(), "pcb-changeset-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, ".changeset"));

  it("writes one stable file, takes the largest pending bump per package, and removes a stale file", () => {
    writeFileSync(join(root, ".changeset/README.md"), "# not a changeset\n");
    writeFileSync(
      join(root, ".changeset/other.md"),
      '---\n"@scope/client": patch\n"@scope/msw": major\n---\n\nText.\n',
    );
    expect(writeChangeset(root, bumps, changes, "HEAD (0123456789ab)")).toBe("written");
    expect(readFileSync(join(root, ".changeset/model-api-changes.md"), "utf8")).toContain("(AddedShape)");
    expect(pendingBumps(root, REPO)).toEqual(
      new Map([
        ["@scope/client", "minor"],
        ["@scope/emulator", "minor"],
        ["@scope/msw", "major"],
      ]),
    );
    expect(writeChangeset(root, [], [], "HEAD (0123456789ab)")).toBe("removed");
    expect(writeChangeset(root, [], [], "HEAD (0123456789ab)")).toBe("none");
    expect(pendingBumps(root, REPO).get("@scope/client")).toBe("patch");
  });
});
