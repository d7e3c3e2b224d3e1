/**
 * The model-change-to-release loop end to end, on a temporary git repository holding the Weather
 * model and copies of the published packages' package.json files: commit a model, change it, run
 * `codegen diff`, let `--check` fail, write the changeset, and check that changesets' own
 * `changeset version` then bumps exactly the packages (and versions) the diff asked for.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findRepoRoot } from "../../src/cli-main.js";
import { changesetParser } from "../../src/diff/changeset.js";
import { runDiff } from "../../src/diff/cli.js";
import { edit, WEATHER_EDITS, WEATHER_MODEL } from "./weather-edits.js";

const REPO = findRepoRoot();
const PACKAGES = ["openapi", "client", "server", "msw", "emulator"];
const CHANGESET = ".changeset/model-api-changes.md";
const parseChangeset = changesetParser(REPO);

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function git(root: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/**
 * A workspace like ours with the Weather model committed on `main`. `versions` overrides package
 * versions (by folder name) so the 1.x rule can be seen too.
 */
function workspace(versions: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "pcb-diff-"));
  temps.push(root);
  git(root, "init", "-q", "-b", "main");
  git(root, "config", "user.email", "test@example.com");
  git(root, "config", "user.name", "test");
  git(root, "config", "commit.gpgsign", "false");
  write(root, "package.json", `${JSON.stringify({ name: "release-loop", private: true }, null, 2)}\n`);
  write(root, "pnpm-workspace.yaml", "packages:\n  - packages/*\n");
  write(root, ".changeset/config.json", readFileSync(join(REPO, ".changeset/config.json"), "utf8"));
  for (const name of PACKAGES) {
    const pkg = JSON.parse(readFileSync(join(REPO, "packages", name, "package.json"), "utf8"));
    pkg.version = versions[name] ?? pkg.version;
    write(root, `packages/${name}/package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  // openapi-typescript's output for the unchanged document, so only the changed one is regenerated
  mkdirSync(join(root, "packages/openapi/src/generated"), { recursive: true });
  copyFileSync(
    join(REPO, "codegen/test/fixtures/weather/golden/openapi/openapi-types.ts"),
    join(root, "packages/openapi/src/generated/openapi-types.ts"),
  );
  write(root, "model/weather.smithy", WEATHER_MODEL);
  git(root, "add", "package.json", "pnpm-workspace.yaml", ".changeset", "packages", "model");
  git(root, "commit", "-q", "-m", "weather model");
  return root;
}

async function diff(
  root: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (s: string) => {
      stdout += s;
    },
    stderr: (s: string) => {
      stderr += s;
    },
  };
  const code = await runDiff(argv, io, { root, toolRoot: REPO });
  return { code, stdout, stderr };
}

function versions(root: string): Record<string, string> {
  return Object.fromEntries(
    PACKAGES.map((name) => {
      const pkg = JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8"));
      return [pkg.name, pkg.version];
    }),
  );
}

describe("codegen diff: from a model change to a release", () => {
  it("passes the check at once when model/ is unchanged", async () => {
    const root = workspace();
    const result = await diff(root, "--check");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(
      /^model\/ is unchanged since HEAD \([0-9a-f]{12}\): no changeset needed\n$/,
    );
  });

  it("diffs, fails the check, writes the changeset, and changeset version applies it", async () => {
    const root = workspace({ openapi: "1.0.0" });
    write(root, "model/weather.smithy", edit(WEATHER_MODEL, WEATHER_EDITS));

    // the table, then exit 1: two breaking changes
    const table = await diff(root);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(
      /^API changes against HEAD \([0-9a-f]{12}\): 2 breaking, 2 dangerous, 3 compatible\n/,
    );
    expect(table.stdout).toContain("RemovedEnumValue");

    // no changeset yet: the check fails and names the command that writes it
    const failing = await diff(root, "--check");
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain("RemovedEnumValue");
    expect(failing.stderr).toContain("@pc-benefits/client needs a minor bump");
    expect(failing.stderr).toContain("pnpm codegen diff --changeset");

    // write it: breaking -> major at 1.x, minor at 0.x; the emulator follows the packages it builds on
    const written = await diff(root, "--base", "HEAD", "--changeset", "--json");
    expect(written.code).toBe(1);
    expect(JSON.parse(written.stdout).changes).toHaveLength(7);
    expect(written.stderr).toContain(`wrote ${CHANGESET}`);
    const changeset = parseChangeset(readFileSync(join(root, CHANGESET), "utf8"));
    expect(changeset.releases).toEqual([
      { name: "@pc-benefits/client", type: "minor" },
      { name: "@pc-benefits/emulator", type: "minor" },
      { name: "@pc-benefits/msw", type: "minor" },
      { name: "@pc-benefits/openapi", type: "major" },
      { name: "@pc-benefits/server", type: "minor" },
    ]);
    expect(changeset.summary).toContain(
      'breaking: Enum value "stormy" (`STORMY`) was removed from `example.weather#Condition` (RemovedEnumValue)',
    );

    // the repository's own changeset check accepts it (run on this workspace, with our node_modules)
    for (const script of ["check-changesets.mjs", "workspace.mjs"]) {
      write(root, `scripts/${script}`, readFileSync(join(REPO, "scripts", script), "utf8"));
    }
    symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"));
    const checked = execFileSync(process.execPath, ["scripts/check-changesets.mjs"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(checked).toBe("changesets: 1 valid\n");

    // now covered
    const passing = await diff(root, "--check");
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain("pending changesets cover the model change");

    // changesets' own `changeset version` consumes it and bumps exactly these packages
    execFileSync(process.execPath, [join(REPO, "node_modules/@changesets/cli/bin.js"), "version"], {
      cwd: root,
      stdio: "pipe",
    });
    expect(existsSync(join(root, CHANGESET))).toBe(false);
    expect(versions(root)).toEqual({
      "@pc-benefits/openapi": "2.0.0",
      "@pc-benefits/client": "0.2.0",
      "@pc-benefits/server": "0.2.0",
      "@pc-benefits/msw": "0.2.0",
      "@pc-benefits/emulator": "0.2.0",
    });
    expect(readFileSync(join(root, "packages/client/CHANGELOG.md"), "utf8")).toContain("(RemovedEnumValue)");

    // after `changeset version` and before the release tag, the bumped versions cover the change
    const released = await diff(root, "--check");
    expect(released.code).toBe(0);
  });

  it("asks for a patch when only documentation changed", async () => {
    const root = workspace();
    const [docEdit] = WEATHER_EDITS.filter(([from]) => from.startsWith("/// Lists the known cities"));
    write(root, "model/weather.smithy", edit(WEATHER_MODEL, [docEdit as [string, string]]));
    const result = await diff(root, "--changeset");
    expect(result.code).toBe(0);
    const { releases } = parseChangeset(readFileSync(join(root, CHANGESET), "utf8"));
    expect(releases.length).toBeGreaterThan(0);
    expect(releases.every((r) => r.type === "patch")).toBe(true);
    expect(releases.map((r) => r.name)).toContain("@pc-benefits/client");
  });

  it("takes the base from the packages' last release tag", async () => {
    const root = workspace();
    git(root, "tag", "@pc-benefits/client@0.1.0");
    write(root, "model/weather.smithy", edit(WEATHER_MODEL, WEATHER_EDITS.slice(4, 5)));
    git(root, "commit", "-q", "-am", "a member");
    const result = await diff(root, "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      base: "@pc-benefits/client@0.1.0",
      changes: [
        {
          severity: "compatible",
          rule: "AddedMember",
          shapeId: "example.weather#ListCitiesInput$Language",
          message: "Member `Language` was added to `example.weather#ListCitiesInput`",
        },
      ],
    });
  });

  it.each([
    ["a bad ref", ["--base", "no-such-ref"], 'codegen diff: unknown git ref "no-such-ref"\n'],
    ["an unknown flag", ["--frobnicate"], "codegen diff: unknown argument --frobnicate\n"],
  ])("exits 2 on %s", async (_what, argv, message) => {
    const root = workspace();
    const result = await diff(root, ...argv);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
  });

  it("skips the check outside a git work tree, and the diff exits 2 there", async () => {
    const root = mkdtempSync(join(tmpdir(), "pcb-no-git-"));
    temps.push(root);
    write(root, "model/weather.smithy", WEATHER_MODEL);
    const check = await diff(root, "--check");
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^SKIPPING the model changeset check: .* is not inside a git work tree\n$/);
    const plain = await diff(root);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^codegen diff: .* is not inside a git work tree\n$/);
  });

  it("exits 2 with <ref>:path:line:col when the base model does not load", async () => {
    const root = workspace();
    write(root, "model/weather.smithy", WEATHER_MODEL.replace("structure GetForecastInput {", "structure {"));
    git(root, "commit", "-q", "-am", "broken");
    write(root, "model/weather.smithy", WEATHER_MODEL);
    const result = await diff(root, "--base", "HEAD");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^HEAD:model\/weather\.smithy:\d+:\d+: /);
  });

  it("exits 2 with path:line:col when a model does not load", async () => {
    const root = workspace();
    write(root, "model/weather.smithy", WEATHER_MODEL.replace("structure GetForecastInput {", "structure {"));
    const result = await diff(root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^\S+model\/weather\.smithy:\d+:\d+: /);
    expect(result.stderr).not.toContain("    at ");
  });
});
