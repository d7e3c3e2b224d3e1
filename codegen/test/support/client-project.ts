/**
 * A temporary copy of a generated client and the protocol models it imports, beside copies of the real
 * hand-written runtimes, for the emitter suites that typecheck or run the client generated from a small model:
 *
 *   <dir>/package.json                          { "type": "module" }
 *   <dir>/client/src/generated/...              the client emitter's output (models from the protocol copy)
 *   <dir>/client/src/{runtime,platform,...}/    packages/client/src's hand-written modules (no Node-only ones)
 *   <dir>/protocol/src/generated/models/...     the protocol emitter's models
 *   <dir>/protocol/src/runtime/...              packages/protocol/src/runtime's modules the models import
 *
 * `@pc-benefits/protocol/models` (the client runtime's import) becomes the copy's models, `#platform` the
 * portable module, `#network-cause` the full network-error module (what non-browser runtimes resolve), and
 * `@pc-benefits/protocol/sigv4` and `/wire` the real package's signer and wire helpers (they name no service), so
 * nothing resolves to the repository's own Benefits packages.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { emitClientFiles } from "../../src/emit/client/index.js";
import { emitModels } from "../../src/emit/client/models.js";
import { clientNames } from "../../src/emit/client/names.js";
import type { ServiceIR } from "../../src/ir/types.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const CLIENT_SRC = join(REPO, "packages/client/src");
const PROTOCOL_RUNTIME = join(REPO, "packages/protocol/src/runtime");
/** The real protocol package's portable SigV4 (no dependencies), which the client runtime signs with. */
const PROTOCOL_SIGV4 = join(REPO, "packages/protocol/src/sigv4/index.ts");
/** The real protocol package's wire helpers (base64, time forms; no dependencies). */
const PROTOCOL_WIRE = join(REPO, "packages/protocol/src/wire/index.ts");

/** From the client's generated root to the copy's protocol models. */
const MODELS_FROM_GENERATED = "../../../protocol/src/generated/models/index.ts";

/** The runtime modules the generated models import (and those modules' own imports). */
const MODEL_RUNTIME = ["service-exception.ts", "metadata.ts", "document-type.ts"];

export interface ClientProjectOptions {
  /** Rewrites each copied client runtime module's text (e.g. a bare import to a file URL). */
  rewrite?: (source: string) => string;
}

/** Writes the project into `dir` (existing); returns the path of the client's generated `index.ts`. */
export function writeClientProject(dir: string, ir: ServiceIR, options: ClientProjectOptions = {}): string {
  const put = (path: string, contents: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  };
  put("package.json", '{ "type": "module" }');
  for (const [path, contents] of emitClientFiles(ir, { modelsModule: MODELS_FROM_GENERATED })) {
    put(`client/src/generated/${path}`, contents);
  }
  for (const [path, contents] of emitModels(ir, clientNames(ir)))
    put(`protocol/src/generated/${path}`, contents);
  for (const name of MODEL_RUNTIME) {
    put(`protocol/src/runtime/${name}`, readFileSync(join(PROTOCOL_RUNTIME, name), "utf8"));
  }
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(CLIENT_SRC, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (path !== "generated") walk(path);
        continue;
      }
      if (!entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) continue;
      if (entry.name.startsWith("node") || path === "platform/node.ts") continue;
      const depth = path.split("/").length - 1;
      const models = `${"../".repeat(depth + 2)}protocol/src/generated/models/index.js`;
      const platform = relative(dirname(join("/x", path)), "/x/platform/portable.js");
      const networkCause = relative(dirname(join("/x", path)), "/x/runtime/network-error.js");
      let source = readFileSync(join(CLIENT_SRC, path), "utf8")
        .replaceAll('from "@pc-benefits/protocol/models"', `from ${JSON.stringify(models)}`)
        .replaceAll(
          'from "@pc-benefits/protocol/sigv4"',
          `from ${JSON.stringify(PROTOCOL_SIGV4.replace(/\.ts$/, ".js"))}`,
        )
        .replaceAll(
          'from "@pc-benefits/protocol/wire"',
          `from ${JSON.stringify(PROTOCOL_WIRE.replace(/\.ts$/, ".js"))}`,
        )
        .replaceAll(
          'from "#platform"',
          `from ${JSON.stringify(platform.startsWith(".") ? platform : `./${platform}`)}`,
        )
        .replaceAll(
          'from "#network-cause"',
          `from ${JSON.stringify(networkCause.startsWith(".") ? networkCause : `./${networkCause}`)}`,
        );
      if (options.rewrite) source = options.rewrite(source);
      put(`client/src/${path}`, source);
    }
  };
  walk("");
  return join(dir, "client/src/generated/index.ts");
}
