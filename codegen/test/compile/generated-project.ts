/**
 * A temporary TypeScript project holding the generated code of many services, compiled by one
 * `tsc` program:
 *
 *   <dir>/package.json                        { "type": "module" }
 *   <dir>/node_modules -> packages/msw/node_modules   (msw, @types/node for the generated MSW code)
 *   <dir>/<service>/packages/<pkg>/src/generated/...  written by `generate({ outRoot })`
 *   <dir>/<service>/packages/<pkg>/src/runtime/<m>.ts one-line `export *` shims of the real runtime modules
 *
 * The shims make every service's `../runtime/x.js` import resolve to the one real runtime file, so
 * the runtimes are checked once, not once per service. The client and MSW emitters import the
 * protocol's models and schema by relative path (the package names would resolve to the repository's
 * own Benefits packages); everything else is what `pnpm codegen` writes.
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { createClientEmitter } from "../../src/emit/client/index.js";
import type { Emitter } from "../../src/emit/emitter.js";
import { createMswEmitter } from "../../src/emit/msw/index.js";
import { createOpenApiEmitter } from "../../src/emit/openapi/index.js";
import { protocolEmitter } from "../../src/emit/protocol/index.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Packages whose generated code imports a hand-written `src/runtime/`. */
const RUNTIME_PACKAGES = ["client", "protocol", "msw"] as const;

/** The protocol package's generated root, from another package's generated root. */
const PROTOCOL_GENERATED = "../../../protocol/src/generated";

/** The registered emitters, with the client's and MSW's package imports pointed inside the service's folder. */
export function projectEmitters(options: { openapi: boolean }): Emitter[] {
  return [
    ...(options.openapi ? [createOpenApiEmitter({ outDir: "packages/openapi/src/generated" })] : []),
    protocolEmitter,
    createClientEmitter(undefined, { modelsModule: `${PROTOCOL_GENERATED}/models/index.ts` }),
    createMswEmitter({
      packageDir: "packages/msw",
      modelsModule: `${PROTOCOL_GENERATED}/models/index.js`,
      schemaModule: `${PROTOCOL_GENERATED}/schema.js`,
    }),
  ];
}

/** Makes `dir` (existing, empty) a project root. */
export function initProject(dir: string): void {
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ type: "module", private: true })}\n`);
  symlinkSync(join(REPO_ROOT, "packages", "msw", "node_modules"), join(dir, "node_modules"), "dir");
}

/** Writes the runtime shims beside a service's generated folders. */
export function linkRuntimes(serviceDir: string): void {
  for (const pkg of RUNTIME_PACKAGES) {
    const real = join(REPO_ROOT, "packages", pkg, "src", "runtime");
    const shims = join(serviceDir, "packages", pkg, "src", "runtime");
    mkdirSync(shims, { recursive: true });
    for (const name of readdirSync(real)) {
      if (!name.endsWith(".ts") || name.endsWith(".test.ts")) continue;
      const target = join(real, name).replace(/\.ts$/, ".js");
      writeFileSync(join(shims, name), `export * from ${JSON.stringify(target)};\n`);
    }
  }
}

/** Every `.ts` file under a service's `packages/*\/src/generated/`, optionally without the OpenAPI package. */
export function generatedFiles(serviceDir: string, options: { openapi: boolean }): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".ts")) out.push(path);
    }
  };
  for (const pkg of ["openapi", "protocol", "client", "msw"]) {
    if (pkg === "openapi" && !options.openapi) continue;
    walk(join(serviceDir, "packages", pkg, "src", "generated"));
  }
  return out.sort();
}

/**
 * The repository's strict compiler options (tsconfig.base.json), for a no-emit check; `paths` entries
 * replace the default ones of the same specifier.
 */
function compilerOptions(paths: Readonly<Record<string, string[]>> = {}): ts.CompilerOptions {
  const base = join(REPO_ROOT, "tsconfig.base.json");
  const read = ts.readConfigFile(base, (p) => ts.sys.readFile(p));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, REPO_ROOT);
  return {
    ...parsed.options,
    noEmit: true,
    declaration: false,
    declarationMap: false,
    sourceMap: false,
    types: ["node"],
    skipLibCheck: true,
    // Package-name and `#` imports of the runtimes (and of the protocol the client and MSW runtimes use) read
    // the sources, so the check needs no build.
    paths: {
      "@pc-benefits/protocol": [join(REPO_ROOT, "packages/protocol/src/index.ts")],
      "@pc-benefits/protocol/models": [join(REPO_ROOT, "packages/protocol/src/generated/models/index.ts")],
      "@pc-benefits/protocol/sigv4": [join(REPO_ROOT, "packages/protocol/src/sigv4/index.ts")],
      "@pc-benefits/protocol/wire": [join(REPO_ROOT, "packages/protocol/src/wire/index.ts")],
      "@pc-benefits/protocol/node": [join(REPO_ROOT, "packages/protocol/src/node.ts")],
      "#platform": [join(REPO_ROOT, "packages/client/src/platform/portable.ts")],
      "#network-cause": [join(REPO_ROOT, "packages/client/src/runtime/network-error.ts")],
      "#sigv4": [join(REPO_ROOT, "packages/protocol/src/platform/portable.ts")],
      ...paths,
    },
  };
}

/**
 * Type-checks `files` as one program; returns the messages per folder directly under `dir` (one
 * per service), as `path:line:col: message`. Messages about files elsewhere (a runtime) go under "".
 * `options.paths` maps more package specifiers (or maps the default ones elsewhere).
 */
export function compile(
  dir: string,
  files: readonly string[],
  options: { paths?: Readonly<Record<string, string[]>> } = {},
): Map<string, string[]> {
  const program = ts.createProgram(files, compilerOptions(options.paths));
  const out = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? "";
    const rel = relative(dir, file);
    const service = file !== "" && !rel.startsWith("..") ? (rel.split(sep)[0] ?? "") : "";
    const where =
      d.file && d.start !== undefined
        ? (() => {
            const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
            return `${service ? rel : file}:${line + 1}:${character + 1}: `;
          })()
        : "";
    const list = out.get(service) ?? [];
    list.push(`${where}${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    out.set(service, list);
  }
  return out;
}
