/**
 * ListBenefitApplications and ListBenefitAllocations: AND across filters, OR within one (see docs/behaviour.md#list-filters), keyset
 * pages in CreatedAt-descending order with NextTokens bound to the filters (see docs/behaviour.md#pagination).
 */

import type { Benefit } from "../../catalog/seed-catalog.js";
import type { AllocationRecord, ApplicationRecord } from "../../store/records.js";
import type {
  ListBenefitAllocationsInput,
  ListBenefitAllocationsOutput,
  ListBenefitApplicationsInput,
  ListBenefitApplicationsOutput,
} from "../api-types.js";
import type { EngineContext } from "../engine-context.js";
import { resolveIdentifier } from "../identifiers.js";
import { readPage } from "../list-page.js";
import { listRequest } from "../list-request.js";
import { RepeatedPages } from "../repeated-pages.js";
import {
  allocationSummary,
  applicationSummary,
  effectiveAllocationStatus,
  sharedApplicationSummary,
} from "../views.js";

const anyOf = <T>(wanted: readonly T[] | undefined, have: readonly T[]) =>
  !wanted?.length || have.some((v) => wanted.includes(v));
const oneOf = <T>(wanted: readonly T[] | undefined, value: T | undefined) =>
  !wanted?.length || (value !== undefined && wanted.includes(value));

const NO_FIELDS: readonly string[] = [];
const indexes = new WeakMap<readonly Benefit[], Map<string, Benefit>>();

/** `map`'s value for `key`, made by `make` and remembered on first use. */
function remembered<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** A catalog's benefits by ID (catalogs are static: indexed once). */
function benefitsById(catalog: readonly Benefit[]): Map<string, Benefit> {
  return remembered(indexes, catalog, () => new Map(catalog.map((b) => [b.id, b])));
}

/** Identifiers given as IDs or ARNs; ones that name nothing in this scope match nothing. */
function resolveAll(
  values: readonly string[] | undefined,
  kind: "benefit" | "benefit-application",
  catalog: string,
  account: string,
): string[] | undefined {
  if (!values?.length) return undefined;
  return values.map((v) => resolveIdentifier(v, kind, catalog, account) ?? `\u0000${v}`);
}

export function listApplications(
  ctx: EngineContext,
  input: ListBenefitApplicationsInput,
  account: string,
): ListBenefitApplicationsOutput {
  const { limit, cursor, binding, nextToken } = listRequest(
    ctx,
    "ListBenefitApplications",
    input,
    ["Programs", "FulfillmentTypes", "BenefitIdentifiers", "Status", "Stages"],
    account,
  );
  const benefitIds = resolveAll(input.BenefitIdentifiers, "benefit", input.Catalog, account);
  const resourceArns = [
    ...(input.AssociatedResourceArns ?? []),
    ...(input.AssociatedResources ?? [])
      .flatMap((r) => [r.ResourceArn, r.ResourceIdentifier])
      .filter((v): v is string => v !== undefined),
  ];
  const accept = (r: ApplicationRecord) =>
    anyOf(input.Programs, r.programs) &&
    anyOf(input.FulfillmentTypes, r.fulfillmentTypes) &&
    oneOf(benefitIds, r.benefitId) &&
    oneOf(input.Status, r.status) &&
    oneOf(input.Stages, r.stage) &&
    anyOf(resourceArns, r.associatedResources);
  const scope = { account, catalog: input.Catalog };
  const page = readPage((before, n) => ctx.store.scanApplications(scope, before, n), accept, limit, cursor);
  const output = (summary: typeof applicationSummary): ListBenefitApplicationsOutput => {
    const benefits = benefitsById(ctx.catalogs.get(input.Catalog) ?? []);
    return {
      BenefitApplicationSummaries: page.items.map((r) =>
        summary(r, ctx.settings.region, benefits.get(r.benefitId)?.summaryFields ?? NO_FIELDS),
      ),
      ...nextToken(page.nextCursor),
    };
  };
  const first = page.items[0];
  if (!first || !keepsRecordObjects(ctx, first)) return output(applicationSummary);
  const query = `${JSON.stringify(binding)}|${cursor ?? ""}|${limit}|${ctx.settings.region}`;
  return repeatedPages(ctx).output(query, page.items, page.nextCursor, () =>
    output(sharedApplicationSummary),
  );
}

/**
 * Whether the store hands out the same record object until it replaces it (the memory store does;
 * SQLite parses rows on every read). Sharing outputs per record object only pays off then: otherwise
 * every read would build, freeze and remember outputs nobody asks for again. Asked once per engine.
 */
const stableStores = new WeakMap<EngineContext, boolean>();

function keepsRecordObjects(ctx: EngineContext, sample: ApplicationRecord): boolean {
  return remembered(stableStores, ctx, () => ctx.store.getApplication(sample.catalog, sample.id) === sample);
}

const applicationPages = new WeakMap<
  EngineContext,
  RepeatedPages<ApplicationRecord, ListBenefitApplicationsOutput>
>();

function repeatedPages(ctx: EngineContext): RepeatedPages<ApplicationRecord, ListBenefitApplicationsOutput> {
  return remembered(applicationPages, ctx, () => new RepeatedPages());
}

export function listAllocations(
  ctx: EngineContext,
  input: ListBenefitAllocationsInput,
  account: string,
): ListBenefitAllocationsOutput {
  const { limit, cursor, nextToken } = listRequest(
    ctx,
    "ListBenefitAllocations",
    input,
    ["FulfillmentTypes", "BenefitIdentifiers", "BenefitApplicationIdentifiers", "Status"],
    account,
  );
  const benefitIds = resolveAll(input.BenefitIdentifiers, "benefit", input.Catalog, account);
  const applicationIds = resolveAll(
    input.BenefitApplicationIdentifiers,
    "benefit-application",
    input.Catalog,
    account,
  );
  const now = ctx.now();
  const accept = (r: AllocationRecord) =>
    oneOf(input.FulfillmentTypes, r.fulfillmentType) &&
    (!benefitIds ||
      benefitIds.includes(r.benefitId) ||
      r.applicableBenefitIds.some((id) => benefitIds.includes(id))) &&
    oneOf(applicationIds, r.applicationId) &&
    oneOf(input.Status, effectiveAllocationStatus(r, now).status);
  const scope = { account, catalog: input.Catalog };
  const page = readPage((before, n) => ctx.store.scanAllocations(scope, before, n), accept, limit, cursor);
  return {
    BenefitAllocationSummaries: page.items.map((r) => allocationSummary(r, ctx.settings.region, now)),
    ...nextToken(page.nextCursor),
  };
}
