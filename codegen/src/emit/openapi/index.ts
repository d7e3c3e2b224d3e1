/**
 * The OpenAPI emitter: `<outDir>/openapi.json` (the document), `openapi.ts` (the same document as a
 * typed constant) and `openapi-types.ts` (openapi-typescript's types of it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ServiceIR } from "../../ir/types.js";
import { type Emitter, GENERATED_HEADER, type GeneratedFile } from "../emitter.js";
import { buildOpenApiDocument } from "./document.js";
import { openapiTypes } from "./typescript-types.js";

export interface OpenApiEmitterOptions {
  /** Repo-relative generated folder, e.g. `packages/openapi/src/generated`. */
  outDir: string;
}

const TYPES_FILE = "openapi-types.ts";

export function createOpenApiEmitter(options: OpenApiEmitterOptions): Emitter {
  return {
    name: "openapi",
    emit: (ir, ctx) =>
      emitOpenApi(
        ir,
        options.outDir,
        readIfExists(join(ctx.outRoot ?? ctx.root, options.outDir, TYPES_FILE)),
      ),
  };
}

/**
 * The three files. `previousTypes` is the current `openapi-types.ts`, if any: reused when it was
 * generated from the same document (see `typescript-types.ts`).
 */
export async function emitOpenApi(
  ir: ServiceIR,
  outDir: string,
  previousTypes?: string,
): Promise<GeneratedFile[]> {
  const document = buildOpenApiDocument(ir);
  const json = JSON.stringify(document, null, 2);
  const module = [
    GENERATED_HEADER,
    "",
    `/** The OpenAPI 3.1 document of ${ir.title ?? ir.sdkId} (${ir.protocol.name}). */`,
    `export const openapiDocument = ${json} as const;`,
    "",
    `/** The media type of every request and response body (\`${ir.protocol.name}\`). */`,
    `export const mediaType = ${JSON.stringify(ir.protocol.contentType)} as const;`,
    "",
  ].join("\n");
  return [
    { path: `${outDir}/openapi.json`, contents: `${json}\n` },
    { path: `${outDir}/openapi.ts`, contents: module },
    { path: `${outDir}/${TYPES_FILE}`, contents: await openapiTypes(document, json, previousTypes) },
  ];
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
