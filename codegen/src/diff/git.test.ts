import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GitError, modelChanged, NotARepositoryError, readModelAt, resolveBase } from "./git.js";

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function git(root: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function commit(root: string, message: string): string {
  git(root, "add", "model");
  git(
    root,
    "-c",
    "user.email=t@example.com",
    "-c",
    "user.name=t",
    "-c",
    "commit.gpgsign=false",
    "commit",
    "-q",
    "-m",
    message,
  );
  return git(root, "rev-parse", "HEAD");
}

function repo(): string {
  const root = mkdtempSync(join(tmpdir(), "pcb-git-"));
  temps.push(root);
  git(root, "init", "-q", "-b", "main");
  write(root, "model/a.smithy", "// a\n");
  commit(root, "one");
  return root;
}

const options = { packageNames: ["@scope/client"], baseBranch: "main" };

describe("resolveBase", () => {
  it("takes --base as given, and refuses an unknown ref", () => {
    const root = repo();
    expect(resolveBase(root, { ...options, explicit: "HEAD" })).toEqual({
      ref: "HEAD",
      commit: git(root, "rev-parse", "HEAD"),
    });
    expect(() => resolveBase(root, { ...options, explicit: "nope" })).toThrow(
      new GitError('unknown git ref "nope"'),
    );
  });

  it("prefers the newest release tag of a package, then the merge base with origin/main, then HEAD", () => {
    const upstream = repo();
    const root = mkdtempSync(join(tmpdir(), "pcb-git-clone-"));
    temps.push(root);
    git(tmpdir(), "clone", "-q", upstream, root);
    const forked = git(root, "rev-parse", "HEAD");
    // upstream moves on; the clone works on a branch from the old main
    write(upstream, "model/a.smithy", "// upstream\n");
    commit(upstream, "upstream");
    git(root, "fetch", "-q");
    git(root, "checkout", "-q", "-b", "work");
    write(root, "model/a.smithy", "// work\n");
    const work = commit(root, "work");
    expect(resolveBase(root, options)).toEqual({ ref: "origin/main", commit: forked });

    git(root, "tag", "@scope/client@0.2.0", work);
    git(root, "tag", "unrelated-tag", work);
    expect(resolveBase(root, options)).toEqual({ ref: "@scope/client@0.2.0", commit: work });

    const alone = repo();
    expect(resolveBase(alone, options)).toEqual({ ref: "HEAD", commit: git(alone, "rev-parse", "HEAD") });
  });

  it("says when the folder is not a git work tree", () => {
    const root = mkdtempSync(join(tmpdir(), "pcb-no-git-"));
    temps.push(root);
    expect(() => resolveBase(root, options)).toThrow(NotARepositoryError);
  });
});

describe("readModelAt and modelChanged", () => {
  it("reads the model files a directory search would find, as <ref>:path sources", () => {
    const root = repo();
    write(root, "model/nested/b.json", "{}\n");
    write(root, "model/README.md", "# not a model\n");
    write(root, "model/.hidden/c.smithy", "// hidden\n");
    const head = commit(root, "more");
    expect(readModelAt(root, { ref: "v1", commit: head }, "model")).toEqual([
      { path: "v1:model/a.smithy", text: "// a\n" },
      { path: "v1:model/nested/b.json", text: "{}\n" },
    ]);
  });

  it("sees edited and untracked files under model/, and nothing else", () => {
    const root = repo();
    const head = git(root, "rev-parse", "HEAD");
    expect(modelChanged(root, head, "model")).toBe(false);
    write(root, "other/x.txt", "x\n");
    expect(modelChanged(root, head, "model")).toBe(false);
    write(root, "model/new.smithy", "// new\n");
    expect(modelChanged(root, head, "model")).toBe(true);
    rmSync(join(root, "model/new.smithy"));
    write(root, "model/a.smithy", "// edited\n");
    expect(modelChanged(root, head, "model")).toBe(true);
  });
});
