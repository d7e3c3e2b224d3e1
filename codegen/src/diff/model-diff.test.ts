import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../model/diagnostic.js";
import { loadSources } from "../model/load.js";
import type { Model } from "../model/model.js";
import { DiffError, diffModels } from "./model-diff.js";

/** A service around the row's shapes: `ex#Svc` binds `Op` (whose input and output rows define). */
function model(shapes: string, service: string): Model {
  const text = `$version: "2"\nnamespace ex\nuse aws.protocols#awsJson1_0\nuse aws.auth#sigv4\nuse aws.api#service\n${service}\n${shapes}`;
  const { model, diagnostics } = loadSources([{ path: "test.smithy", text }]);
  if (!model) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return model;
}

/** The operation of most rows: input `In`, output `Out`. */
const OP = `operation Op { input: In, output: Out }
@output structure Out {}`;

function diff(before: string, after: string, services: [string, string] = [svc("Op"), svc("Op")]): string[] {
  return diffModels(model(before, services[0]), model(after, services[1])).map(
    (c) => `${c.severity} ${c.rule} ${c.shapeId}`,
  );
}

/** The service binding `ops` (and optionally errors and resources), with its usual traits. */
function svc(
  ops: string,
  extra = "",
  traits = `@awsJson1_0 @sigv4(name: "svc") @service(sdkId: "Svc")`,
): string {
  return `${traits}\nservice Svc { version: "1", operations: [${ops}] ${extra} }`;
}

// [rule, before, after, expected changes ("severity rule shapeId"), services before/after]
const rows: [string, string, string, string[], [string, string]?][] = [
  [
    "RemovedShape (operation)",
    `${OP}\n@input structure In {}\noperation Op2 {}`,
    `${OP}\n@input structure In {}`,
    ["breaking RemovedShape ex#Op2"],
    [svc("Op, Op2"), svc("Op")],
  ],
  [
    "RemovedShape (structure, error) and RemovedScalarShape",
    `operation Op { input: In, output: Out, errors: [E] }\n@output structure Out {}\n@input structure In { a: A, n: Name }\nstructure A {}\nstring Name\n@error("client") structure E {}`,
    `${OP}\n@input structure In {}\nstructure A {}`,
    [
      "breaking RemovedShape ex#A",
      "breaking RemovedShape ex#E",
      "breaking RemovedMember ex#In$a",
      "breaking RemovedMember ex#In$n",
      "dangerous RemovedScalarShape ex#Name",
      "dangerous RemovedOperationError ex#Op",
    ],
  ],
  [
    "AddedShape (operation)",
    `${OP}\n@input structure In {}`,
    `${OP}\n@input structure In {}\noperation Op2 {}`,
    ["compatible AddedShape ex#Op2"],
    [svc("Op"), svc("Op, Op2")],
  ],
  [
    "RemovedMember",
    `${OP}\n@input structure In { a: String, b: String }`,
    `${OP}\n@input structure In { a: String }`,
    ["breaking RemovedMember ex#In$b"],
  ],
  [
    "AddedMember (optional)",
    `${OP}\n@input structure In { a: String }`,
    `${OP}\n@input structure In { a: String, b: String }`,
    ["compatible AddedMember ex#In$b"],
  ],
  [
    "AddedRequiredMember",
    `${OP}\n@input structure In {}`,
    `${OP}\n@input structure In {\n@required a: String\n@required b: String = "x"\n}`,
    ["breaking AddedRequiredMember ex#In$a", "compatible AddedMember ex#In$b"],
  ],
  [
    "AddedRequiredTrait",
    `${OP}\n@input structure In { a: String, b: String }`,
    `${OP}\n@input structure In {\n@required a: String\n@required b: String = "x"\n}`,
    [
      "breaking AddedRequiredTrait ex#In$a",
      "dangerous AddedDefault ex#In$b",
      "dangerous AddedRequiredTrait ex#In$b",
    ],
  ],
  [
    "RemovedRequiredTrait",
    `${OP}\n@input structure In { @required a: String }`,
    `${OP}\n@input structure In { a: String }`,
    ["dangerous RemovedRequiredTrait ex#In$a"],
  ],
  [
    "AddedUnionMember",
    `${OP}\n@input structure In { u: U }\nunion U { a: String }`,
    `${OP}\n@input structure In { u: U }\nunion U { a: String, b: Integer }`,
    ["dangerous AddedUnionMember ex#U$b"],
  ],
  [
    "ChangedMemberTarget (other type)",
    `${OP}\n@input structure In { a: String }`,
    `${OP}\n@input structure In { a: Integer }`,
    ["breaking ChangedMemberTarget ex#In$a"],
  ],
  [
    "ChangedMemberTarget (structure name)",
    `${OP}\n@input structure In { a: A }\nstructure A {}\nstructure B {}`,
    `${OP}\n@input structure In { a: B }\nstructure A {}\nstructure B {}`,
    ["breaking RemovedShape ex#A", "breaking ChangedMemberTarget ex#In$a", "compatible AddedShape ex#B"],
  ],
  [
    "ChangedMemberTarget (same simple type, constraints compared)",
    `${OP}\n@input structure In { a: Name }\n@length(max: 10) string Name`,
    `${OP}\n@input structure In { a: String }\n@length(max: 10) string Name`,
    [
      "dangerous ChangedLengthTrait ex#In$a",
      "dangerous ChangedMemberTarget ex#In$a",
      "dangerous RemovedScalarShape ex#Name",
    ],
  ],
  [
    "ChangedMemberTarget (a list with the same member)",
    `${OP}\n@input structure In { l: L1 }\nlist L1 { member: String }\n@length(max: 3) list L2 { member: String }`,
    `${OP}\n@input structure In { l: L2 }\nlist L1 { member: String }\n@length(max: 3) list L2 { member: String }`,
    [
      "breaking ChangedLengthTrait ex#In$l",
      "breaking RemovedShape ex#L1",
      "dangerous ChangedMemberTarget ex#In$l",
      "compatible AddedShape ex#L2",
    ],
  ],
  [
    "ChangedShapeType",
    `${OP}\n@input structure In { a: A }\nstructure A {}`,
    `${OP}\n@input structure In { a: A }\nunion A { x: String }`,
    ["breaking ChangedShapeType ex#A"],
  ],
  [
    "RemovedEnumValue",
    `${OP}\n@input structure In { e: E }\nenum E { A, B }`,
    `${OP}\n@input structure In { e: E }\nenum E { A }`,
    ["breaking RemovedEnumValue ex#E"],
  ],
  [
    "RenamedEnumValue",
    `${OP}\n@input structure In { e: E }\nenum E {\nA = "a"\n}`,
    `${OP}\n@input structure In { e: E }\nenum E {\nAA = "a"\n}`,
    ["breaking RenamedEnumValue ex#E"],
  ],
  [
    "ChangedEnumValue",
    `${OP}\n@input structure In { e: E }\nenum E {\nA = "a"\n}`,
    `${OP}\n@input structure In { e: E }\nenum E {\nA = "b"\n}`,
    ["breaking ChangedEnumValue ex#E"],
  ],
  [
    "AddedEnumValue (enum and intEnum)",
    `${OP}\n@input structure In { e: E, i: I }\nenum E { A }\nintEnum I {\nONE = 1\n}`,
    `${OP}\n@input structure In { e: E, i: I }\nenum E { A, B }\nintEnum I {\nONE = 1\nTWO = 2\n}`,
    ["compatible AddedEnumValue ex#E", "compatible AddedEnumValue ex#I"],
  ],
  [
    "ChangedLengthTrait (narrowed on a shape)",
    `${OP}\n@input structure In { a: Name }\n@length(min: 1, max: 10) string Name`,
    `${OP}\n@input structure In { a: Name }\n@length(min: 2, max: 10) string Name`,
    ["breaking ChangedLengthTrait ex#Name"],
  ],
  [
    "ChangedLengthTrait (widened on a member)",
    `${OP}\n@input structure In { @length(max: 5) a: String }`,
    `${OP}\n@input structure In { @length(max: 50) a: String }`,
    ["dangerous ChangedLengthTrait ex#In$a"],
  ],
  [
    "ChangedRangeTrait (added is narrowed)",
    `${OP}\n@input structure In { a: Integer }`,
    `${OP}\n@input structure In { @range(min: 1) a: Integer }`,
    ["breaking ChangedRangeTrait ex#In$a"],
  ],
  [
    "ChangedRangeTrait (removed is widened)",
    `${OP}\n@input structure In { @range(max: 9) a: Integer }`,
    `${OP}\n@input structure In { a: Integer }`,
    ["dangerous ChangedRangeTrait ex#In$a"],
  ],
  [
    "ChangedPatternTrait",
    `${OP}\n@input structure In { @pattern("^a$") a: String, @pattern("^b$") b: String }`,
    `${OP}\n@input structure In { @pattern("^[ab]$") a: String, b: String }`,
    ["breaking ChangedPatternTrait ex#In$a", "dangerous ChangedPatternTrait ex#In$b"],
  ],
  [
    "ChangedUniqueItemsTrait",
    `${OP}\n@input structure In { l: L }\nlist L { member: String }`,
    `${OP}\n@input structure In { l: L }\n@uniqueItems list L { member: String }`,
    ["breaking ChangedUniqueItemsTrait ex#L"],
  ],
  [
    "ChangedTimestampFormat",
    `${OP}\n@input structure In { t: Timestamp }`,
    `${OP}\n@input structure In { @timestampFormat("date-time") t: Timestamp }`,
    ["breaking ChangedTimestampFormat ex#In$t"],
  ],
  [
    "ChangedJsonName",
    `${OP}\n@input structure In { a: String }`,
    `${OP}\n@input structure In { @jsonName("A") a: String }`,
    ["breaking ChangedJsonName ex#In$a"],
  ],
  [
    "ChangedIdempotencyToken",
    `${OP}\n@input structure In { t: String }`,
    `${OP}\n@input structure In { @idempotencyToken t: String }`,
    ["breaking ChangedIdempotencyToken ex#In$t"],
  ],
  [
    "ChangedPaginatedTrait",
    `@readonly @paginated(inputToken: "n", outputToken: "n", items: "xs")\noperation Op { input: In, output: Out }\n@input structure In { n: String }\n@output structure Out { n: String, xs: L, ys: L }\nlist L { member: String }`,
    `@readonly @paginated(inputToken: "n", outputToken: "n", items: "ys")\noperation Op { input: In, output: Out }\n@input structure In { n: String }\n@output structure Out { n: String, xs: L, ys: L }\nlist L { member: String }`,
    ["breaking ChangedPaginatedTrait ex#Op"],
  ],
  [
    "RemovedPaginatedTrait",
    `@readonly @paginated(inputToken: "n", outputToken: "n")\noperation Op { input: In, output: Out }\n@input structure In { n: String }\n@output structure Out { n: String }`,
    `@readonly\noperation Op { input: In, output: Out }\n@input structure In { n: String }\n@output structure Out { n: String }`,
    ["breaking RemovedPaginatedTrait ex#Op"],
  ],
  [
    "AddedPaginatedTrait",
    `@readonly\noperation Op { input: In, output: Out }\n@input structure In { n: String }\n@output structure Out { n: String }`,
    `@readonly @paginated(inputToken: "n", outputToken: "n")\noperation Op { input: In, output: Out }\n@input structure In { n: String }\n@output structure Out { n: String }`,
    ["compatible AddedPaginatedTrait ex#Op"],
  ],
  [
    "ChangedOperationInput",
    `${OP}\n@input structure In {}\nstructure In2 {}`,
    `operation Op { input: In2, output: Out }\n@output structure Out {}\nstructure In {}\nstructure In2 {}`,
    ["breaking RemovedShape ex#In", "breaking ChangedOperationInput ex#Op", "compatible AddedShape ex#In2"],
  ],
  [
    "ChangedOperationOutput",
    `${OP}\n@input structure In {}`,
    `operation Op { input: In }\n@input structure In {}`,
    ["breaking ChangedOperationOutput ex#Op", "breaking RemovedShape ex#Out"],
  ],
  [
    "AddedOperationError",
    `operation Op { input: In, output: Out, errors: [E1] }\n@output structure Out {}\n@input structure In {}\n@error("client") structure E1 {}\n@error("client") structure E2 {}`,
    `operation Op { input: In, output: Out, errors: [E1, E2] }\n@output structure Out {}\n@input structure In {}\n@error("client") structure E1 {}\n@error("client") structure E2 {}`,
    ["dangerous AddedOperationError ex#Op", "compatible AddedShape ex#E2"],
  ],
  [
    "AddedServiceError / RemovedServiceError",
    `${OP}\n@input structure In {}\n@error("client") structure E1 {}\n@error("server") structure E2 {}`,
    `${OP}\n@input structure In {}\n@error("client") structure E1 {}\n@error("server") structure E2 {}`,
    [
      "breaking RemovedShape ex#E1",
      "dangerous AddedServiceError ex#Svc",
      "dangerous RemovedServiceError ex#Svc",
      "compatible AddedShape ex#E2",
    ],
    [svc("Op", "errors: [E1]"), svc("Op", "errors: [E2]")],
  ],
  [
    "RemovedDefault / ChangedDefault",
    `${OP}\n@input structure In {\na: String = "x"\nb: Integer = 1\n}`,
    `${OP}\n@input structure In {\na: String\nb: Integer = 2\n}`,
    ["dangerous RemovedDefault ex#In$a", "dangerous ChangedDefault ex#In$b"],
  ],
  [
    "ChangedDocumentation",
    `${OP}\n/// Old.\n@input structure In { a: String }`,
    `${OP}\n/// New.\n@input structure In {\n/// The a.\na: String }`,
    ["compatible ChangedDocumentation ex#In", "compatible ChangedDocumentation ex#In$a"],
  ],
  [
    "AddedDeprecatedTrait",
    `${OP}\n@input structure In { a: String }`,
    `${OP}\n@input structure In { @deprecated a: String }`,
    ["dangerous AddedDeprecatedTrait ex#In$a"],
  ],
  [
    "RemovedDeprecatedTrait",
    `${OP}\n@input structure In { @deprecated a: String }`,
    `${OP}\n@input structure In { a: String }`,
    ["compatible RemovedDeprecatedTrait ex#In$a"],
  ],
  [
    "ChangedServiceRename",
    `${OP}\n@input structure In { a: A }\nstructure A {}`,
    `${OP}\n@input structure In { a: A }\nstructure A {}`,
    ["breaking ChangedServiceRename ex#Svc"],
    [svc("Op", 'rename: { "ex#A": "First" }'), svc("Op", 'rename: { "ex#A": "Second" }')],
  ],
  [
    "ModifiedTrait",
    `${OP}\n@input structure In { a: Secret }\nstring Secret`,
    `${OP}\n@input structure In { a: Secret }\n@sensitive string Secret`,
    ["dangerous ModifiedTrait ex#Secret"],
  ],
  [
    "ChangedResourceIdentifiers",
    `${OP}\n@input structure In {}\nresource R { identifiers: { rid: String } }`,
    `${OP}\n@input structure In {}\nresource R { identifiers: { id: String } }`,
    ["breaking ChangedResourceIdentifiers ex#R"],
    [svc("Op", "resources: [R]"), svc("Op", "resources: [R]")],
  ],
  [
    "ChangedServiceVersion",
    `${OP}\n@input structure In {}`,
    `${OP}\n@input structure In {}`,
    ["breaking ChangedServiceVersion ex#Svc"],
    [svc("Op"), svc("Op").replace('version: "1"', 'version: "2"')],
  ],
  [
    "ChangedProtocol",
    `${OP}\n@input structure In {}`,
    `${OP}\n@input structure In {}`,
    ["breaking ChangedProtocol ex#Svc"],
    [svc("Op"), svc("Op", "", `@aws.protocols#awsJson1_1 @sigv4(name: "svc") @service(sdkId: "Svc")`)],
  ],
  [
    "ChangedSigV4Name",
    `${OP}\n@input structure In {}`,
    `${OP}\n@input structure In {}`,
    ["breaking ChangedSigV4Name ex#Svc"],
    [svc("Op"), svc("Op", "", `@awsJson1_0 @sigv4(name: "other") @service(sdkId: "Svc")`)],
  ],
  [
    "ChangedSdkId",
    `${OP}\n@input structure In {}`,
    `${OP}\n@input structure In {}`,
    ["breaking ChangedSdkId ex#Svc"],
    [svc("Op"), svc("Op", "", `@awsJson1_0 @sigv4(name: "svc") @service(sdkId: "Other")`)],
  ],
  [
    "RenamedService",
    `${OP}\n@input structure In {}`,
    `${OP}\n@input structure In {}`,
    ["breaking RenamedService ex#Svc2"],
    [svc("Op"), svc("Op").replace("service Svc", "service Svc2")],
  ],
];

describe("diffModels: one row per rule", () => {
  it.each(rows)("%s", (_rule, before, after, expected, services) => {
    expect(diff(before, after, services)).toEqual(expected);
  });

  it("finds nothing between a model and itself", () => {
    const shapes = `${OP}\n@input structure In { @required a: String, e: E }\nenum E { A }`;
    expect(diff(shapes, shapes)).toEqual([]);
  });

  it("refuses a model without a service", () => {
    const none = loadSources([
      { path: "a.smithy", text: '$version: "2"\nnamespace ex\nstructure A {}' },
    ]).model;
    expect(() => diffModels(none as Model, none as Model)).toThrow(DiffError);
  });
});
