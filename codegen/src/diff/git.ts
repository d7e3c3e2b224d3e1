/**
 * The git side of `pnpm codegen diff`: which commit to compare with, the model files at that
 * commit (read from git's object store, never checked out), and whether `model/` changed since.
 */
import { execFileSync } from "node:child_process";
import type { SourceText } from "../model/sources.js";

/** A git command failed: a bad ref, or not a repository. The message is for people. */
export class GitError extends Error {
  override name = "GitError";
}

/** The folder is not in a git work tree (an unpacked tarball): there is nothing to compare with. */
export class NotARepositoryError extends GitError {
  override name = "NotARepositoryError";
}

export interface Base {
  /** The ref as given or found: a tag, `origin/main`, `HEAD` or what `--base` named. */
  ref: string;
  /** The commit compared with (for `origin/<branch>`, its merge base with HEAD). */
  commit: string;
}

function git(root: string, args: readonly string[], input?: string): string {
  try {
    return execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["pipe", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
      ...(input !== undefined ? { input } : {}),
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(stderr || (error instanceof Error ? error.message : String(error)));
  }
}

function tryGit(root: string, args: readonly string[]): string | undefined {
  try {
    return git(root, args).trim();
  } catch {
    return undefined;
  }
}

/**
 * The commit to compare with: `explicit` when given; else the newest release tag of the packages
 * reachable from HEAD (`<package>@<version>`, as `changeset publish` tags them); else the merge base
 * of `origin/<baseBranch>` and HEAD; else HEAD.
 */
export function resolveBase(
  root: string,
  options: { explicit?: string; packageNames: readonly string[]; baseBranch: string },
): Base {
  if (tryGit(root, ["rev-parse", "--is-inside-work-tree"]) !== "true") {
    throw new NotARepositoryError(`${root} is not inside a git work tree`);
  }
  if (options.explicit !== undefined) {
    const commit = tryGit(root, ["rev-parse", "--verify", "--quiet", `${options.explicit}^{commit}`]);
    if (!commit) throw new GitError(`unknown git ref "${options.explicit}"`);
    return { ref: options.explicit, commit };
  }
  if (options.packageNames.length > 0) {
    const matches = options.packageNames.flatMap((name) => ["--match", `${name}@*`]);
    const tag = tryGit(root, ["describe", "--tags", "--abbrev=0", ...matches, "HEAD"]);
    const commit = tag && tryGit(root, ["rev-parse", "--verify", "--quiet", `${tag}^{commit}`]);
    if (tag && commit) return { ref: tag, commit };
  }
  const remote = `origin/${options.baseBranch}`;
  const remoteCommit = tryGit(root, ["rev-parse", "--verify", "--quiet", `refs/remotes/${remote}^{commit}`]);
  if (remoteCommit) {
    const mergeBase = tryGit(root, ["merge-base", remoteCommit, "HEAD"]);
    return { ref: remote, commit: mergeBase || remoteCommit };
  }
  const head = tryGit(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (!head) throw new GitError("the repository has no commit to compare with");
  return { ref: "HEAD", commit: head };
}

/** Whether a path under the model folder is a model file, by the rules `loadPaths` searches with. */
function isModelFile(path: string): boolean {
  const parts = path.split("/");
  if (parts.some((p) => p.startsWith(".") || p === "node_modules")) return false;
  return path.endsWith(".smithy") || path.endsWith(".json");
}

/**
 * The model files under `dir` (repository-relative) at `commit`, as in-memory sources named
 * `<ref>:<path>` (git's own notation), so diagnostics point at the version they come from.
 */
export function readModelAt(root: string, base: Base, dir: string): SourceText[] {
  const listing = git(root, ["ls-tree", "-r", "-z", "--name-only", base.commit, "--", `${dir}/`]);
  const paths = listing
    .split("\0")
    .filter((p) => p !== "" && isModelFile(p.slice(dir.length + 1)))
    .sort();
  if (paths.length === 0) return [];
  const output = execBatch(
    root,
    paths.map((p) => `${base.commit}:${p}`),
  );
  return paths.map((path, i) => ({ path: `${base.ref}:${path}`, text: output[i] as string }));
}

/** `git cat-file --batch`: the contents of every `<commit>:<path>`, in order, in one process. */
function execBatch(root: string, objects: readonly string[]): string[] {
  let raw: Buffer;
  try {
    raw = execFileSync("git", ["cat-file", "--batch"], {
      cwd: root,
      input: `${objects.join("\n")}\n`,
      stdio: ["pipe", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    throw new GitError(error instanceof Error ? error.message : String(error));
  }
  const out: string[] = [];
  let offset = 0;
  for (const object of objects) {
    const eol = raw.indexOf(0x0a, offset);
    const header = raw.subarray(offset, eol).toString("utf8");
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!match) throw new GitError(`cannot read ${object}: ${header}`);
    const size = Number(match[1]);
    out.push(raw.subarray(eol + 1, eol + 1 + size).toString("utf8"));
    offset = eol + 1 + size + 1;
  }
  return out;
}

/** Whether anything under `dir` differs between `commit` and the working tree (untracked files too). */
export function modelChanged(root: string, commit: string, dir: string): boolean {
  const changed = git(root, ["diff", "--name-only", commit, "--", `${dir}/`]).trim();
  if (changed !== "") return true;
  return git(root, ["ls-files", "--others", "--exclude-standard", "--", `${dir}/`]).trim() !== "";
}

/** A file's contents at `commit`, or undefined when it does not exist there. */
export function readFileAt(root: string, commit: string, path: string): string | undefined {
  try {
    return git(root, ["show", `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}
