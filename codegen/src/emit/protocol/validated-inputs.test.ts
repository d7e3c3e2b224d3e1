/**
 * The validated input types: which members they make present, which shapes they cover, and (compiled by tsc
 * with the real protocol runtime) that a required member nested in a list, map or union is non-optional in
 * the validated form while the client's model type still accepts it undefined.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { buildServiceIR } from "../../ir/build.js";
import type { MemberIR, ServiceIR } from "../../ir/types.js";
import { loadSources } from "../../model/load.js";
import { protocolEmitter } from "./index.js";
import { inputClosure, isPresentAfterValidation } from "./validated-inputs.js";

const MODEL = `$version: "2"
namespace example.shelf

use aws.protocols#awsJson1_0

@awsJson1_0
service Shelf {
    version: "2024-01-01"
    operations: [PutItem, Ping]
}

operation PutItem {
    input: PutItemInput
    output: PutItemOutput
}

operation Ping {
    input: Unit
    output: Unit
}

@input
structure PutItemInput {
    @required
    Id: String

    @idempotencyToken
    @required
    ClientToken: String

    Size: Integer = 1

    @required
    Colour: Colour = "RED"

    Note: String

    Tags: TagList

    Labels: LabelMap

    Shape: Shape
}

@output
structure PutItemOutput {
    Echo: Tag
}

list TagList {
    member: Tag
}

map LabelMap {
    key: String
    value: Tag
}

structure Tag {
    @required
    Key: String

    @required
    Value: String
}

union Shape {
    Box: Box
    Round: Integer
}

structure Box {
    @required
    Width: Integer

    Depth: Integer
}

enum Colour {
    RED
    BLUE
}

structure OnlyInOutputs {
    @required
    Never: String
}
`;

function shelfIR(): ServiceIR {
  const { model, diagnostics } = loadSources([{ path: "shelf.smithy", text: MODEL }]);
  if (!model) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return buildServiceIR(model);
}

const member = (overrides: Partial<MemberIR>): MemberIR => ({
  name: "M",
  type: { kind: "scalar", scalar: "string" },
  required: false,
  constraints: {},
  idempotencyToken: false,
  sensitive: false,
  ...overrides,
});

describe("isPresentAfterValidation", () => {
  it.each([
    ["optional, no default", member({}), false],
    ["@required", member({ required: true }), true],
    [
      "@required idempotency token (only clients fill it in)",
      member({ required: true, idempotencyToken: true }),
      true,
    ],
    ["@clientOptional @required", member({ required: true, clientOptional: true }), true],
    ["optional with a default (the dispatcher fills it in)", member({ default: 0 }), true],
    ["@required with a default", member({ required: true, default: "RED" }), true],
    ["a null default (no default at all)", member({ required: true, default: null }), false],
  ])("%s", (_name, m, present) => {
    expect(isPresentAfterValidation(m)).toBe(present);
  });
});

describe("inputClosure", () => {
  it("covers the structures and unions reachable from inputs, through lists, maps and unions only", () => {
    const ir = shelfIR();
    const inputOf = (name: string): string => ir.operations.find((op) => op.name === name)?.input ?? "";
    expect(inputClosure(ir).sort()).toEqual([inputOf("Ping"), "Box", "PutItemInput", "Shape", "Tag"].sort());
  });
});

/** The generated protocol files of the model, beside a copy of the protocol runtime, and `check` compiled with them. */
async function compile(check: string): Promise<string[]> {
  const here = dirname(fileURLToPath(import.meta.url));
  const src = join(here, "../../../../packages/protocol/src");
  // Inside the protocol package, so the runtime's own dependencies resolve from its node_modules.
  const dir = mkdtempSync(join(src, "..", ".validated-check-"));
  try {
    writeFileSync(
      join(dir, "package.json"),
      '{ "type": "module", "imports": { "#sigv4": "./platform/portable.js" } }',
    );
    cpSync(src, dir, {
      recursive: true,
      filter: (from) => !from.includes("generated") && !from.endsWith(".test.ts"),
    });
    for (const file of await protocolEmitter.emit(shelfIR(), { root: "/repo" })) {
      const path = join(dir, file.path.slice("packages/protocol/src/".length));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    writeFileSync(join(dir, "check.ts"), check);
    const program = ts.createProgram([join(dir, "check.ts")], {
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
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const line =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return `${d.file?.fileName.endsWith("check.ts") ? `check.ts:${line} ` : ""}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the validated types, compiled", () => {
  it("make required members present, nested ones too, and leave the client's model types as they are", async () => {
    const check = `
import type { ServiceHandlers } from "./generated/handlers.js";
import type { PutItemInput, Tag } from "./generated/models/index.js";
import type { Validated } from "./generated/validated.js";

// What the dispatcher hands over: every required member read without an undefined check.
export function read(input: Validated.PutItemInput): string[] {
  const shape = input.Shape;
  return [
    input.Id,
    input.ClientToken,
    input.Colour,
    String(input.Size + 1),
    input.Tags?.[0]?.Key ?? "",
    input.Labels?.a?.Value ?? "",
    shape && "Box" in shape && shape.Box ? String(shape.Box.Width + 1) : "",
  ];
}

const full: Validated.PutItemInput = {
  Id: "i",
  ClientToken: "t",
  Size: 1,
  Colour: "RED",
  Tags: [{ Key: "k", Value: "v" }],
  Labels: { a: { Key: "k", Value: "v" } },
  Shape: { Box: { Width: 1 } },
};
// @ts-expect-error Tag.Value is required inside the list, and not undefined
const inList: Validated.Tag[] = [{ Key: "k", Value: undefined }];
// @ts-expect-error Tag.Key is required inside the map
const inMap: Validated.PutItemInput["Labels"] = { a: { Value: "v" } };
// @ts-expect-error Box.Width is required inside the union
const inUnion: Validated.Shape = { Box: { Width: undefined } };
// @ts-expect-error the idempotency token is present after validation
const noToken: Validated.PutItemInput = { Id: "i", Size: 1, Colour: "RED" };
// @ts-expect-error a union holds one known member after validation
const unknown: Validated.Shape = { $unknown: ["Other", 1] };

// The client's model types are unchanged: required members may be undefined, the token left out.
const client: PutItemInput = {
  Id: undefined,
  Colour: undefined,
  Tags: [{ Key: "k", Value: undefined }],
  Shape: { Box: { Width: undefined } },
};
const tag: Tag = { Key: undefined, Value: undefined };

// The handler interface takes the validated input; a handler may rely on it.
export const handlers: Pick<ServiceHandlers, "putItem"> = {
  putItem: async (input) => ({ Echo: { Key: input.Id, Value: input.Tags?.[0]?.Value ?? "" } }),
};

export { client, full, inList, inMap, inUnion, noToken, tag, unknown };
`;
    expect(await compile(check)).toEqual([]);
  }, 60_000);
});
