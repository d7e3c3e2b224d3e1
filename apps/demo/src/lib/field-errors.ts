/**
 * Places a ValidationException's FieldList next to the fields it names. `BenefitApplicationDetails.A.B`
 * goes into the JSON Schema form (rjsf's `extraErrors` tree); the request's own members (`Name`,
 * `FulfillmentTypes`, `PartnerContacts[0].Email`, `FileDetails[1].FileStatus`, ...) go to the portal's
 * fields by the same name; anything else stays in the banner.
 */
import type { ValidationExceptionField } from "@pc-benefits/client";

/** rjsf's ErrorSchema shape: nested by property, messages under `__errors`. */
export interface ErrorTree {
  __errors?: string[];
  [key: string]: ErrorTree | string[] | undefined;
}

export interface PlacedErrors {
  /** Errors inside BenefitApplicationDetails, for the schema form. */
  details: ErrorTree;
  /** Messages by top-level field path, e.g. `Name`, `PartnerContacts[0].Email`. */
  fields: Record<string, string[]>;
  /** Entries no field of the page shows. */
  unplaced: ValidationExceptionField[];
}

export const DETAILS_ROOT = "BenefitApplicationDetails";

/** `A.B[2].C` → `["A", "B", "2", "C"]`. */
export function pathSegments(name: string): string[] {
  return name
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((s) => s !== "");
}

function addAt(tree: ErrorTree, segments: readonly string[], message: string): void {
  let node = tree;
  for (const segment of segments) {
    const next = node[segment];
    if (next === undefined || Array.isArray(next)) {
      const created: ErrorTree = {};
      node[segment] = created;
      node = created;
    } else {
      node = next;
    }
  }
  node.__errors = [...(node.__errors ?? []), message];
}

/**
 * `knownFields` lists the top-level paths the page renders (exact names such as `Name`, or prefixes
 * ending in `.` such as `FileDetails[`); entries for other names are returned as unplaced.
 */
export function placeFieldErrors(
  fieldList: readonly ValidationExceptionField[],
  knownFields: readonly string[],
): PlacedErrors {
  const placed: PlacedErrors = { details: {}, fields: {}, unplaced: [] };
  for (const field of fieldList) {
    const name = field.Name ?? "";
    const message = field.Message ?? field.Code ?? "Invalid value.";
    const [head, ...rest] = pathSegments(name);
    if (head === DETAILS_ROOT) {
      addAt(placed.details, rest, message);
      continue;
    }
    const known = knownFields.some((k) => (k.endsWith("[") ? name.startsWith(k) : name === k));
    if (known) placed.fields[name] = [...(placed.fields[name] ?? []), message];
    else placed.unplaced.push(field);
  }
  return placed;
}

/** True when the tree holds at least one message. */
export function hasErrors(tree: ErrorTree): boolean {
  return Object.entries(tree).some(([key, value]) =>
    key === "__errors"
      ? (value as string[]).length > 0
      : value !== undefined && hasErrors(value as ErrorTree),
  );
}
