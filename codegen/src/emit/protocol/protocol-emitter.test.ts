import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModel, WEATHER_GOLDEN, WEATHER_MODEL } from "../../../test/fixtures/index.js";
import { buildServiceIR } from "../../ir/build.js";
import type { ServiceIR } from "../../ir/types.js";
import { GENERATED_HEADER, type GeneratedFile } from "../emitter.js";
import { createServerEmitter, serverEmitter } from "./index.js";
import { schemaTable } from "./schema-table.js";

let ir: ServiceIR;
let files: GeneratedFile[];
beforeAll(async () => {
  ir = buildServiceIR(loadModel(WEATHER_MODEL));
  files = await serverEmitter.emit(ir, { root: "/repo" });
});

describe("serverEmitter on the Weather model", () => {
  it("writes the schema table and the handler interface into the server's generated folder", () => {
    expect(files.map((f) => f.path)).toEqual([
      "packages/server/src/generated/schema.ts",
      "packages/server/src/generated/handlers.ts",
    ]);
    for (const file of files) expect(file.contents.split("\n")[0]).toBe(GENERATED_HEADER);
  });

  it.each(["schema.ts", "handlers.ts"])("matches the golden %s", async (name) => {
    const file = files.find((f) => basename(f.path) === name);
    await expect(file?.contents).toMatchFileSnapshot(join(WEATHER_GOLDEN, "server", `${name}.snap`));
  });

  it("names one handler per operation after the operation, and imports the model types", () => {
    const handlers = files[1]?.contents ?? "";
    for (const op of ir.operations) {
      const key = op.name.charAt(0).toLowerCase() + op.name.slice(1);
      expect(handlers).toMatch(new RegExp(`^  ${key}\\(`, "m"));
      expect(handlers).toContain(op.input);
    }
    expect(handlers).toContain('from "@pc-benefits/client/models"');
    expect(handlers).toContain(`export type ${ir.clientName}Handlers = ServiceHandlers;`);
  });

  it("puts every IR shape, error status and shape ID into the table", () => {
    const table = schemaTable(ir) as {
      targetPrefix: string;
      operations: Record<string, { errors: string[] }>;
      shapes: Record<string, { type: string; error?: { id: string; httpStatus: number } }>;
    };
    expect(table.targetPrefix).toBe(ir.protocol.targetPrefix);
    expect(Object.keys(table.shapes)).toEqual([...ir.shapes.keys()]);
    for (const [name, shape] of ir.shapes) {
      if (shape.kind === "structure" && shape.error) {
        expect(table.shapes[name]?.error).toEqual({
          id: shape.id,
          fault: shape.error.fault,
          httpStatus: shape.error.httpStatus,
        });
      }
    }
    expect(Object.keys(table.operations)).toEqual(ir.operations.map((op) => op.name));
  });

  it("can write to another package and take model types from another module", async () => {
    const custom = createServerEmitter({ packageDir: "packages/other", modelsModule: "./models.js" });
    const out = await custom.emit(ir, { root: "/repo" });
    expect(out[0]?.path).toBe("packages/other/src/generated/schema.ts");
    expect(out[1]?.contents).toContain('from "./models.js"');
  });
});

describe("generated server code for the Weather model", () => {
  it("typechecks against the server runtime it is interpreted by", async () => {
    const ts = await import("typescript");
    const { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } = await import("node:fs");
    const { fileURLToPath } = await import("node:url");
    const runtime = fileURLToPath(new URL("../../../../packages/server/src/runtime/", import.meta.url));
    // Inside the server package, so the runtime's own dependencies resolve from its node_modules.
    const dir = mkdtempSync(join(runtime, "..", "..", ".emit-check-"));
    try {
      writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
      mkdirSync(join(dir, "runtime"));
      mkdirSync(join(dir, "generated"));
      for (const name of readdirSync(runtime).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
        cpSync(join(runtime, name), join(dir, "runtime", name));
      }
      for (const file of files) writeFileSync(join(dir, "generated", basename(file.path)), file.contents);
      const names = [...ir.shapes.keys()]
        .map((n) => `  export type ${n} = Record<string, unknown>;`)
        .join("\n");
      writeFileSync(join(dir, "models.d.ts"), `declare module "@pc-benefits/client/models" {\n${names}\n}\n`);
      const program = ts.createProgram(
        [
          join(dir, "generated", "schema.ts"),
          join(dir, "generated", "handlers.ts"),
          join(dir, "models.d.ts"),
        ],
        {
          strict: true,
          noUncheckedIndexedAccess: true,
          verbatimModuleSyntax: true,
          module: ts.ModuleKind.NodeNext,
          moduleResolution: ts.ModuleResolutionKind.NodeNext,
          target: ts.ScriptTarget.ES2022,
          lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
          types: [],
          noEmit: true,
          skipLibCheck: true,
        },
      );
      const messages = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect(messages).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
