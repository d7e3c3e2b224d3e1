#!/usr/bin/env node
// The CommonJS half of a package's dual build; run in the package folder after `tsc -p tsconfig.build.json`
// has written the ESM build to dist/ (`"build": "tsc -p tsconfig.build.json && node ../../scripts/build-cjs.mjs"`).
//
// Every dist/**/*.js becomes dist/cjs/**/*.cjs, one file for one file, so the CommonJS tree has the same
// modules as the ESM one (a class is one class however an entry point reaches it). Each file's own
// relative imports become `require`s of the mirrored .cjs files; `#name` imports stay (the package's
// `imports` map gives each a `require` target); a dependency that ships CommonJS stays a `require`; a
// dependency that is ESM only (faker, @noble/hashes) is bundled into the file that imports it, tree-shaken
// to what that file uses, so Jest and `require` load the package without ESM support. `import.meta.url`
// becomes the file's own URL. Each x.d.ts is copied to dist/cjs/x.d.cts (imports rewritten to .cjs), which
// TypeScript reads as CommonJS. The .cjs extension, rather than a nested package.json, keeps the one
// package.json at the root the scope of every file, as Node, bundlers and publint expect.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { build } from "esbuild";

const packageDir = process.cwd();
const dist = join(packageDir, "dist");
const out = join(dist, "cjs");

rmSync(out, { recursive: true, force: true });

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === out ? [] : walk(path);
    return [path];
  });
}

const files = walk(dist);
const scripts = files.filter((f) => f.endsWith(".js"));

function formatOf(file) {
  if (file.endsWith(".cjs")) return "commonjs";
  if (file.endsWith(".mjs")) return "module";
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const pj = join(dir, "package.json");
    if (existsSync(pj)) return JSON.parse(readFileSync(pj, "utf8")).type === "module" ? "module" : "commonjs";
  }
  return "commonjs";
}
// Whether `require(specifier)` gets CommonJS (then it stays a require), as Jest's resolver and Node before
// require(esm) see it: the `require` condition, not `module-sync`.
const loadsAsCommonJs = new Map();

const keepOwnModulesApart = {
  name: "keep-own-modules-apart",
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData?.probe) return undefined;
      if (args.kind === "entry-point") return undefined;
      const fromOwnBuild =
        args.importer.startsWith(dist) && !args.importer.includes(`${sep}node_modules${sep}`);
      if (fromOwnBuild && args.path.startsWith(".")) return { path: toCjsPath(args.path), external: true };
      if (fromOwnBuild && args.path.startsWith("#")) return { path: args.path, external: true };
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      if (args.path.startsWith(".") || args.path.startsWith("/")) return undefined; // inside a bundled dependency
      const key = `${args.resolveDir}\0${args.path}`;
      if (!loadsAsCommonJs.has(key)) {
        const probe = await b.resolve(args.path, {
          kind: "require-call",
          resolveDir: args.resolveDir,
          pluginData: { probe: true },
        });
        loadsAsCommonJs.set(key, probe.errors.length === 0 && formatOf(probe.path) === "commonjs");
      }
      return loadsAsCommonJs.get(key) ? { path: args.path, external: true } : undefined;
    });
  },
};

const toCjsPath = (path) => path.replace(/\.js$/, ".cjs");

await Promise.all(
  scripts.map(async (file) => {
    const text = readFileSync(file, "utf8");
    const usesImportMeta = text.includes("import.meta");
    await build({
      entryPoints: [file],
      outfile: join(out, toCjsPath(relative(dist, file))),
      bundle: true,
      format: "cjs",
      platform: "node",
      target: "node20",
      conditions: [], // without esbuild's default `module` condition, which would pick msw's ESM for a require
      write: true,
      logLevel: "warning",
      sourcemap: false,
      legalComments: "inline",
      plugins: [keepOwnModulesApart],
      ...(usesImportMeta
        ? {
            define: { "import.meta.url": "__importMetaUrl" },
            banner: { js: 'var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
          }
        : {}),
    });
  }),
);

// Relative specifiers in declarations: `from "./x.js"`, `import("./x.js")`.
const relativeJs = /((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']*?)\.js(["'])/g;
for (const file of files.filter((f) => f.endsWith(".d.ts"))) {
  const target = join(out, relative(dist, file)).replace(/\.d\.ts$/, ".d.cts");
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, readFileSync(file, "utf8").replace(relativeJs, "$1$2.cjs$3"));
}
