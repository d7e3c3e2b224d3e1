/**
 * Model validation, run after a successful assembly. Validators run in
 * Smithy's order: `Target` and `ResourceCycle` first, then the other critical validators, then
 * everything else; each phase stops the run if it produced an ERROR. Non-ERROR events about
 * prelude shapes are dropped, and non-ERROR events can be suppressed with `@suppress([...])`.
 */
import type { Diagnostic } from "../diagnostic.js";
import type { Model } from "../model.js";
import { splitMember } from "../shape-id.js";
import { validateConstraintTraits } from "./constraint-trait-validators.js";
import { validateDefaults } from "./default-trait-validator.js";
import { validateEnumShapes } from "./enum-shape-validator.js";
import { validateOperations } from "./operation-validator.js";
import { validatePagination } from "./paginated-validator.js";
import { validatePrivateAccess } from "./private-access-validator.js";
import {
  validateIdentifierBindings,
  validateResourceCycles,
  validateResourceIdentifiers,
  validateResourceLifecycles,
  validateSingleBindings,
} from "./resource-validators.js";
import { validateServices } from "./service-validator.js";
import { validateShapeIdConflicts } from "./shape-id-conflict-validator.js";
import { PRELUDE_PREFIX, ShapeIndex } from "./shape-index.js";
import { validateTargets } from "./target-validator.js";
import { validateExclusiveMemberTraits, validateTraitConflicts } from "./trait-conflict-validator.js";
import { validateTraitTargets } from "./trait-target-validator.js";
import { validateTraitValues } from "./trait-value-validator.js";
import { validateUnitType } from "./unit-type-validator.js";

type Validator = (index: ShapeIndex) => Diagnostic[];

/** Validator phases; a phase that reports an ERROR ends the run. */
const PHASES: Validator[][] = [
  [validateTargets, validateResourceCycles],
  [
    validateEnumShapes,
    validateExclusiveMemberTraits,
    validateTraitTargets,
    validateTraitValues,
    validateTraitConflicts,
    validateDefaults,
    validateShapeIdConflicts,
    validateSingleBindings,
  ],
  [
    validateUnitType,
    validateConstraintTraits,
    validateServices,
    validatePagination,
    validateOperations,
    validatePrivateAccess,
    validateResourceLifecycles,
    validateResourceIdentifiers,
    validateIdentifierBindings,
  ],
];

/** Runs the model validators; returns their events (ERROR, DANGER, WARNING, NOTE). */
export function validateModel(model: Model): Diagnostic[] {
  const index = new ShapeIndex(model);
  const suppressions = metadataSuppressions(model);
  const all: Diagnostic[] = [];
  for (const phase of PHASES) {
    const events = phase
      .flatMap((validate) => validate(index))
      .filter((d) => keep(index, d) && !suppressedByMetadata(suppressions, d));
    all.push(...events);
    if (events.some((d) => d.severity === "ERROR")) break;
  }
  return all;
}

function keep(index: ShapeIndex, d: Diagnostic): boolean {
  if (d.severity === "ERROR" || d.shapeId === undefined) return true;
  if (d.shapeId.startsWith(PRELUDE_PREFIX)) return false;
  // A suppression on a shape also covers events about its members.
  const [root] = splitMember(d.shapeId);
  for (const id of new Set([d.shapeId, root])) {
    const suppress = index.get(id)?.traits.get("smithy.api#suppress");
    if (
      Array.isArray(suppress) &&
      suppress.some((s) => typeof s === "string" && (d.id === s || d.id.startsWith(`${s}.`)))
    ) {
      return false;
    }
  }
  return true;
}

interface MetadataSuppression {
  id: string;
  namespace: string;
}

/** The `suppressions` metadata entries (`[{ id, namespace: "ns" | "*", reason? }]`), malformed ones ignored. */
function metadataSuppressions(model: Model): MetadataSuppression[] {
  const raw = model.metadata.get("suppressions");
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return [];
    const { id, namespace } = entry;
    return typeof id === "string" && typeof namespace === "string" ? [{ id, namespace }] : [];
  });
}

/** Non-ERROR events matched by a metadata suppression (by event id and the shape's namespace, or `*`). */
function suppressedByMetadata(suppressions: readonly MetadataSuppression[], d: Diagnostic): boolean {
  if (d.severity === "ERROR" || suppressions.length === 0) return false;
  const namespace = d.shapeId?.split("#")[0];
  return suppressions.some(
    (s) =>
      (d.id === s.id || d.id.startsWith(`${s.id}.`)) && (s.namespace === "*" || s.namespace === namespace),
  );
}
