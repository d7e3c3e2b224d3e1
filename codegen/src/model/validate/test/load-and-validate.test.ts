/**
 * Integration: model files on disk go through `loadPaths` (parser, assembler, prelude,
 * validators) and come out as `path:line:col: message` lines.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PUBLISHED_BENEFITS_AST } from "../../../../test/fixtures/index.js";
import { formatDiagnostic } from "../../diagnostic.js";
import { loadPaths } from "../../load.js";

const dir = mkdtempSync(join(tmpdir(), "validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function load(files: Record<string, string>): { ok: boolean; lines: string[] } {
  const root = join(dir, String(counter++));
  mkdirSync(root, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const result = loadPaths([root]);
  return {
    ok: result.model !== undefined,
    lines: result.diagnostics.map(formatDiagnostic).map((l) => l.replace(`${root}/`, "")),
  };
}

describe("loadPaths + validateModel", () => {
  it.each<[string, Record<string, string>, string[]]>([
    [
      "JSON AST: a pattern with no ECMAScript equivalent is a warning at the shape, and the model loads",
      {
        "a.json":
          '{\n  "smithy": "2.0",\n  "shapes": {\n    "ex#S": {\n      "type": "string",\n      "traits": {"smithy.api#pattern": "^\\\\p{InGreek}+$"}\n    }\n  }\n}\n',
      },
      [
        "a.json:4:13: warning: Pattern `^\\p{InGreek}+$` has no ECMAScript equivalent (the Unicode block `\\p{InGreek}` has no ECMAScript equivalent); generated code does not enforce it",
      ],
    ],
    [
      "IDL: Java-only pattern syntax Smithy accepts loads without a diagnostic",
      { "a.smithy": '$version: "2"\nnamespace ex\n\n@pattern("^(?i)[a-z]++(?s).$")\nstring S\n' },
      [],
    ],
    [
      "IDL: unresolved member target with its location",
      { "a.smithy": '$version: "2"\nnamespace ex\n\nstructure A {\n    @required\n    b: Strin\n}\n' },
      ["a.smithy:6:5: member shape targets an unresolved shape `ex#Strin`"],
    ],
    [
      "IDL: trait on the wrong shape",
      { "a.smithy": '$version: "2"\nnamespace ex\n\n@readonly\nstring S\n' },
      [
        "a.smithy:5:1: Trait `readonly` cannot be applied to `ex#S`. This trait may only be applied to shapes that match the following selector: operation",
      ],
    ],
    [
      "IDL: bad trait value",
      { "a.smithy": '$version: "2"\nnamespace ex\n\n@error("oops")\nstructure E {}\n' },
      [
        "a.smithy:5:1: Error validating trait `error`: String value provided for `smithy.api#error` must be one of the following values: `client`, `server`",
      ],
    ],
    [
      "JSON AST: error without the error trait",
      {
        "m.json": JSON.stringify(
          {
            smithy: "2.0",
            shapes: {
              "ex#Op": { type: "operation", errors: [{ target: "ex#E" }] },
              "ex#E": { type: "structure", members: {} },
            },
          },
          null,
          2,
        ),
      },
      ["m.json:4:14: `ex#E` cannot be bound as an error because it is not marked with the `error` trait."],
    ],
    [
      "warnings keep the model",
      { "a.smithy": '$version: "2"\nnamespace ex\n\n@pattern("[a-z]+")\nstring P\n' },
      [
        "a.smithy:5:1: warning: A pattern trait is applied without a leading '^' and trailing '$', meaning only part of the string must match the regular expression. Explicitly anchoring regular expressions is preferable because it is more restrictive by default and does not require modelers to understand that Smithy patterns are not automatically anchored.",
      ],
    ],
  ])("%s", (_name, files, expected) => {
    const { ok, lines } = load(files);
    expect(lines).toEqual(expected);
    expect(ok).toBe(!expected.some((l) => !/: (warning|note|danger): /.test(l)));
  });
});

const AWS_MODEL = PUBLISHED_BENEFITS_AST ?? "";
const hasAwsModel = PUBLISHED_BENEFITS_AST !== undefined;

describe.skipIf(!hasAwsModel)(
  `the published AWS model${hasAwsModel ? "" : " (skipped: the shared reference folder is absent)"}`,
  () => {
    it("validates without errors", () => {
      const result = loadPaths([AWS_MODEL]);
      const errors = result.diagnostics.filter((d) => d.severity === "ERROR").map(formatDiagnostic);
      expect(errors).toEqual([]);
      expect(
        result.model?.shapes.has("com.amazonaws.partnercentralbenefits#PartnerCentralBenefitsService"),
      ).toBe(true);
    });
  },
);
