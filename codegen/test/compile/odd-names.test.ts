/**
 * The odd-names fixture (`test/fixtures/odd-names/`) through every emitter: the output compiles with
 * the repository's strict settings, shapes whose names TypeScript or the runtimes already use get a
 * `_` prefix, and the wire keeps the modelled names.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isReservedName, typeNames } from "../../src/emit/ts-names.js";
import { generate } from "../../src/generate.js";
import { buildServiceIR } from "../../src/ir/build.js";
import type { ServiceIR } from "../../src/ir/types.js";
import { formatDiagnostic } from "../../src/model/diagnostic.js";
import { loadModel, ODD_MEMBERS_MODEL, ODD_NAMES_GOLDEN, ODD_NAMES_MODEL } from "../fixtures/index.js";
import {
  compile,
  generatedFiles,
  initProject,
  linkRuntimes,
  projectEmitters,
  REPO_ROOT,
} from "./generated-project.js";

let project: string;
let service: string;
let members: string;
let ir: ServiceIR;
const read = (path: string): string => readFileSync(join(service, "packages", path), "utf8");

beforeAll(async () => {
  ir = buildServiceIR(loadModel(ODD_NAMES_MODEL));
  project = mkdtempSync(join(tmpdir(), "pcb-odd-names-"));
  initProject(project);
  service = join(project, "odd-names");
  const result = await generate({
    root: REPO_ROOT,
    modelPaths: [ODD_NAMES_MODEL],
    outRoot: service,
    emitters: projectEmitters({ openapi: true }),
  });
  expect(result.diagnostics.filter((d) => d.severity === "ERROR").map(formatDiagnostic)).toEqual([]);
  linkRuntimes(service);
  members = join(project, "odd-members");
  const second = await generate({
    root: REPO_ROOT,
    modelPaths: [ODD_MEMBERS_MODEL],
    outRoot: members,
    emitters: projectEmitters({ openapi: true }),
  });
  expect(second.diagnostics.filter((d) => d.severity === "ERROR").map(formatDiagnostic)).toEqual([]);
  linkRuntimes(members);
  // The OpenAPI package's hand-written lookups, compiled against this service's document.
  for (const name of ["operations.ts", "types.ts"]) {
    copyFileSync(join(REPO_ROOT, "packages/openapi/src", name), join(service, "packages/openapi/src", name));
  }
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the odd-names service", () => {
  it("compiles through every emitter, OpenAPI included, beside the odd-members service", () => {
    const files = [
      ...generatedFiles(service, { openapi: true }),
      join(service, "packages/openapi/src/operations.ts"),
      ...generatedFiles(members, { openapi: true }),
    ];
    expect(Object.fromEntries(compile(project, files))).toEqual({});
  }, 120_000);

  it("is really checked: a type error in a generated folder is reported for that service", () => {
    const bad = join(service, "packages/client/src/generated/broken.ts");
    writeFileSync(bad, "export const x: number = 'not a number';\n");
    try {
      const messages = compile(project, [bad]).get("odd-names") ?? [];
      expect(messages).toEqual([
        "odd-names/packages/client/src/generated/broken.ts:1:14: Type 'string' is not assignable to type 'number'.",
      ]);
    } finally {
      rmSync(bad);
    }
  }, 120_000);

  it.each([
    ["Record", "_Record"],
    ["Date", "_Date"],
    ["Promise", "_Promise"],
    ["Object", "_Object"],
    ["Error", "_Error"],
    ["Symbol", "_Symbol"],
    ["Uint8Array", "_Uint8Array"],
    ["Function", "_Function"],
    ["String", "_String"],
    ["Number", "_Number"],
    ["Boolean", "_Boolean"],
    ["ServiceException", "_ServiceException"],
    ["DocumentType", "_DocumentType"],
    ["JsonObject", "_JsonObject"],
    ["Command", "_Command"],
    ["Operation", "_Operation"],
    ["GetThingCommand", "_GetThingCommand"],
    ["ThingErrorRes", "_ThingErrorRes"],
    ["type", "_type"],
    ["Unit", "Unit"],
    ["ThingError", "ThingError"],
    ["InstanceType", "InstanceType"],
  ])("types shape %s as %s", (shape, ts) => {
    expect(typeNames(ir).get(shape)).toBe(ts);
  });

  it("reserves every name generated code imports or re-exports from a runtime or from msw", () => {
    const names = new Set<string>();
    for (const dir of [service, members]) {
      for (const file of generatedFiles(dir, { openapi: false })) {
        const text = readFileSync(file, "utf8");
        for (const [, list, from] of text.matchAll(
          /^(?:import|export) (?:type )?\{([^}]*)\} from "([^"]+)";/gm,
        )) {
          if (!from?.includes("/runtime/") && from !== "msw") continue;
          for (const item of list?.split(",") ?? []) {
            const name = item
              .trim()
              .replace(/^type /, "")
              .split(" as ")[0];
            if (name) names.add(name);
          }
        }
      }
    }
    expect(names.size).toBeGreaterThan(20);
    expect([...names].filter((name) => !isReservedName(name))).toEqual([]);
  });

  it("names the client after the sdkId, prefixed because it starts with a digit", () => {
    expect(ir.clientName).toBe("1OddNamesService");
    expect(read("client/src/generated/index.ts")).toContain("  _1OddNamesServiceClient,\n");
  });

  it("keeps method and factory names off reserved words and the client's own members", () => {
    const aggregated = read("client/src/generated/_1OddNamesService.ts");
    for (const method of ["_delete(", "_import(", "_send(", "_constructor(", "operationHandlers("]) {
      expect(aggregated).toContain(`\n  ${method}args:`);
    }
    const msw = read("msw/src/generated/handlers.ts");
    for (const factory of ["_delete", "_import", "send", "_constructor", "_operationHandlers"]) {
      expect(msw).toContain(`export function ${factory}(`);
    }
    expect(msw).toContain("  Delete: _delete,\n");
  });

  it("keeps the modelled names on the wire", () => {
    const errors = read("protocol/src/generated/models/errors.ts");
    expect(errors).toContain("export class _Error extends");
    expect(errors).toContain('declare readonly name: "Error";');
    expect(errors).toContain('super({ ...opts, name: "Error", $fault: "client" });');
    const protocol = read("client/src/generated/protocols/Aws_json1_1.ts");
    expect(protocol).toContain(
      '\n  Error: [_Error, ["Record", "Date"], { Record: de__Record, Date: parseEpochSeconds }],\n',
    );
    expect(read("protocol/src/generated/schema.ts")).toMatch(/\n {4}Record: \{/);
    const document = JSON.parse(read("openapi/src/generated/openapi.json")) as {
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(document.components.schemas)).toContain("Record");
    expect(read("openapi/src/generated/openapi.ts")).toContain(
      'export const mediaType = "application/x-amz-json-1.1" as const;',
    );
  });

  it.each([
    "client/src/generated/index.ts",
    "protocol/src/generated/models/models_0.ts",
    "protocol/src/generated/models/enums.ts",
    "protocol/src/generated/models/errors.ts",
    "client/src/generated/_1OddNamesService.ts",
    "protocol/src/generated/handlers.ts",
    "msw/src/generated/handlers.ts",
  ])("matches the golden %s", async (path) => {
    await expect(read(path)).toMatchFileSnapshot(
      join(ODD_NAMES_GOLDEN, `${path.replace("/src/generated", "")}.snap`),
    );
  });

  it("prints legacy enum values that are not identifiers as quoted keys", () => {
    const enums = read("protocol/src/generated/models/enums.ts");
    expect(enums).toContain('  "t2.micro": "t2.micro",\n');
    expect(enums).toContain('  "1st-gen": "1st-gen",\n');
    expect(enums).toContain('  WITH_SPACE: "with space",\n');
  });
});

describe("the odd-members service (member names that are not identifiers)", () => {
  const readMembers = (path: string): string => readFileSync(join(members, "packages", path), "utf8");

  it("names union variants as identifiers, clear of each other and of $UnknownMember and Visitor", () => {
    const models = readMembers("protocol/src/generated/models/models_0.ts");
    for (const variant of ["x_yMember", "_1stMember", "_$UnknownMember", "VisitorMember", "_x_yMember"]) {
      expect(models).toContain(`  export interface ${variant} {`);
    }
  });

  it("quotes keys that are not identifiers and reads Object.prototype names as own properties only", () => {
    const protocol = readMembers("client/src/generated/protocols/Aws_json1_0.ts");
    expect(protocol).toContain('  copyMembers(input, ["a-b", "with space"], out);\n');
    expect(protocol).toContain(
      '  if ((Object.hasOwn(input, "constructor") ? input["constructor"] : undefined) != null)\n    Object.defineProperty(out, "constructor", {',
    );
  });

  it("leaves Object.prototype names out of error classes", () => {
    const errors = readMembers("protocol/src/generated/models/errors.ts");
    expect(errors).toContain('  declare "when?"?: Date | undefined;\n');
    expect(errors).not.toContain("toString");
  });
});
