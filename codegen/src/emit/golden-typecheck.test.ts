/**
 * Every emitter's committed golden output for the Weather model (`test/fixtures/weather/golden/`: client,
 * protocol, MSW, OpenAPI), typechecked as it stands on disk in one `tsc` program, with the hand-written runtimes
 * it imports resolvable: the golden files are copied into a temporary project laid out like the repository
 * (`.snap` suffixes dropped), beside shims of the real runtimes (see `test/compile/generated-project.ts`), and
 * the package names they import point at the copy's generated protocol code, not at the repository's own
 * Benefits packages: `@pc-benefits/protocol/models` at the golden models, `@pc-benefits/protocol` at a shim of
 * the real package whose `serviceSchema` is the golden one. A type error in a golden fails here.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  compile,
  generatedFiles,
  initProject,
  linkRuntimes,
  REPO_ROOT,
} from "../../test/compile/generated-project.js";
import { WEATHER_GOLDEN } from "../../test/fixtures/index.js";

/** Golden folders and the package each one is the generated folder of. */
const GOLDEN_PACKAGES = ["client", "protocol", "msw", "openapi"] as const;

/** The hand-written modules of packages/openapi that read its generated types. */
const OPENAPI_SOURCES = ["operations.ts", "types.ts"];

let project: string;
let service: string;
const copied: Record<string, string[]> = {};

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)).map((p) => `${e.name}/${p}`) : [e.name],
  );
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "pcb-golden-typecheck-"));
  initProject(project);
  service = join(project, "weather");
  for (const pkg of GOLDEN_PACKAGES) {
    copied[pkg] = [];
    for (const file of listFiles(join(WEATHER_GOLDEN, pkg))) {
      const target = join(service, "packages", pkg, "src/generated", file.replace(/\.snap$/, ""));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(WEATHER_GOLDEN, pkg, file), target);
      copied[pkg].push(relative(service, target));
    }
  }
  for (const name of OPENAPI_SOURCES) {
    copyFileSync(join(REPO_ROOT, "packages/openapi/src", name), join(service, "packages/openapi/src", name));
  }
  linkRuntimes(service);
  const schema = join(service, "packages/protocol/src/generated/schema.js");
  writeFileSync(
    join(project, "protocol-package.ts"),
    `export * from ${JSON.stringify(join(REPO_ROOT, "packages/protocol/src/index.js"))};\n` +
      `export { serviceSchema } from ${JSON.stringify(schema)};\n`,
  );
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the Weather goldens of every emitter", () => {
  it.each(GOLDEN_PACKAGES)("include TypeScript for the %s package", (pkg) => {
    expect(copied[pkg]?.some((path) => path.endsWith(".ts"))).toBe(true);
  });

  it("typecheck together, with the runtimes they import, under the repository's strict settings", () => {
    const generated = join(service, "packages/protocol/src/generated");
    const files = [
      ...generatedFiles(service, { openapi: true }),
      ...OPENAPI_SOURCES.map((name) => join(service, "packages/openapi/src", name)),
    ];
    expect(files.length).toBeGreaterThan(GOLDEN_PACKAGES.length);
    const messages = compile(project, files, {
      paths: {
        "@pc-benefits/protocol": [join(project, "protocol-package.ts")],
        "@pc-benefits/protocol/models": [join(generated, "models/index.ts")],
      },
    });
    expect(Object.fromEntries(messages)).toEqual({});
  }, 120_000);
});
