import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModel, WEATHER_GOLDEN, WEATHER_MODEL } from "../../../test/fixtures/index.js";
import { formatFiles } from "../../../test/support/format-golden.js";
import { buildServiceIR } from "../../ir/build.js";
import type { ServiceIR } from "../../ir/types.js";
import { GENERATED_HEADER, type GeneratedFile } from "../emitter.js";
import { mswEmitter } from "./index.js";

let ir: ServiceIR;
let files: GeneratedFile[];
beforeAll(async () => {
  ir = buildServiceIR(loadModel(WEATHER_MODEL));
  files = formatFiles(await mswEmitter.emit(ir, { root: "/repo" }));
});

describe("mswEmitter on the Weather model", () => {
  it("writes one handlers module into the MSW package's generated folder", () => {
    expect(files.map((f) => f.path)).toEqual(["packages/msw/src/generated/handlers.ts"]);
    expect(files[0]?.contents.split("\n")[0]).toBe(GENERATED_HEADER);
  });

  it("matches the golden handlers.ts", async () => {
    await expect(files[0]?.contents).toMatchFileSnapshot(join(WEATHER_GOLDEN, "msw", "handlers.ts.snap"));
  });

  it("exports one typed factory per operation bound to its wire name", () => {
    const text = files[0]?.contents ?? "";
    for (const op of ir.operations) {
      const factory = op.name.charAt(0).toLowerCase() + op.name.slice(1);
      expect(text).toContain(`export function ${factory}(`);
      expect(text).toContain(`createOperationHandler(serviceSchema, "${op.name}", resolver, options)`);
      expect(text).toContain(`X-Amz-Target: ${ir.protocol.targetPrefix}.${op.name}`);
      expect(text).toContain(`  ${op.name}: ${factory},\n`);
    }
    expect(text).toContain("export const operationHandlers = {");
  });
});
