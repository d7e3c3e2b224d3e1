/**
 * `createEmulator`: the engine behind both transports. Returns one async handler per operation
 * (the generated server handler interface), the reviewer-control API, and lifecycle functions.
 */

import { InternalServerException } from "@pc-benefits/protocol/models";
import { type Benefit, seedCatalog } from "../catalog/seed-catalog.js";
import type { EmulatorFixtures } from "../seeding/fixture-format.js";
import { loadFixtureRecords } from "../seeding/load-fixtures.js";
import { type FixtureRecords, fixtureRecords } from "../seeding/parse-fixtures.js";
import { MemoryStore } from "../store/memory-store.js";
import type { EmulatorStore } from "../store/store.js";
import type { EmulatorHandlers, OperationName, OperationShapes, RequestContext } from "./api-types.js";
import { type AutoReviewOptions, createAutoReviewer } from "./auto-review.js";
import { type Clock, monotonicClock } from "./clock.js";
import type { EngineContext } from "./engine-context.js";
import { isModelledError } from "./errors.js";
import { FaultInjector, type FaultOptions } from "./faults.js";
import { IdempotencyRegistry } from "./idempotency.js";
import { getAllocation } from "./operations/allocations.js";
import {
  associateResource,
  createApplication,
  disassociateResource,
  getApplication,
  updateApplication,
} from "./operations/applications.js";
import { getBenefit, listBenefits } from "./operations/benefits.js";
import { listAllocations, listApplications } from "./operations/lists.js";
import { listTags, tagResource, untagResource } from "./operations/tagging.js";
import {
  amendApplication,
  cancelApplication,
  recallApplication,
  submitApplication,
} from "./operations/transitions.js";
import { PageTokens } from "./pagination.js";
import { randomUuid } from "./random.js";
import { RequestSchemaValidator } from "./request-validation.js";
import { createReviewer, type Reviewer } from "./reviewer.js";
import { type EmulatorSettings, resolveSettings, type SettingsOverrides } from "./settings.js";

export type { AutoReviewOptions } from "./auto-review.js";

export interface EmulatorOptions {
  /** Seed of the benefits catalogs (default 1); kept in the store, which wins on reopen. */
  seed?: string | number;
  /** Where state lives (default: in memory). Use `createSqliteStore` from `@pc-benefits/emulator/sqlite` to persist. */
  store?: EmulatorStore;
  /** Account of callers whose context names none (default 123456789012). */
  defaultAccountId?: string;
  /** Overrides of the behaviour settings (docs/behaviour.md). */
  settings?: SettingsOverrides;
  /** Injected faults (off by default). */
  faults?: FaultOptions;
  /** Approve (or reject...) submitted applications automatically after a delay, for demos. */
  autoReview?: AutoReviewOptions;
  /** Time source in epoch ms (default Date.now), made monotonic. */
  now?: () => number;
  /**
   * Applications and allocations to start with (see the fixtures format; `demoFixtures` is a ready set).
   * Checked in full first: fixtures that do not fit throw a `FixturesError` naming each offending field,
   * and nothing is loaded. Loaded into a store that has not had them yet, and again after every `reset()`.
   */
  fixtures?: EmulatorFixtures;
  /** Called with unexpected (non-service) errors before they are answered as InternalServerException. */
  onInternalError?: (error: unknown, operation: OperationName) => void;
}

export interface Emulator {
  handlers: EmulatorHandlers;
  reviewer: Reviewer;
  settings: EmulatorSettings;
  /** The catalog seed in use (the stored one when the store already had data). */
  seed: string;
  defaultAccountId: string;
  /** Benefits of a catalog, for fixtures and docs. */
  benefits(catalog: string): readonly Benefit[];
  /** Replaces the fault configuration at run time (undefined turns faults off). */
  setFaults(faults: FaultOptions | undefined): void;
  /**
   * Deletes every application, allocation and token (catalogs stay), cancels pending auto-reviews, and
   * loads the fixtures given at creation again (unless `{ fixtures: false }`).
   */
  reset(options?: { fixtures?: boolean }): void;
  /**
   * Adds fixtures to the current state, all or nothing: throws a `FixturesError` (nothing changed) when
   * they do not fit the format or an ID is taken. Returns how many records were added.
   */
  loadFixtures(fixtures: EmulatorFixtures): { applications: number; allocations: number };
  /** Cancels timers and closes the store. */
  close(): void;
}

const DEFAULT_ACCOUNT = "123456789012";

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const settings = resolveSettings(options.settings);
  const store = options.store ?? new MemoryStore();
  const now: Clock = monotonicClock(options.now);
  const seed = store.getMeta("seed") ?? String(options.seed ?? 1);
  const catalogs = new Map(settings.catalogs.map((c) => [c, seedCatalog(c, seed)] as const));
  const defaultAccountId = options.defaultAccountId ?? DEFAULT_ACCOUNT;
  const recordsOf = (fixtures: unknown): FixtureRecords =>
    fixtureRecords(fixtures, {
      catalogs,
      defaultAccountId,
      now: now(),
      allocationValidityMs: settings.allocationValidityMs,
    });
  // Checked before the store is written to: bad fixtures leave it as it was.
  const initialFixtures = options.fixtures === undefined ? undefined : recordsOf(options.fixtures);
  store.setMeta("seed", seed);
  let secret = store.getMeta("tokenSecret");
  if (!secret) {
    secret = randomUuid();
    store.setMeta("tokenSecret", secret);
  }
  if (initialFixtures && store.getMeta("fixturesLoaded") === undefined) {
    store.transaction(() => {
      loadFixtureRecords(store, initialFixtures);
      store.setMeta("fixturesLoaded", "1");
    });
  }

  const autoReview = createAutoReviewer({
    policy: options.autoReview,
    store,
    now,
    // Called from timers only, after `reviewer` below is set.
    review: (catalog, id, decision) => reviewer.review(catalog, id, decision),
    onError: (error) => options.onInternalError?.(error, "SubmitBenefitApplication"),
  });

  const ctx: EngineContext = {
    store,
    settings,
    catalogs,
    now,
    tokens: new IdempotencyRegistry(store, settings.clientTokenTtlMs, now),
    pages: new PageTokens(secret),
    validator: new RequestSchemaValidator(),
    onSubmitted: (record) => autoReview.submitted(record),
  };
  const reviewer: Reviewer = createReviewer(ctx, (fn) => store.transaction(fn));
  // Reviews armed before a restart (a persistent store) are due from their stored submit time.
  autoReview.resume();
  const faults = new FaultInjector(options.faults, () => settings.enforceRateQuotas, now);

  type Impl<Op extends OperationName> = (
    ctx: EngineContext,
    input: OperationShapes[Op][0],
    account: string,
  ) => OperationShapes[Op][1];

  const handler =
    <Op extends OperationName>(operation: Op, impl: Impl<Op>) =>
    async (input: OperationShapes[Op][0], context?: RequestContext): Promise<OperationShapes[Op][1]> => {
      const account = context?.accountId ?? defaultAccountId;
      await faults.before(operation, account);
      try {
        return store.transaction(() => impl(ctx, input, account));
      } catch (error) {
        if (isModelledError(error)) throw error;
        options.onInternalError?.(error, operation);
        throw new InternalServerException({
          $metadata: {},
          message: "An internal error occurred. Retry the request.",
        });
      }
    };

  const handlers: EmulatorHandlers = {
    ListBenefits: handler("ListBenefits", (c, input) => listBenefits(c, input)),
    GetBenefit: handler("GetBenefit", (c, input) => getBenefit(c, input)),
    CreateBenefitApplication: handler("CreateBenefitApplication", createApplication),
    GetBenefitApplication: handler("GetBenefitApplication", getApplication),
    ListBenefitApplications: handler("ListBenefitApplications", listApplications),
    UpdateBenefitApplication: handler("UpdateBenefitApplication", updateApplication),
    SubmitBenefitApplication: handler("SubmitBenefitApplication", submitApplication),
    RecallBenefitApplication: handler("RecallBenefitApplication", recallApplication),
    CancelBenefitApplication: handler("CancelBenefitApplication", cancelApplication),
    AmendBenefitApplication: handler("AmendBenefitApplication", amendApplication),
    AssociateBenefitApplicationResource: handler("AssociateBenefitApplicationResource", associateResource),
    DisassociateBenefitApplicationResource: handler(
      "DisassociateBenefitApplicationResource",
      disassociateResource,
    ),
    GetBenefitAllocation: handler("GetBenefitAllocation", getAllocation),
    ListBenefitAllocations: handler("ListBenefitAllocations", listAllocations),
    TagResource: handler("TagResource", tagResource),
    UntagResource: handler("UntagResource", untagResource),
    ListTagsForResource: handler("ListTagsForResource", listTags),
  };

  return {
    handlers,
    reviewer,
    settings,
    seed,
    defaultAccountId,
    benefits: (catalog) => catalogs.get(catalog) ?? [],
    setFaults: (next) => faults.configure(next),
    reset: (resetOptions) => {
      autoReview.cancel();
      store.transaction(() => {
        store.clear();
        if (initialFixtures && resetOptions?.fixtures !== false) loadFixtureRecords(store, initialFixtures);
      });
    },
    loadFixtures: (fixtures) => {
      const records = recordsOf(fixtures);
      loadFixtureRecords(store, records);
      return { applications: records.applications.length, allocations: records.allocations.length };
    },
    close: () => {
      autoReview.close();
      store.close();
    },
  };
}
