import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "./diagnostic.js";
import { isShared } from "./shared-prelude.js";
import { assembleAtOnce, assembleStreaming, type SourceText } from "./sources.js";
import { validateModel } from "./validate/index.js";
import { ShapeIndex } from "./validate/shape-index.js";

const here = dirname(fileURLToPath(import.meta.url));
const V2 = '$version: "2"\nnamespace ex\n';

function events(sources: SourceText[], streamed: boolean): string[] {
  const assembled = streamed ? assembleStreaming(sources) : assembleAtOnce(sources);
  expect(assembled, "streaming gave up").toBeDefined();
  return validateModel(assembled?.model as NonNullable<typeof assembled>["model"]).map(formatDiagnostic);
}

describe("the shared prelude", () => {
  it("is what streamed models are built on, and not what the reference assembler builds", () => {
    const sources = [{ path: "a.smithy", text: `${V2}string S` }];
    const streamed = assembleStreaming(sources)?.model.shapes.get("smithy.api#String");
    const alone = assembleAtOnce(sources).model.shapes.get("smithy.api#String");
    expect(streamed && alone).toBeDefined();
    if (streamed && alone) {
      expect(isShared(streamed)).toBe(true);
      expect(isShared(alone)).toBe(false);
    }
  });

  // validators remember shared shapes they found clean; a model must validate the same whether its
  // prelude is shared or its own, on the first model and on the ones after it
  const modelDir = join(here, "../../../model");
  const project = readdirSync(modelDir).map((name) => ({
    path: join(modelDir, name),
    text: readFileSync(join(modelDir, name), "utf8"),
  }));
  it.each<[string, SourceText[]]>([
    ["the project's model", project],
    [
      "a model with target, trait value and trait target errors",
      [
        {
          path: "bad.smithy",
          text: `${V2}structure S { a: Missing, @length(min: "x") b: String }\n@aws.api#arn(template: 1)\nstring T\n@required\nstring U\nmap M { key: Integer, value: String }`,
        },
      ],
    ],
    [
      "a model whose shape IDs collide with shared ones in all but case",
      [
        {
          path: "case.smithy",
          text: '$version: "2"\nnamespace SMITHY.api\nstring string\nstructure S { a: String, A: String }',
        },
      ],
    ],
    [
      "a model using the bundled traits",
      [
        {
          path: "aws.smithy",
          text: `${V2}@aws.api#service(sdkId: "X")\n@aws.protocols#awsJson1_0\nservice Svc { version: "1", operations: [Op] }\noperation Op { input := { @aws.api#data("content") a: String } }`,
        },
      ],
    ],
    [
      "a model referring to private shared shapes",
      [
        {
          path: "private.smithy",
          text: `${V2}structure S { a: smithy.api#Severity }\nlist L { member: smithy.api#TraitDiffRule }`,
        },
      ],
    ],
    [
      "a model whose trait values refer to its own shapes and to shared ones by idRef",
      [
        {
          path: "idref.smithy",
          text: `${V2}@trait\nstructure t {}\nstring NotATrait\n@trait\n@protocolDefinition(traits: [t, NotATrait, smithy.api#String, aws.api#arn, "ex#Missing"])\nstructure p {}`,
        },
      ],
    ],
  ])("validates the same whether the prelude is shared or not: %s", (_name, sources) => {
    const alone = events(sources, false);
    expect(events(sources, true)).toEqual(alone);
    expect(events(sources, true)).toEqual(alone);
  });

  it("gives a model's index the same reverse relationships, shared and own, in the same order", () => {
    const sources = [
      {
        path: "r.smithy",
        text: `${V2}/// Doc\nstructure S { a: String, b: Integer }\nlist L { member: String }`,
      },
    ];
    const streamed = assembleStreaming(sources)?.model;
    expect(streamed).toBeDefined();
    if (!streamed) return;
    const shared = new ShapeIndex(streamed);
    const alone = new ShapeIndex(assembleAtOnce(sources).model);
    const rels = (index: ShapeIndex, id: string) => {
      const target = index.get(id);
      if (!target) return [];
      return [...index.reverse(target), ...index.reverseTraits(target)].map((r) => `${r.type} ${r.from.id}`);
    };
    for (const id of [
      "smithy.api#String",
      "smithy.api#Integer",
      "ex#S$a",
      "smithy.api#Unit",
      "aws.api#arn",
      "smithy.api#documentation",
      "smithy.api#private",
    ]) {
      expect(rels(shared, id), id).toEqual(rels(alone, id));
    }
    expect(rels(shared, "smithy.api#String")).toContain("MEMBER_TARGET ex#S$a");
    expect(rels(shared, "smithy.api#private")).toContain("TRAIT smithy.api#Severity");
    expect(rels(shared, "smithy.api#documentation")).toContain("TRAIT ex#S");
  });
});
