/**
 * The client emitter: a smithy-typescript-shaped client (`commands/`, `protocols/`, `pagination/`, the
 * bare and aggregated clients, and `models/index.ts` re-exporting the protocol package's models) over the
 * hand-written runtime in `packages/client/src/runtime/`. The models themselves are the protocol
 * emitter's (`emit/protocol/`).
 */
import type { ServiceIR } from "../../ir/types.js";
import type { Emitter, GeneratedFile } from "../emitter.js";
import { type ClientEmitterOptions, emitClients } from "./client.js";
import { emitCommands } from "./commands.js";
import { emitEntry } from "./entry.js";
import { clientModelsIndex } from "./models.js";
import { clientNames, DEFAULT_MODELS_MODULE, DEFAULT_OUT_DIR } from "./names.js";
import { emitPagination } from "./pagination.js";
import { emitProtocol } from "./protocol.js";

export type { ClientEmitterOptions } from "./client.js";

/** Options of the client emitter: the endpoint suffix, and where the models come from. */
export interface ClientEmitOptions extends Partial<ClientEmitterOptions> {
  /** Default `@pc-benefits/protocol/models`; a path relative to the generated root for a copy elsewhere. */
  modelsModule?: string;
}

/** Every generated client file, keyed by path relative to the generated root (`src/generated/`). */
export function emitClientFiles(ir: ServiceIR, options: ClientEmitOptions = {}): Map<string, string> {
  if (ir.protocol.name !== "awsJson1_0" && ir.protocol.name !== "awsJson1_1") {
    throw new Error(`the client emitter supports AWS JSON protocols only, not ${ir.protocol.name}`);
  }
  const names = clientNames(ir, options.modelsModule ?? DEFAULT_MODELS_MODULE);
  const resolved: ClientEmitterOptions = { endpointSuffix: options.endpointSuffix ?? "api.aws" };
  const files = new Map<string, string>();
  for (const part of [
    clientModelsIndex(ir, names),
    emitProtocol(ir, names),
    emitCommands(ir, names),
    emitPagination(ir, names),
    emitClients(ir, names, resolved),
    emitEntry(ir, names),
  ]) {
    for (const [path, contents] of part) files.set(path, contents);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Builds the emitter that writes into `outDir` (repository-relative). */
export function createClientEmitter(outDir = DEFAULT_OUT_DIR, options: ClientEmitOptions = {}): Emitter {
  return {
    name: "client",
    emit(ir: ServiceIR): GeneratedFile[] {
      return [...emitClientFiles(ir, options)].map(([path, contents]) => ({
        path: `${outDir}/${path}`,
        contents,
      }));
    },
  };
}

/** The registered client emitter: `packages/client/src/generated/`. */
export const clientEmitter: Emitter = createClientEmitter();
