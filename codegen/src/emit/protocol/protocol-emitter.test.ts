import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModel, WEATHER_GOLDEN, WEATHER_MODEL } from "../../../test/fixtures/index.js";
import { formatFiles } from "../../../test/support/format-golden.js";
import { buildServiceIR } from "../../ir/build.js";
import type { ServiceIR } from "../../ir/types.js";
import { GENERATED_HEADER, type GeneratedFile } from "../emitter.js";
import { createProtocolEmitter, protocolEmitter } from "./index.js";
import { schemaTable } from "./schema-table.js";

let ir: ServiceIR;
let files: GeneratedFile[];
beforeAll(async () => {
  ir = buildServiceIR(loadModel(WEATHER_MODEL));
  files = formatFiles(await protocolEmitter.emit(ir, { root: "/repo" }));
});

const DIR = "packages/protocol/src/generated/";
const file = (path: string): string => files.find((f) => f.path === `${DIR}${path}`)?.contents ?? "";

describe("protocolEmitter on the Weather model", () => {
  it("writes the models, the error class table, the schema table, the validated inputs and the handler interface into the protocol's generated folder", () => {
    expect(files.map((f) => f.path)).toEqual([
      `${DIR}models/enums.ts`,
      `${DIR}models/models_0.ts`,
      `${DIR}models/errors.ts`,
      `${DIR}models/WeatherServiceServiceException.ts`,
      `${DIR}models/index.ts`,
      `${DIR}models/error-classes.ts`,
      `${DIR}schema.ts`,
      `${DIR}validated.ts`,
      `${DIR}handlers.ts`,
    ]);
    for (const f of files) expect(f.contents.split("\n")[0]).toBe(GENERATED_HEADER);
  });

  it.each(["schema.ts", "validated.ts", "handlers.ts"])("matches the golden %s", async (name) => {
    await expect(file(name)).toMatchFileSnapshot(join(WEATHER_GOLDEN, "protocol", `${name}.snap`));
  });

  it.each([
    "models/enums.ts",
    "models/models_0.ts",
    "models/errors.ts",
    "models/WeatherServiceServiceException.ts",
    "models/index.ts",
    "models/error-classes.ts",
  ])("matches the golden %s", async (path) => {
    await expect(file(path)).toMatchFileSnapshot(join(WEATHER_GOLDEN, "protocol", path));
  });

  it("names one handler per operation after the operation, and imports the model types", () => {
    const handlers = file("handlers.ts");
    for (const op of ir.operations) {
      const key = op.name.charAt(0).toLowerCase() + op.name.slice(1);
      expect(handlers).toMatch(new RegExp(`^  ${key}\\(`, "m"));
      expect(handlers).toContain(op.input);
    }
    expect(handlers).toContain('from "./models/index.js"');
    expect(handlers).toContain(`export type ${ir.clientName}Handlers = ServiceHandlers;`);
  });

  it("types each handler's input with its validated form", () => {
    const handlers = file("handlers.ts");
    expect(handlers).toContain('import type { Validated } from "./validated.js";');
    for (const op of ir.operations) expect(handlers).toContain(`input: Validated.${op.input},`);
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

  it("can write to another package", async () => {
    const custom = createProtocolEmitter({ packageDir: "packages/other" });
    const out = await custom.emit(ir, { root: "/repo" });
    expect(out.every((f) => f.path.startsWith("packages/other/src/generated/"))).toBe(true);
  });
});

describe("generated protocol code for the Weather model", () => {
  it("typechecks against the protocol runtime it is interpreted by", async () => {
    const ts = await import("typescript");
    const { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } = await import("node:fs");
    const { fileURLToPath } = await import("node:url");
    const runtime = fileURLToPath(new URL("../../../../packages/protocol/src/runtime/", import.meta.url));
    // Inside the protocol package, so the runtime's own dependencies resolve from its node_modules.
    const dir = mkdtempSync(join(runtime, "..", "..", ".emit-check-"));
    try {
      // `#sigv4` as the package maps it outside Node; the SigV4 modules it reaches are copied too.
      writeFileSync(
        join(dir, "package.json"),
        '{ "type": "module", "imports": { "#sigv4": "./platform/portable.js" } }',
      );
      for (const folder of ["codec", "platform", "sigv4", "wire"])
        cpSync(join(runtime, "..", folder), join(dir, folder), { recursive: true });
      mkdirSync(join(dir, "runtime"));
      mkdirSync(join(dir, "generated"));
      for (const name of readdirSync(runtime).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
        cpSync(join(runtime, name), join(dir, "runtime", name));
      }
      mkdirSync(join(dir, "generated", "models"));
      for (const f of files)
        writeFileSync(join(dir, f.path.slice(DIR.length - "generated/".length)), f.contents);
      const program = ts.createProgram(
        files.map((f) => join(dir, f.path.slice(DIR.length - "generated/".length))),
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
