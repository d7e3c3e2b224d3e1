/**
 * The IDL in `model/` must say exactly what AWS's published JSON AST of the service says (shapes,
 * members, targets, traits, operations, resources), except the trait namespaces we chose not to model.
 * The published file lives outside the repository; without it the comparison is skipped, loudly.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { AstShape, JsonAst } from "../src/model/ast.js";
import { formatDiagnostic } from "../src/model/diagnostic.js";
import { loadPaths } from "../src/model/load.js";
import { toJsonAst } from "../src/model/serialize.js";
import { countDocumented, diffJsonAst } from "./model/ast-diff.js";
import { sharedDir } from "./support/shared-dir.js";

const NAMESPACE = "com.amazonaws.partnercentralbenefits";
const SERVICE = `${NAMESPACE}#PartnerCentralBenefitsService`;
/** Published traits we deliberately leave out: IAM condition keys, endpoint rules, smoke tests. */
const IGNORED_TRAIT_PREFIXES = ["aws.iam#", "smithy.rules#", "smithy.test#"];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const modelDir = join(repoRoot, "model");
const referenceFile = join(
  process.env.PCB_REFERENCE_DIR ?? join(sharedDir, "reference"),
  "aws-partnercentral-benefits-2018-05-10.json",
);
const hasReference = existsSync(referenceFile);
if (!hasReference) {
  console.warn(
    `model-equality: SKIPPING the comparison with AWS's published model: ${referenceFile} not found ` +
      "(set PCB_SHARED_DIR to the shared folder, or PCB_REFERENCE_DIR to the folder holding it).",
  );
}

let ours: JsonAst;

beforeAll(() => {
  const { model, diagnostics } = loadPaths([modelDir]);
  // AWS's own model draws one PatternTrait warning; model/ suppresses it in metadata, so nothing is left.
  const problems = diagnostics.filter((d) => d.severity !== "NOTE").map(formatDiagnostic);
  expect(problems, "model/ must load without errors or warnings").toEqual([]);
  expect(model, "model/ did not assemble").toBeDefined();
  if (model) ours = toJsonAst(model);
});

describe("model/ against AWS's published model", () => {
  it.skipIf(!hasReference)("is semantically identical (one line per difference)", () => {
    const published = JSON.parse(readFileSync(referenceFile, "utf8")) as JsonAst;
    const differences = diffJsonAst(published, ours, {
      namespaces: [NAMESPACE],
      ignoredTraitPrefixes: IGNORED_TRAIT_PREFIXES,
    });
    expect(differences).toEqual([]);
  });

  it.skipIf(!hasReference)("documents as many shapes and members as the published model", () => {
    const published = JSON.parse(readFileSync(referenceFile, "utf8")) as JsonAst;
    expect(countDocumented(ours, [NAMESPACE])).toBe(countDocumented(published, [NAMESPACE]));
  });
});

describe("model/ on its own", () => {
  const shapes = () => Object.entries(ours.shapes).filter(([id]) => id.startsWith(`${NAMESPACE}#`));

  it("binds the 17 operations to the service", () => {
    const service = ours.shapes[SERVICE];
    expect(service?.type).toBe("service");
    const operations = shapes().filter(([, s]) => s.type === "operation");
    expect(operations).toHaveLength(17);
    expect(service?.operations?.map((r) => r.target).sort()).toEqual(operations.map(([id]) => id).sort());
  });

  it("documents the service, every operation, error and structure, and every member of them", () => {
    const ioShapes = new Set(
      shapes().flatMap(([, s]) => (s.type === "operation" ? [s.input?.target, s.output?.target] : [])),
    );
    const undocumented: string[] = [];
    const isDocumented = (s: { traits?: AstShape["traits"] }) =>
      s.traits?.["smithy.api#documentation"] !== undefined;
    for (const [id, shape] of shapes()) {
      const aggregate = shape.type === "structure" || shape.type === "union";
      const needsDocs = shape.type === "service" || shape.type === "operation" || aggregate;
      if (needsDocs && !ioShapes.has(id) && !isDocumented(shape)) undocumented.push(id);
      if (aggregate) {
        for (const [name, member] of Object.entries(shape.members ?? {})) {
          if (!isDocumented(member)) undocumented.push(`${id}$${name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
