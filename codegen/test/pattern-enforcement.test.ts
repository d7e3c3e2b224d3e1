/**
 * A `@pattern` in Java syntax, from the model to the generated server's validation: the IR
 * carries its ECMAScript translation, the server's schema table writes it, and the server's
 * validator enforces it (here `(?i)`: case-insensitively).
 */
import { describe, expect, it } from "vitest";
import type { ServiceSchema } from "../../packages/protocol/src/runtime/schema.js";
import { validateInput } from "../../packages/protocol/src/runtime/validate.js";
import { schemaTable } from "../src/emit/protocol/schema-table.js";
import { buildServiceIR } from "../src/ir/build.js";
import { formatDiagnostic } from "../src/model/diagnostic.js";
import { loadSources } from "../src/model/load.js";

const MODEL = `$version: "2"
namespace ex
use aws.protocols#awsJson1_0

@awsJson1_0
service Svc {
    version: "1"
    operations: [Put]
}

operation Put {
    input := {
        @required
        Flag: Flag
        @pattern("^\\\\p{InGreek}+$")
        Greek: String
        Code: Code
    }
}

@pattern("^(?i)(true|false)$")
string Flag

@pattern("^[A-Z]{2}\\\\d{1}+$")
string Code
`;

function schema(): ServiceSchema {
  const { model, diagnostics } = loadSources([{ path: "ex.smithy", text: MODEL }]);
  const errors = diagnostics.filter((d) => d.severity === "ERROR").map(formatDiagnostic);
  expect(errors).toEqual([]);
  return schemaTable(buildServiceIR(model as NonNullable<typeof model>)) as unknown as ServiceSchema;
}

describe("a Java-syntax @pattern in the generated server", () => {
  const table = schema();
  const input = table.shapes.PutInput;
  const member = (name: string) =>
    input?.type === "structure" ? input.members.find((m) => m.name === name) : undefined;

  it("carries the translation beside the model's pattern", () => {
    expect(member("Flag")).toMatchObject({
      pattern: "^(?i)(true|false)$",
      ecmaPattern: { source: "^(true|false)$", flags: "iu" },
    });
    expect(member("Code")).toMatchObject({
      ecmaPattern: { source: "^[A-Z]{2}(?=(\\d{1}))(?:\\1)$", flags: "u" },
    });
    // no ECMAScript equivalent: written as null, not enforced
    expect(member("Greek")).toMatchObject({ pattern: "^\\p{InGreek}+$", ecmaPattern: null });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["lower case", { Flag: "true" }, []],
    ["upper case", { Flag: "TRUE" }, []],
    ["mixed case", { Flag: "False" }, []],
    ["another word", { Flag: "yes" }, ["Flag"]],
    ["possessive quantifier, matching", { Flag: "true", Code: "AB1" }, []],
    ["possessive quantifier, not matching", { Flag: "true", Code: "AB12" }, ["Code"]],
    ["an unenforced pattern accepts anything", { Flag: "true", Greek: "latin" }, []],
  ])("%s", (_name, value, failing) => {
    const violations = validateInput(table, "PutInput", value).filter((v) => v.kind === "pattern");
    expect(violations.map((v) => v.path)).toEqual(failing);
  });
});
