#!/usr/bin/env node
// A published package's build, run in its folder (`"build": "node ../../scripts/build-package.mjs"`):
// a clean dist/, the ESM build and declarations from `tsc -p tsconfig.build.json` (which extends
// tsconfig.build.base.json), then the CommonJS build in dist/cjs (build-cjs.mjs). A new package adopts it
// with a tsconfig.build.json like its siblings' and the same `exports` layout (`import` / `require`, types
// first; see packages/client/package.json).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

rmSync(join(process.cwd(), "dist"), { recursive: true, force: true });
const tsc = createRequire(join(process.cwd(), "package.json")).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
await import("./build-cjs.mjs");
