/**
 * The trait definitions we bundle (`src/model/prelude/*.smithy`) must describe exactly the shapes
 * Smithy's own definition files describe: same shape types, mixins, members and targets, same
 * traits with the same values, documentation aside (ours is written in our own words). Smithy's
 * files live outside the repository; without them the comparison is skipped, loudly.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseIdl } from "../src/idl/parser.js";
import { assemble } from "../src/model/assembler.js";
import type { NodeValue, ShapeId } from "../src/model/ast.js";
import { formatDiagnostic } from "../src/model/diagnostic.js";
import type { Member, Model, Shape } from "../src/model/model.js";
import { assembleSources } from "../src/model/sources.js";
import { sharedPath } from "./support/shared-dir.js";

const DOCUMENTATION = "smithy.api#documentation";
const REFERENCE_PREFIX = "reference:";
/** Where a shape was read (kept flat on the shape by its `Located` base), not what it says. */
const LOCATION_FIELDS = new Set(["file", "line", "column", "offset"]);

const referenceDir = sharedPath("reference/smithy-traits", "trait-definitions");
const referenceFiles = referenceDir
  ? readdirSync(referenceDir)
      .filter((name) => name.endsWith(".smithy"))
      .sort()
  : [];

function assembleReference(dir: string): Model {
  const files = referenceFiles.map((name) =>
    parseIdl(readFileSync(join(dir, name), "utf8"), `${REFERENCE_PREFIX}${name}`),
  );
  const { model, diagnostics } = assemble(files);
  const errors = [...files.flatMap((f) => f.diagnostics), ...diagnostics].filter(
    (d) => d.severity === "ERROR",
  );
  expect(errors.map(formatDiagnostic), "Smithy's definitions assemble").toEqual([]);
  return model;
}

function traitsOf(traits: ReadonlyMap<ShapeId, NodeValue>): [ShapeId, NodeValue][] {
  return [...traits].filter(([id]) => id !== DOCUMENTATION).sort(([a], [b]) => a.localeCompare(b));
}

function describeMember(member: Member): unknown {
  return { target: member.target, traits: traitsOf(member.traits) };
}

/** Everything a definition says, documentation aside, as plain data (members in order). */
function describeShape(shape: Shape): unknown {
  const { id: _id, location: _location, traits, introducedTraits: _introduced, members, ...rest } = shape;
  const fields = Object.fromEntries(
    Object.entries(rest)
      .filter(([k]) => !LOCATION_FIELDS.has(k))
      .map(([k, v]) => [k, v instanceof Map ? [...v].sort() : v]),
  );
  return {
    ...fields,
    traits: traitsOf(traits),
    members: [...members].map(([name, member]) => [name, describeMember(member)]),
  };
}

/** One line per shape that differs, is missing on our side, or is defined by us only. */
function differences(reference: Model, ours: Model, file: string): string[] {
  const out: string[] = [];
  const theirs = [...reference.shapes.values()].filter(
    (s) => s.location.file === `${REFERENCE_PREFIX}${file}`,
  );
  for (const shape of theirs) {
    const mine = ours.shapes.get(shape.id);
    if (!mine) {
      out.push(`${shape.id}: missing (a ${shape.type})`);
      continue;
    }
    const want = JSON.stringify(describeShape(shape));
    const got = JSON.stringify(describeShape(mine));
    if (want !== got) out.push(`${shape.id}: ours ${got}\n  Smithy's ${want}`);
  }
  return out;
}

describe.skipIf(!referenceDir)("bundled trait definitions against Smithy's", () => {
  const reference = referenceDir ? assembleReference(referenceDir) : undefined;
  const ours = assembleSources([]).model;

  it("find Smithy's definition files", () => {
    expect(referenceFiles.length).toBeGreaterThanOrEqual(18);
  });

  it.each(referenceFiles)("%s: every shape defined the same way", (file) => {
    expect(differences(reference as Model, ours, file)).toEqual([]);
  });

  it("define no shape that Smithy's files do not define", () => {
    const theirs = reference as Model;
    const extra = [...ours.shapes.keys()].filter((id) => !theirs.shapes.has(id));
    expect(extra).toEqual([]);
  });
});
