/**
 * Generates one protocol-test service's client and protocol (models, schema table) into a temporary copy of
 * the packages: `<tmp>/packages/{client,protocol}/src/generated/` written by `generate({ outRoot })`, the
 * client importing the copy's models by relative path, beside links to
 * everything else of the real packages (`src/runtime/`, `package.json`, `node_modules`, ...), so the
 * generated code imports the runtime under test, and the runtime its dependencies, as in the repository.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createClientEmitter } from "../../src/emit/client/index.js";
import { protocolEmitter } from "../../src/emit/protocol/index.js";
import { generate } from "../../src/generate.js";
import { formatDiagnostic } from "../../src/model/diagnostic.js";

export interface GeneratedPackages {
  /** Absolute path of the temporary root. */
  root: string;
  /** Imports a module of the generated client, by path relative to its `src/generated/`. */
  importClient(path: string): Promise<Record<string, unknown>>;
  /** Imports a generated module of the protocol package (models, schema), by path relative to its `src/generated/`. */
  importProtocol(path: string): Promise<Record<string, unknown>>;
  /** Imports a module of the real protocol runtime (`packages/protocol/src/runtime/`). */
  importProtocolRuntime(path: string): Promise<Record<string, unknown>>;
  /** Imports the real protocol package's public entry point (`@pc-benefits/protocol`, from its source). */
  importProtocolPackage(): Promise<Record<string, unknown>>;
  remove(): void;
}

const PACKAGES = ["client", "protocol"] as const;

/** The client's models: the copy's protocol package, from the client's generated root. */
const MODELS_MODULE = "../../../protocol/src/generated/models/index.ts";

export async function generatePackages(
  repoRoot: string,
  modelPaths: readonly string[],
  serviceId: string,
): Promise<GeneratedPackages> {
  const root = mkdtempSync(join(tmpdir(), "pcb-protocol-tests-"));
  // The packages' tsconfig files extend the repository's.
  for (const entry of readdirSync(repoRoot)) {
    if (/^tsconfig.*\.json$/.test(entry)) symlinkSync(join(repoRoot, entry), join(root, entry));
  }
  for (const pkg of PACKAGES) {
    const real = join(repoRoot, "packages", pkg);
    const copy = join(root, "packages", pkg);
    mkdirSync(join(copy, "src"), { recursive: true });
    // Everything but the generated code is the real package's (package.json and its "imports",
    // node_modules, dist, the runtime), so the copy resolves and typechecks exactly as the package does.
    for (const entry of readdirSync(real)) {
      if (entry !== "src") symlinkSync(join(real, entry), join(copy, entry));
    }
    for (const entry of readdirSync(join(real, "src"))) {
      if (entry !== "generated") symlinkSync(join(real, "src", entry), join(copy, "src", entry));
    }
  }
  const result = await generate({
    root: repoRoot,
    outRoot: root,
    modelPaths,
    serviceId,
    emitters: [protocolEmitter, createClientEmitter(undefined, { modelsModule: MODELS_MODULE })],
  });
  if (result.failed) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(
      `codegen failed for ${serviceId}:\n${result.diagnostics.map(formatDiagnostic).join("\n")}`,
    );
  }
  const load = (path: string): Promise<Record<string, unknown>> => import(pathToFileURL(path).href);
  return {
    root,
    importClient: (path) => load(join(root, "packages/client/src/generated", path)),
    importProtocol: (path) => load(join(root, "packages/protocol/src/generated", path)),
    importProtocolRuntime: (path) => load(join(repoRoot, "packages/protocol/src/runtime", path)),
    importProtocolPackage: () => load(join(repoRoot, "packages/protocol/src/index.ts")),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
