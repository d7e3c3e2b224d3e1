/**
 * Reviewer control (see docs/behaviour.md#amend, #allocations, #file-processing): what AWS's internal reviewers do, as a programmatic API. Moves
 * applications between review statuses with stage and reasons, creates allocations on approval,
 * and marks files processed or failed. Errors are the generated error classes, so HTTP routes can serialize them.
 */

import { ResourceNotFoundException } from "@pc-benefits/protocol/models";
import type { Benefit } from "../catalog/seed-catalog.js";
import type {
  AllocationRecord,
  ApplicationRecord,
  FileRecord,
  FileStatus,
  HistoryAction,
  ProcessedFileStatus,
  StoredFulfillmentDetail,
} from "../store/records.js";
import type {
  AllocationStatus,
  ApplicationStatus,
  CurrencyCode,
  FulfillmentType,
  GetBenefitAllocationOutput,
  GetBenefitApplicationOutput,
} from "./api-types.js";
import { assertCatalog, type EngineContext } from "./engine-context.js";
import { fieldError, validationError } from "./errors.js";
import { effectiveFileStatus } from "./files.js";
import { newId, parseArn } from "./identifiers.js";
import { type ReviewOutcome, reviewerMayMove } from "./lifecycle.js";
import { saveRevision } from "./operations/mutation.js";
import { randomIdBody } from "./random.js";
import { allocationOutput, applicationOutput } from "./views.js";

export interface ReviewDecision {
  status: ReviewOutcome;
  stage?: string;
  statusReason?: string;
  statusReasonCodes?: string[];
  /** On APPROVED: create one allocation per fulfillment type (default: the `allocateOnApproval` setting). */
  allocate?: boolean;
  /**
   * On APPROVED: the allocations to create instead of the default one per fulfillment type (amounts,
   * currencies, credit or cash terms), each of one of the application's fulfillment types.
   */
  allocations?: AllocationSpec[];
}

export interface AllocationSpec {
  fulfillmentType: FulfillmentType;
  name?: string;
  description?: string;
  /** Amount in `currencyCode` (default: the benefit's funding). */
  amount?: string;
  currencyCode?: CurrencyCode;
  status?: AllocationStatus;
  startsAt?: number;
  expiresAt?: number;
  applicableBenefitIds?: string[];
  /**
   * A pre-approved amount drawn down over time (ConsumableDetails) instead of a one-off grant;
   * `utilized` (default "0") is subtracted from the amount for `RemainingAmount`.
   */
  consumable?: { utilized?: string };
}

export interface AllocationChange {
  status?: AllocationStatus;
  statusReason?: string;
  expiresAt?: number;
}

/** One step of an application's history, as the control API answers it. */
export interface ApplicationHistoryEntry {
  at: Date;
  action: "Create" | HistoryAction;
  status: ApplicationStatus;
  stage?: string;
  reason?: string;
  /** The revision the step left; absent on the creation step (later steps replaced it). */
  revision?: string;
}

export interface ReviewResult {
  application: GetBenefitApplicationOutput;
  allocations: GetBenefitAllocationOutput[];
}

export interface Reviewer {
  /** Moves an IN_REVIEW / ACTION_REQUIRED application; APPROVED may create allocations. */
  review(catalog: string, identifier: string, decision: ReviewDecision): ReviewResult;
  approve(catalog: string, identifier: string, options?: Omit<ReviewDecision, "status">): ReviewResult;
  reject(catalog: string, identifier: string, options?: Omit<ReviewDecision, "status">): ReviewResult;
  requestAction(catalog: string, identifier: string, options?: Omit<ReviewDecision, "status">): ReviewResult;
  setFileStatus(
    catalog: string,
    identifier: string,
    fileUri: string,
    status: FileStatus,
    reason?: string,
  ): GetBenefitApplicationOutput;
  /** Moves every file that still reads `PENDING` to `status` (default `SUCCEEDED`). */
  processFiles(
    catalog: string,
    identifier: string,
    status?: ProcessedFileStatus,
    reason?: string,
  ): GetBenefitApplicationOutput;
  /**
   * Applications of `account` waiting for a reviewer (`IN_REVIEW`, `ACTION_REQUIRED`), the longest waiting
   * (least recently updated) first.
   */
  waiting(catalog: string, account: string): GetBenefitApplicationOutput[];
  /** The application's history, oldest first: its creation, then every change (status, stage, reason, revision). */
  history(catalog: string, identifier: string): ApplicationHistoryEntry[];
  createAllocation(
    catalog: string,
    applicationIdentifier: string,
    spec: AllocationSpec,
  ): GetBenefitAllocationOutput;
  updateAllocation(catalog: string, identifier: string, change: AllocationChange): GetBenefitAllocationOutput;
}

/** The reviewer sees every account's data: identifiers are IDs or ARNs, looked up by catalog only. */
function idOf(identifier: string): string {
  return identifier.startsWith("arn:") ? (parseArn(identifier)?.id ?? identifier) : identifier;
}

export function createReviewer(ctx: EngineContext, transaction: <T>(fn: () => T) => T): Reviewer {
  const region = () => ctx.settings.region;

  const application = (catalog: string, identifier: string): ApplicationRecord => {
    assertCatalog(ctx, catalog);
    const record = ctx.store.getApplication(catalog, idOf(identifier));
    if (!record)
      throw new ResourceNotFoundException({
        $metadata: {},
        message: `Benefit application ${identifier} was not found in catalog ${catalog}.`,
      });
    return record;
  };

  /**
   * Gives the files `pick` selects the reviewer's `status` (and `reason`, else none). File processing is not
   * a partner mutation: the revision stays, only the files change.
   */
  const settleFiles = (
    record: ApplicationRecord,
    pick: (file: FileRecord, index: number, now: number) => boolean,
    status: FileRecord["status"],
    reason: string | undefined,
  ): GetBenefitApplicationOutput => {
    const now = ctx.now();
    const files = record.files.map((f, i) => {
      if (!pick(f, i, now)) return f;
      const { statusReason: _old, ...rest } = f;
      return { ...rest, status, processAt: null, ...(reason !== undefined ? { statusReason: reason } : {}) };
    });
    const saved = ctx.store.putApplication({ ...record, files });
    return applicationOutput(saved, region(), now);
  };

  const benefitOf = (record: ApplicationRecord): Benefit | undefined =>
    ctx.catalogs.get(record.catalog)?.find((b) => b.id === record.benefitId);

  const insertAllocation = (app: ApplicationRecord, spec: AllocationSpec): AllocationRecord => {
    const benefit = benefitOf(app);
    const now = ctx.now();
    const startsAt = spec.startsAt ?? now;
    const expiresAt = spec.expiresAt ?? startsAt + ctx.settings.allocationValidityMs;
    const value: { Amount: string; CurrencyCode: CurrencyCode } = {
      Amount: spec.amount ?? `${(benefit?.amountUsd ?? 1000).toFixed(2)}`,
      CurrencyCode: spec.currencyCode ?? "USD",
    };
    const issuance = { IssuanceId: `iss-${randomIdBody(12)}`, IssuanceAmount: value, IssuedAt: now };
    let detail: StoredFulfillmentDetail;
    if (spec.consumable && spec.fulfillmentType !== "ACCESS") {
      const utilized = Number(spec.consumable.utilized ?? "0");
      const remaining = Math.max(0, Number(value.Amount) - (Number.isFinite(utilized) ? utilized : 0));
      detail = {
        ConsumableDetails: {
          AllocatedAmount: value,
          UtilizedAmount: {
            Amount: (Number.isFinite(utilized) ? utilized : 0).toFixed(2),
            CurrencyCode: value.CurrencyCode,
          },
          RemainingAmount: { Amount: remaining.toFixed(2), CurrencyCode: value.CurrencyCode },
          IssuanceDetails: issuance,
        },
      };
    } else if (spec.fulfillmentType === "CREDITS") {
      const details = (app.details ?? {}) as Record<string, unknown>;
      const nested = details.CreditDisbursementDetails as Record<string, unknown> | undefined;
      const candidate = [
        nested?.AwsAccountIdForCredits,
        details.AwsAccountIdForCredits,
        details.AccountId,
      ].find((v): v is string => typeof v === "string" && /^\d{12}$/.test(v));
      detail = {
        CreditDetails: {
          AllocatedAmount: value,
          IssuedAmount: value,
          Codes: [
            {
              AwsAccountId: candidate ?? app.account,
              Value: value,
              AwsCreditCode: `PC${randomIdBody(12).toUpperCase()}`,
              Status: "ACTIVE",
              IssuedAt: now,
              ExpiresAt: expiresAt,
            },
          ],
        },
      };
    } else if (spec.fulfillmentType === "CASH") {
      detail = { DisbursementDetails: { DisbursedAmount: value, IssuanceDetails: issuance } };
    } else {
      detail = {
        AccessDetails: {
          Description: spec.description ?? `Access granted through ${benefit?.name ?? app.benefitId}.`,
        },
      };
    }
    return ctx.store.putAllocation({
      seq: 0,
      id: newId("benefit-allocation"),
      account: app.account,
      catalog: app.catalog,
      name: (spec.name ?? `${benefit?.name ?? "Benefit"} ${spec.fulfillmentType.toLowerCase()}`).slice(
        0,
        255,
      ),
      ...(spec.description !== undefined ? { description: spec.description } : {}),
      status: spec.status ?? "ACTIVE",
      applicationId: app.id,
      benefitId: app.benefitId,
      fulfillmentType: spec.fulfillmentType,
      applicableBenefitIds: spec.applicableBenefitIds ?? [app.benefitId],
      fulfillmentDetail: detail,
      createdAt: now,
      updatedAt: now,
      startsAt,
      expiresAt,
      tags: {},
    });
  };

  const review = (catalog: string, identifier: string, decision: ReviewDecision): ReviewResult =>
    transaction(() => {
      const record = application(catalog, identifier);
      if (!reviewerMayMove(record.status, decision.status)) {
        throw validationError(
          `A reviewer cannot move a benefit application from ${record.status} to ${decision.status}.`,
          "BUSINESS_VALIDATION_FAILED",
          [
            {
              Name: "Status",
              Message: `Not a reviewer transition from ${record.status}.`,
              Code: "INVALID_RESOURCE_STATE",
            },
          ],
        );
      }
      if (decision.statusReasonCodes && decision.statusReasonCodes.length > 5) {
        throw fieldError("StatusReasonCodes", "TOO_MANY_VALUES", "At most 5 status reason codes.");
      }
      // Checked before anything is written (the memory store cannot roll back).
      if (decision.allocations && decision.status !== "APPROVED") {
        throw fieldError("allocations", "INVALID_VALUE", "Only an APPROVED decision creates allocations.");
      }
      const requested = record.fulfillmentTypes.length > 0 ? record.fulfillmentTypes : undefined;
      decision.allocations?.forEach((spec, i) => {
        if (requested && !requested.includes(spec.fulfillmentType)) {
          throw fieldError(
            `allocations[${i}].fulfillmentType`,
            "INVALID_VALUE",
            `The application asks for ${requested.join(", ")}, not ${spec.fulfillmentType}.`,
          );
        }
      });
      const saved = saveRevision(
        ctx,
        record,
        {
          status: decision.status,
          stage: decision.stage ?? record.stage,
          statusReason: decision.statusReason,
          statusReasonCodes: decision.statusReasonCodes,
        },
        "Review",
        decision.statusReason,
      );
      const allocations: AllocationRecord[] = [];
      if (decision.status === "APPROVED" && decision.allocations) {
        for (const spec of decision.allocations) allocations.push(insertAllocation(saved, spec));
      } else if (decision.status === "APPROVED" && (decision.allocate ?? ctx.settings.allocateOnApproval)) {
        const types =
          saved.fulfillmentTypes.length > 0
            ? saved.fulfillmentTypes
            : (benefitOf(saved)?.fulfillmentTypes ?? []);
        for (const type of types) allocations.push(insertAllocation(saved, { fulfillmentType: type }));
      }
      const now = ctx.now();
      return {
        application: applicationOutput(saved, region(), now),
        allocations: allocations.map((a) => allocationOutput(a, region(), now)),
      };
    });

  return {
    review,
    approve: (catalog, identifier, options) =>
      review(catalog, identifier, { ...options, status: "APPROVED" }),
    reject: (catalog, identifier, options) => review(catalog, identifier, { ...options, status: "REJECTED" }),
    requestAction: (catalog, identifier, options) =>
      review(catalog, identifier, { ...options, status: "ACTION_REQUIRED" }),
    setFileStatus: (catalog, identifier, fileUri, status, reason) =>
      transaction(() => {
        const record = application(catalog, identifier);
        const index = record.files.findIndex((f) => f.uri === fileUri);
        if (index < 0)
          throw new ResourceNotFoundException({
            $metadata: {},
            message: `File ${fileUri} is not attached to benefit application ${record.id}.`,
          });
        return settleFiles(record, (_f, i) => i === index, status, reason);
      }),
    processFiles: (catalog, identifier, status = "SUCCEEDED", reason) =>
      transaction(() => {
        const record = application(catalog, identifier);
        return settleFiles(record, (f, _i, now) => effectiveFileStatus(f, now) === "PENDING", status, reason);
      }),
    waiting: (catalog, account) => {
      assertCatalog(ctx, catalog);
      const now = ctx.now();
      return ctx.store
        .scanApplications({ account, catalog }, undefined, 1_000_000_000)
        .filter((r) => r.status === "IN_REVIEW" || r.status === "ACTION_REQUIRED")
        .sort((a, b) => a.updatedAt - b.updatedAt || a.seq - b.seq)
        .map((r) => applicationOutput(r, region(), now));
    },
    history: (catalog, identifier) => {
      const record = application(catalog, identifier);
      const steps = record.history ?? [];
      return [
        { at: new Date(record.createdAt), action: "Create" as const, status: "PENDING_SUBMISSION" as const },
        ...steps.map((step) => ({
          at: new Date(step.at),
          action: step.action,
          status: step.status,
          ...(step.stage !== undefined ? { stage: step.stage } : {}),
          ...(step.reason !== undefined ? { reason: step.reason } : {}),
          revision: step.revision,
        })),
      ];
    },
    createAllocation: (catalog, applicationIdentifier, spec) =>
      transaction(() => {
        const app = application(catalog, applicationIdentifier);
        return allocationOutput(insertAllocation(app, spec), region(), ctx.now());
      }),
    updateAllocation: (catalog, identifier, change) =>
      transaction(() => {
        assertCatalog(ctx, catalog);
        const record = ctx.store.getAllocation(catalog, idOf(identifier));
        if (!record)
          throw new ResourceNotFoundException({
            $metadata: {},
            message: `Benefit allocation ${identifier} was not found in catalog ${catalog}.`,
          });
        const saved = ctx.store.putAllocation({
          ...record,
          ...(change.status !== undefined ? { status: change.status } : {}),
          ...(change.statusReason !== undefined ? { statusReason: change.statusReason } : {}),
          ...(change.expiresAt !== undefined ? { expiresAt: change.expiresAt } : {}),
          updatedAt: ctx.now(),
        });
        return allocationOutput(saved, region(), ctx.now());
      }),
  };
}
