/**
 * One client's walk through the mocked service, in the browser: list the account's applications (none,
 * after `mock.reset()`) and the benefits, create an application, get it, update it with its revision
 * (and once more with the stale one), submit it, have a reviewer approve it, read the allocations,
 * then the error paths (unknown ID, an injected throttle) and a per-test override. Every value the
 * suite asserts is copied into plain JSON.
 */
import type { CreateBenefitApplicationCommandInput } from "@pc-benefits/client";
import {
  CREATED_NAME,
  type ErrorSummary,
  RENAMED_NAME,
  WALK_CATALOG,
  type WalkResult,
} from "./page-contract.js";
import type { WalkClient, WalkErrorClasses } from "./walk-client.js";

/** What the walk asks of the page: the mock's reviewer, fault injection and handler overrides. */
export interface WalkHooks {
  /** A BenefitApplicationDetails document valid for the benefit's request schema. */
  detailsFor(benefitId: string): CreateBenefitApplicationCommandInput["BenefitApplicationDetails"];
  approve(applicationId: string): void;
  failNextListBenefits(): void;
  /** `worker.use(getBenefit(...))`, answering `OVERRIDE_NAME`. */
  overrideGetBenefit(): void;
  /** `worker.resetHandlers()`. */
  resetHandlers(): void;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown; requestId?: unknown };
}

function summarize(error: unknown, expected: abstract new (...args: never) => Error): ErrorSummary {
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorLike;
  return {
    isExpectedClass: error instanceof expected,
    name: String(e.name),
    fault: typeof e.$fault === "string" ? e.$fault : undefined,
    httpStatusCode: typeof e.$metadata?.httpStatusCode === "number" ? e.$metadata.httpStatusCode : undefined,
    requestId: typeof e.$metadata?.requestId === "string" ? e.$metadata.requestId : undefined,
    message: String(e.message),
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the response has no ${what}`);
  return value;
}

export async function walk(
  clientName: WalkResult["client"],
  client: WalkClient,
  errors: WalkErrorClasses,
  hooks: WalkHooks,
): Promise<WalkResult> {
  let calls = 0;
  const call = <T>(send: () => Promise<T>): Promise<T> => {
    calls++;
    return send();
  };
  const failure = async (
    send: () => Promise<unknown>,
    expected: abstract new (...args: never) => Error,
  ): Promise<ErrorSummary> => {
    try {
      await call(send);
    } catch (error) {
      return summarize(error, expected);
    }
    throw new Error(`expected a ${expected.name}, the call succeeded`);
  };
  const Catalog = WALK_CATALOG;

  const existing = await call(() => client.listBenefitApplications({ Catalog }));
  const listed = await call(() => client.listBenefits({ Catalog }));
  const summaries = (listed.BenefitSummaries ?? []).map((s) => ({
    id: required(s.Id, "BenefitSummaries[].Id"),
    name: required(s.Name, "BenefitSummaries[].Name"),
    status: required(s.Status, "BenefitSummaries[].Status"),
    fulfillmentTypes: [...(s.FulfillmentTypes ?? [])],
  }));
  const benefit = required(
    listed.BenefitSummaries?.find((s) => s.Status === "ACTIVE"),
    "ACTIVE benefit",
  );
  const benefitId = required(benefit.Id, "Id");

  const created = await call(() =>
    client.createBenefitApplication({
      Catalog,
      ClientToken: crypto.randomUUID(),
      Name: CREATED_NAME,
      BenefitIdentifier: benefitId,
      FulfillmentTypes: benefit.FulfillmentTypes,
      BenefitApplicationDetails: hooks.detailsFor(benefitId),
    }),
  );
  const Identifier = required(created.Id, "Id");
  const firstRevision = required(created.Revision, "Revision");

  const fetched = await call(() => client.getBenefitApplication({ Catalog, Identifier }));

  const updated = await call(() =>
    client.updateBenefitApplication({
      Catalog,
      ClientToken: crypto.randomUUID(),
      Identifier,
      Revision: firstRevision,
      Name: RENAMED_NAME,
    }),
  );
  const afterUpdate = await call(() => client.getBenefitApplication({ Catalog, Identifier }));
  const staleRevision = await failure(
    () =>
      client.updateBenefitApplication({
        Catalog,
        ClientToken: crypto.randomUUID(),
        Identifier,
        Revision: firstRevision,
        Name: "never applied",
      }),
    errors.ConflictException,
  );

  await call(() => client.submitBenefitApplication({ Catalog, Identifier }));
  const submitted = await call(() => client.getBenefitApplication({ Catalog, Identifier }));

  hooks.approve(Identifier);
  const approved = await call(() => client.getBenefitApplication({ Catalog, Identifier }));
  const allocations = await call(() =>
    client.listBenefitAllocations({ Catalog, BenefitApplicationIdentifiers: [Identifier] }),
  );

  const notFound = await failure(
    () => client.getBenefitApplication({ Catalog, Identifier: "benappl-doesnotexist00" }),
    errors.ResourceNotFoundException,
  );

  hooks.failNextListBenefits();
  const throttled = await failure(() => client.listBenefits({ Catalog }), errors.ThrottlingException);
  const afterThrottle = await call(() => client.listBenefits({ Catalog }));

  hooks.overrideGetBenefit();
  const overridden = await call(() => client.getBenefit({ Catalog, Identifier: benefitId }));
  hooks.resetHandlers();
  const afterResetHandlers = await call(() => client.getBenefit({ Catalog, Identifier: benefitId }));

  return {
    client: clientName,
    calls,
    existingApplications: existing.BenefitApplicationSummaries?.length ?? 0,
    listBenefits: {
      httpStatusCode: listed.$metadata.httpStatusCode,
      requestId: listed.$metadata.requestId,
      summaries,
    },
    benefitId,
    created: {
      id: Identifier,
      arn: required(created.Arn, "Arn"),
      revision: firstRevision,
      httpStatusCode: created.$metadata.httpStatusCode,
    },
    fetched: {
      id: required(fetched.Id, "Id"),
      name: required(fetched.Name, "Name"),
      status: required(fetched.Status, "Status"),
      benefitId: required(fetched.BenefitId, "BenefitId"),
      revision: required(fetched.Revision, "Revision"),
      fulfillmentTypes: [...(fetched.FulfillmentTypes ?? [])],
      createdAtIsDate: fetched.CreatedAt instanceof Date,
      createdAt: String(
        fetched.CreatedAt instanceof Date ? fetched.CreatedAt.toISOString() : fetched.CreatedAt,
      ),
    },
    updated: {
      revision: required(updated.Revision, "Revision"),
      nameAfter: required(afterUpdate.Name, "Name"),
      revisionAfter: required(afterUpdate.Revision, "Revision"),
    },
    staleRevision,
    submitted: { status: required(submitted.Status, "Status"), stage: required(submitted.Stage, "Stage") },
    approved: {
      status: required(approved.Status, "Status"),
      allocationApplicationIds: (allocations.BenefitAllocationSummaries ?? []).map((a) =>
        required(a.BenefitApplicationId, "BenefitApplicationId"),
      ),
      allocationCount: allocations.BenefitAllocationSummaries?.length ?? 0,
    },
    notFound,
    throttled,
    afterThrottle: { count: afterThrottle.BenefitSummaries?.length ?? 0 },
    overridden: {
      id: required(overridden.Id, "Id"),
      name: required(overridden.Name, "Name"),
      catalog: required(overridden.Catalog, "Catalog"),
    },
    afterResetHandlers: {
      id: required(afterResetHandlers.Id, "Id"),
      name: required(afterResetHandlers.Name, "Name"),
    },
  };
}
