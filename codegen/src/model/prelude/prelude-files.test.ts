import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../diagnostic.js";
import { toJsonAst } from "../serialize.js";
import { assembleSources } from "../sources.js";
import { BUNDLED_FILES, preludeFiles } from "./prelude-files.js";

describe("prelude and bundled trait definitions", () => {
  it("parse without diagnostics", () => {
    const files = preludeFiles();
    expect(files.map((f) => f.scope.file)).toEqual(BUNDLED_FILES.map((f) => `bundled:${f}`));
    expect(files.flatMap((f) => f.diagnostics).map(formatDiagnostic)).toEqual([]);
  });

  it("assemble without diagnostics and are never serialized", () => {
    const { model, diagnostics } = assembleSources([]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(toJsonAst(model).shapes).toEqual({});
  });

  it.each<[string, string, unknown]>([
    ["smithy.api#String", "type", "string"],
    ["smithy.api#Unit", "smithy.api#unitType", {}],
    ["smithy.api#PrimitiveInteger", "smithy.api#default", 0],
    ["smithy.api#PrimitiveBoolean", "smithy.api#default", false],
    ["smithy.api#required", "smithy.api#trait", { selector: "structure > member" }],
    [
      "smithy.api#recommended",
      "smithy.api#trait",
      { selector: "structure > member", conflicts: ["smithy.api#required"] },
    ],
    ["smithy.api#documentation", "type", "string"],
    ["smithy.api#error", "type", "enum"],
    ["smithy.api#tags", "type", "list"],
    [
      "aws.protocols#awsJson1_0",
      "smithy.api#protocolDefinition",
      {
        traits: [
          "smithy.api#timestampFormat",
          "smithy.api#cors",
          "smithy.api#endpoint",
          "smithy.api#hostLabel",
        ],
      },
    ],
    ["aws.auth#sigv4", "type", "structure"],
    ["aws.iam#iamAction", "type", "structure"],
    ["aws.iam#actionPermissionDescription", "type", "string"],
    ["aws.iam#conditionKeyValue", "smithy.api#trait", { selector: "member" }],
    ["aws.cloudformation#cfnResource", "type", "structure"],
    ["aws.customizations#s3UnwrappedXmlOutput", "type", "structure"],
    ["aws.api#service", "type", "structure"],
    ["aws.iam#conditionKeys", "type", "list"],
    ["smithy.rules#endpointRuleSet", "type", "document"],
    ["smithy.test#smokeTests", "type", "list"],
  ])("define %s (%s)", (id, what, expected) => {
    const shape = assembleSources([]).model.shapes.get(id);
    expect(shape, id).toBeDefined();
    expect(what === "type" ? shape?.type : shape?.traits.get(what)).toEqual(expected);
  });
});
