/**
 * The registered emitters, in the order `pnpm codegen` runs them. To add a generator, create
 * `emit/<target>/` exporting an `Emitter` and list it here.
 */
import { clientEmitter } from "./client/index.js";
import type { Emitter } from "./emitter.js";
import { mswEmitter } from "./msw/index.js";
import { createOpenApiEmitter } from "./openapi/index.js";
import { protocolEmitter } from "./protocol/index.js";

export const emitters: readonly Emitter[] = [
  createOpenApiEmitter({ outDir: "packages/openapi/src/generated" }),
  protocolEmitter,
  clientEmitter,
  mswEmitter,
];
