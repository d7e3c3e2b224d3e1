/** What every operation implementation shares: store, settings, catalogs, clock and helpers. */

import { ResourceNotFoundException } from "@pc-benefits/protocol/models";
import type { Benefit } from "../catalog/seed-catalog.js";
import type { AllocationRecord, ApplicationRecord } from "../store/records.js";
import type { EmulatorStore } from "../store/store.js";
import type { Clock } from "./clock.js";
import { fieldError } from "./errors.js";
import type { IdempotencyRegistry } from "./idempotency.js";
import { type ResourceKind, resolveIdentifier } from "./identifiers.js";
import type { PageTokens } from "./pagination.js";
import type { RequestSchemaValidator } from "./request-validation.js";
import type { EmulatorSettings } from "./settings.js";

export interface EngineContext {
  store: EmulatorStore;
  settings: EmulatorSettings;
  /** Benefits per catalog, sorted by ID. */
  catalogs: ReadonlyMap<string, readonly Benefit[]>;
  now: Clock;
  tokens: IdempotencyRegistry;
  pages: PageTokens;
  validator: RequestSchemaValidator;
  /** Called after a successful Submit (auto-review scheduling). */
  onSubmitted(record: ApplicationRecord): void;
}

/** docs/behaviour.md#catalogs: only the configured catalogs, case-sensitive. */
export function assertCatalog(ctx: Pick<EngineContext, "settings">, catalog: string): void {
  if (!ctx.settings.catalogs.includes(catalog)) {
    throw fieldError(
      "Catalog",
      "INVALID_ENUM_VALUE",
      `Catalog must be one of ${ctx.settings.catalogs.join(", ")}; got ${JSON.stringify(catalog)}.`,
    );
  }
}

export function findBenefit(ctx: EngineContext, catalog: string, identifier: string): Benefit | undefined {
  const id = resolveIdentifier(identifier, "benefit", catalog, "");
  if (id === undefined) return undefined;
  return ctx.catalogs.get(catalog)?.find((b) => b.id === id);
}

export function requireBenefit(ctx: EngineContext, catalog: string, identifier: string): Benefit {
  const benefit = findBenefit(ctx, catalog, identifier);
  if (!benefit)
    throw new ResourceNotFoundException({
      $metadata: {},
      message: `Benefit ${identifier} was not found in catalog ${catalog}.`,
    });
  return benefit;
}

function resolveOwned(
  kind: ResourceKind,
  identifier: string,
  catalog: string,
  account: string,
): string | undefined {
  return resolveIdentifier(identifier, kind, catalog, account);
}

/** The caller's application named by `identifier` (ID or ARN); ResourceNotFound otherwise, also across accounts. */
export function requireApplication(
  ctx: EngineContext,
  catalog: string,
  identifier: string,
  account: string,
): ApplicationRecord {
  const id = resolveOwned("benefit-application", identifier, catalog, account);
  const record = id === undefined ? undefined : ctx.store.getApplication(catalog, id);
  if (!record || record.account !== account) {
    throw new ResourceNotFoundException({
      $metadata: {},
      message: `Benefit application ${identifier} was not found in catalog ${catalog}.`,
    });
  }
  return record;
}

export function requireAllocation(
  ctx: EngineContext,
  catalog: string,
  identifier: string,
  account: string,
): AllocationRecord {
  const id = resolveOwned("benefit-allocation", identifier, catalog, account);
  const record = id === undefined ? undefined : ctx.store.getAllocation(catalog, id);
  if (!record || record.account !== account) {
    throw new ResourceNotFoundException({
      $metadata: {},
      message: `Benefit allocation ${identifier} was not found in catalog ${catalog}.`,
    });
  }
  return record;
}

/** docs/behaviour.md#list-filters: list filters carry at most the configured number of values. */
export function assertFilterCap(
  ctx: Pick<EngineContext, "settings">,
  operation: string,
  member: string,
  values?: readonly unknown[],
) {
  if (!values) return;
  const cap = ctx.settings.filterCaps[`${operation}.${member}`];
  if (cap !== undefined && values.length > cap) {
    throw fieldError(
      member,
      "TOO_MANY_VALUES",
      `${member} accepts at most ${cap} value(s); got ${values.length}.`,
    );
  }
}

/** MaxResults: 1-100, default from settings (see docs/behaviour.md#pagination). */
export function pageSize(ctx: Pick<EngineContext, "settings">, maxResults: number | undefined): number {
  if (maxResults === undefined) return ctx.settings.defaultMaxResults;
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 100) {
    throw fieldError("MaxResults", "VALUE_OUT_OF_RANGE", "MaxResults must be an integer from 1 to 100.");
  }
  return maxResults;
}
