/**
 * `pnpm codegen`: loads `<root>/model` (or the given model paths), builds the IR of its service (or
 * the one named), runs every registered emitter and rewrites each `src/generated/` folder they write
 * to whole (stale files deleted, unchanged files left untouched), under the repository root or under
 * `outRoot`, formatted by the repository's formatter (Biome). With `check`, nothing is written and every missing, changed or extra file is listed.
 * Nothing outside `src/generated/` folders is ever written or deleted.
 */
import { type Dirent, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Emitter, type GeneratedFile, generatedRootOf } from "./emit/emitter.js";
import { FormatError, formatGeneratedFiles } from "./emit/format.js";
import { emitters as registeredEmitters } from "./emit/index.js";
import { buildServiceIR, IrBuildError } from "./ir/build.js";
import type { ServiceIR } from "./ir/types.js";
import type { Diagnostic } from "./model/diagnostic.js";
import { loadPaths } from "./model/load.js";

export interface GenerateOptions {
  /** Absolute path of the repository root. */
  root: string;
  /** Only compare; report stale files without writing. Default false. */
  check?: boolean;
  /** Model files/directories (absolute); default `<root>/model`. */
  modelPaths?: readonly string[];
  /** Emitters to run; default the registered ones (`emit/index.ts`). */
  emitters?: readonly Emitter[];
  /** Absolute shape ID of the service to generate; required when the model holds several. */
  serviceId?: string;
  /**
   * Absolute folder the generated files go to, laid out like the repository (each emitter's
   * `packages/<pkg>/src/generated/` lands at `<outRoot>/packages/<pkg>/src/generated/`); default `root`.
   * With `check`, the files there are compared. Use it to generate into a copy of the packages.
   */
  outRoot?: string;
  /**
   * Format the generated files with the repository's formatter (Biome, `<root>/biome.json`, one run of
   * `<root>/node_modules/.bin/biome` for all files), so they are what `biome format` makes of them. Default
   * true; suites that only compile the output may turn it off.
   */
  format?: boolean;
}

export interface GenerateResult {
  diagnostics: Diagnostic[];
  /** True when the model, the IR or an emitter failed; nothing was written then. */
  failed: boolean;
  /** Paths relative to `outRoot`: with `check`, those out of date; otherwise those written or deleted. */
  stale: string[];
  /** Number of generated files. */
  files: number;
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { root } = options;
  const check = options.check ?? false;
  const outRoot = options.outRoot ?? root;
  const loaded = loadPaths(options.modelPaths ? [...options.modelPaths] : [join(root, "model")]);
  const diagnostics = [...loaded.diagnostics];
  const fail = (message: string, shapeId?: string): GenerateResult => {
    const location = shapeId ? loaded.model?.shapes.get(shapeId)?.location : undefined;
    diagnostics.push({
      severity: "ERROR",
      id: "Codegen",
      message,
      ...(shapeId ? { shapeId } : {}),
      ...(location?.file ? { location } : {}),
    });
    return { diagnostics, failed: true, stale: [], files: 0 };
  };
  if (!loaded.model) return { diagnostics, failed: true, stale: [], files: 0 };

  let ir: ServiceIR;
  try {
    ir = buildServiceIR(loaded.model, options.serviceId);
  } catch (error) {
    if (error instanceof IrBuildError) {
      const message = error.services
        ? `the model defines ${error.services.length} services (${error.services.map((id) => `\`${id}\``).join(", ")}); name one with \`--service <shape-id>\` (option \`serviceId\`)`
        : error.message;
      return fail(`codegen: ${message}`, error.shapeId);
    }
    throw error;
  }

  const files = new Map<string, string>();
  for (const emitter of options.emitters ?? registeredEmitters) {
    let output: GeneratedFile[];
    try {
      output = await emitter.emit(ir, { root, outRoot });
    } catch (error) {
      return fail(
        `codegen: emitter \`${emitter.name}\` failed: ${error instanceof Error ? error.message : error}`,
      );
    }
    for (const file of output) {
      if (generatedRootOf(file.path) === undefined) {
        return fail(
          `codegen: emitter \`${emitter.name}\` wrote \`${file.path}\`, outside any src/generated/ folder`,
        );
      }
      if (files.has(file.path)) return fail(`codegen: \`${file.path}\` is generated twice`);
      files.set(file.path, file.contents);
    }
  }

  let output = files;
  if (options.format ?? true) {
    try {
      output = formatGeneratedFiles(files, root);
    } catch (error) {
      if (error instanceof FormatError) return fail(`codegen: ${error.message}`);
      throw error;
    }
  }

  const plan = planChanges(outRoot, output);
  const stale = [...plan.write.keys(), ...plan.remove].sort();
  if (!check) applyChanges(outRoot, plan);
  return { diagnostics, failed: false, stale, files: output.size };
}

interface Plan {
  /** Files to create or overwrite. */
  write: Map<string, string>;
  /** Files present on disk that no emitter produces any more. */
  remove: string[];
  roots: string[];
}

function planChanges(root: string, files: ReadonlyMap<string, string>): Plan {
  const roots = [...new Set([...files.keys()].map((p) => generatedRootOf(p) as string))].sort();
  const write = new Map<string, string>();
  const remove: string[] = [];
  for (const [path, contents] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (readIfExists(join(root, path)) !== contents) write.set(path, contents);
  }
  for (const dir of roots) {
    for (const path of listFiles(root, dir)) if (!files.has(path)) remove.push(path);
  }
  return { write, remove, roots };
}

function applyChanges(root: string, plan: Plan): void {
  for (const path of plan.remove) rmSync(join(root, path), { force: true });
  for (const [path, contents] of plan.write) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, contents);
  }
  for (const dir of plan.roots) removeEmptyDirs(join(root, dir), false);
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Repo-relative paths of all files under `dir` (repo-relative), recursively; none when it is missing. */
function listFiles(root: string, dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return listFiles(root, path);
    return [path];
  });
}

/** Removes empty sub-folders (and `dir` itself when `self`), bottom-up. */
function removeEmptyDirs(dir: string, self: boolean): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) if (e.isDirectory()) removeEmptyDirs(join(dir, e.name), true);
  if (self && readdirSync(dir).length === 0) rmdirSync(dir);
}
