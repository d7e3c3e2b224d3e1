/**
 * What installing the stateful MSW mock costs a user, against msw alone. Goals: at most 15 packages and 5 MB
 * installed beyond what `msw` alone installs; `createBenefitsMock` in a browser bundle at most 80 KB gzip
 * (esbuild, minified, msw external as the peer it is; the figure with msw bundled is shown beside it).
 * Run: `pnpm bench` (turbo task `bench`) or `node --import tsx bench/install-size.ts` in packages/emulator,
 * after `pnpm build`: it packs @pc-benefits/protocol, @pc-benefits/msw and @pc-benefits/emulator with
 * `pnpm pack`, and installs them with npm into temporary folders outside the workspace.
 */

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const PACKAGES_DIR = new URL("../..", import.meta.url).pathname;
const LIGHT_PACKAGES = ["protocol", "msw", "emulator"];
/** The msw the comparison installs (the emulator's own devDependency range). */
const MSW = "msw@^2.15.0";
const GOALS = { packages: 15, bytes: 5 * 1024 * 1024, gzipBytes: 80 * 1024 };

interface Footprint {
  packages: number;
  bytes: number;
}

/** Every installed package folder (scoped ones included, nested node_modules too) and the bytes on disk. */
function footprint(nodeModules: string): Footprint {
  let packages = 0;
  let bytes = 0;
  const walk = (dir: string, isModulesDir: boolean): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) {
        if (
          isModulesDir &&
          !entry.name.startsWith("@") &&
          entry.name !== ".bin" &&
          !entry.name.startsWith(".")
        ) {
          packages++;
        }
        walk(path, entry.name === "node_modules" || (isModulesDir && entry.name.startsWith("@")));
      } else if (entry.isFile()) bytes += statSync(path).size;
    }
  };
  walk(nodeModules, true);
  return { packages, bytes };
}

function npmInstall(dir: string, specs: string[]): Footprint {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "install-size", private: true, type: "module" }),
  );
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...specs],
    {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return footprint(join(dir, "node_modules"));
}

async function bundleSize(dir: string, mswExternal: boolean): Promise<{ minified: number; gzip: number }> {
  const entry = join(dir, "entry.js");
  writeFileSync(
    entry,
    'import { createBenefitsMock } from "@pc-benefits/emulator/msw";\nexport const mock = createBenefitsMock();\n',
  );
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    absWorkingDir: dir,
    external: mswExternal ? ["msw", "msw/*"] : [],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.byteLength, gzip: gzipSync(code).byteLength };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export async function measureInstallSize(): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), "pcb-install-size-"));
  try {
    const packs = join(work, "packs");
    mkdirSync(packs);
    const tarballs = LIGHT_PACKAGES.map((name) => {
      const out = execFileSync("pnpm", ["pack", "--pack-destination", packs], {
        cwd: join(PACKAGES_DIR, name),
        encoding: "utf8",
      });
      const tarball = out.trim().split("\n").pop() ?? "";
      return tarball.startsWith("/") ? tarball : join(packs, tarball);
    });
    const alone = npmInstall(join(work, "msw-alone"), [MSW]);
    const withMock = npmInstall(join(work, "with-mock"), [MSW, ...tarballs]);
    const extra = { packages: withMock.packages - alone.packages, bytes: withMock.bytes - alone.bytes };
    const external = await bundleSize(join(work, "with-mock"), true);
    const bundled = await bundleSize(join(work, "with-mock"), false);

    const ok =
      extra.packages <= GOALS.packages && extra.bytes <= GOALS.bytes && external.gzip <= GOALS.gzipBytes;
    console.log(`### Install size (npm, ${MSW}; @pc-benefits/${LIGHT_PACKAGES.join(", @pc-benefits/")} packed)

| install                                         | packages | on disk  |
| ----------------------------------------------- | -------- | -------- |
| msw alone                                       | ${alone.packages} | ${mb(alone.bytes)} |
| msw + @pc-benefits/msw + @pc-benefits/emulator  | ${withMock.packages} | ${mb(withMock.bytes)} |
| beyond msw (goal <= ${GOALS.packages} packages, <= ${mb(GOALS.bytes)})   | ${extra.packages} | ${mb(extra.bytes)} |

createBenefitsMock in a browser bundle (esbuild, minified): msw external ${kb(external.minified)}, ${kb(external.gzip)} gzip (goal <= ${kb(GOALS.gzipBytes)}); msw bundled ${kb(bundled.minified)}, ${kb(bundled.gzip)} gzip.
${ok ? "All goals met." : "GOAL MISSED."}`);
    return ok;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // A missed goal is reported in the table, not as a failure, so the other benches still run.
  measureInstallSize().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
