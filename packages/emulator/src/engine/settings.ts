/**
 * Every choice the emulator makes where AWS documentation is silent, one named setting each;
 * docs/behaviour.md gives each default and why, one section per concept (linked below).
 */

import type { ApplicationStatus, OperationName } from "./api-types.js";
import type { ErrorName } from "./errors.js";

export interface EmulatorSettings {
  /** docs/behaviour.md#status-errors: error for an operation the application's status forbids (ValidationException with
   * `BUSINESS_VALIDATION_FAILED` + `INVALID_RESOURCE_STATE`, or ConflictException). */
  statusErrorKind: Extract<ErrorName, "ValidationException" | "ConflictException">;
  /** docs/behaviour.md#revisions: revisions are opaque UUID-v4 strings, renewed on every application mutation and reviewer
   * transition; tag changes keep the revision unless this is true. */
  revisionBumpOnTagChange: boolean;
  /** docs/behaviour.md#idempotency: how long a ClientToken is remembered (ms). Tokens are scoped by operation, catalog, account. */
  clientTokenTtlMs: number;
  /** docs/behaviour.md#lifecycle-gates: statuses each gated operation accepts. */
  allowedStatuses: {
    UpdateBenefitApplication: ApplicationStatus[];
    AssociateBenefitApplicationResource: ApplicationStatus[];
    DisassociateBenefitApplicationResource: ApplicationStatus[];
    SubmitBenefitApplication: ApplicationStatus[];
    RecallBenefitApplication: ApplicationStatus[];
    AmendBenefitApplication: ApplicationStatus[];
    CancelBenefitApplication: ApplicationStatus[];
  };
  /** docs/behaviour.md#lifecycle-gates: stages (case-insensitive substring match) past which Recall is refused. */
  recallBlockedStages: string[];
  /** docs/behaviour.md#amend: a successful Amend of an `ACTION_REQUIRED` application moves it back to `IN_REVIEW`. */
  amendReturnsToReview: boolean;
  /** docs/behaviour.md#allocations: on approval, create one allocation per requested fulfillment type. */
  allocateOnApproval: boolean;
  /** docs/behaviour.md#allocations: validity of an auto-created allocation (ms from approval); expired ACTIVE allocations read as INACTIVE. */
  allocationValidityMs: number;
  /** docs/behaviour.md#allocations: stage set on submit (the first review stage). */
  initialReviewStage: string;
  /** docs/behaviour.md#submit-validation: JSON Schema draft used for BenefitRequestSchema validation at Submit. */
  requestSchemaDraft: "2020-12";
  /** docs/behaviour.md#submit-validation: Submit rejects applications with files `PENDING` or `FAILED`. */
  submitRequiresProcessedFiles: boolean;
  /** docs/behaviour.md#update: Update replaces BenefitApplicationDetails wholesale; omitted optional fields stay unchanged. */
  updateOmittedFields: "keep";
  /** docs/behaviour.md#http-status-codes: HTTP status codes: the model's (400/402/403/404/409/429/500) or 400 for every client error. */
  errorStatusCodes: "model" | "all-400";
  /** docs/behaviour.md#catalogs: accepted Catalog values (case-sensitive); data is kept separately per catalog. */
  catalogs: string[];
  /** docs/behaviour.md#identifiers: region written into ARNs; identifiers accept the ID or an ARN whose last segment is the ID. */
  region: string;
  /** docs/behaviour.md#pagination: MaxResults when the request omits it; order is CreatedAt descending, then newest insert first. */
  defaultMaxResults: number;
  /** docs/behaviour.md#list-filters: most values accepted per list filter (TOO_MANY_VALUES past it). */
  filterCaps: Record<string, number>;
  /** docs/behaviour.md#associations: most associated resources per application. Duplicate associate -> Conflict; unknown
   * disassociate -> ResourceNotFound. */
  maxAssociatedResources: number;
  /** docs/behaviour.md#tags: most tags per resource; more on TagResource -> ServiceQuotaExceededException. */
  maxTagsPerResource: number;
  /** docs/behaviour.md#quotas: enforce the published per-account request rates (ThrottlingException past them). */
  enforceRateQuotas: boolean;
  /** docs/behaviour.md#quotas: cap on applications per catalog and account; null = not enforced (the default). */
  maxApplicationsPerCatalog: number | null;
  /** docs/behaviour.md#empty-output: body of an operation with an empty output: zero-length (the spec) or `{}`. */
  emptyOutputBody: "empty" | "{}";
  /** docs/behaviour.md#file-processing: files stay `PENDING` this long (ms) and then read as `SUCCEEDED`; null = only the reviewer moves them. */
  fileProcessingDelayMs: number | null;
}

export const DEFAULT_SETTINGS: EmulatorSettings = {
  statusErrorKind: "ValidationException",
  revisionBumpOnTagChange: false,
  clientTokenTtlMs: 24 * 60 * 60 * 1000,
  allowedStatuses: {
    UpdateBenefitApplication: ["PENDING_SUBMISSION"],
    AssociateBenefitApplicationResource: ["PENDING_SUBMISSION"],
    DisassociateBenefitApplicationResource: ["PENDING_SUBMISSION"],
    SubmitBenefitApplication: ["PENDING_SUBMISSION"],
    RecallBenefitApplication: ["IN_REVIEW"],
    AmendBenefitApplication: ["IN_REVIEW", "ACTION_REQUIRED"],
    CancelBenefitApplication: ["PENDING_SUBMISSION", "IN_REVIEW", "ACTION_REQUIRED"],
  },
  recallBlockedStages: ["FINANCE", "FINANCIAL"],
  amendReturnsToReview: true,
  allocateOnApproval: true,
  allocationValidityMs: 365 * 24 * 60 * 60 * 1000,
  initialReviewStage: "BUSINESS_REVIEW",
  requestSchemaDraft: "2020-12",
  submitRequiresProcessedFiles: true,
  updateOmittedFields: "keep",
  errorStatusCodes: "model",
  catalogs: ["AWS", "Sandbox"],
  region: "us-east-1",
  defaultMaxResults: 20,
  filterCaps: {
    "ListBenefits.Programs": 1,
    "ListBenefits.FulfillmentTypes": 2,
    "ListBenefits.Status": 2,
    "ListBenefitApplications.Programs": 1,
    "ListBenefitApplications.FulfillmentTypes": 2,
    "ListBenefitApplications.BenefitIdentifiers": 1,
    "ListBenefitApplications.Status": 1,
    "ListBenefitApplications.Stages": 1,
    "ListBenefitAllocations.FulfillmentTypes": 2,
    "ListBenefitAllocations.BenefitIdentifiers": 1,
    "ListBenefitAllocations.BenefitApplicationIdentifiers": 1,
    "ListBenefitAllocations.Status": 1,
  },
  maxAssociatedResources: 10,
  maxTagsPerResource: 200,
  enforceRateQuotas: false,
  maxApplicationsPerCatalog: null,
  emptyOutputBody: "empty",
  fileProcessingDelayMs: 0,
};

/** Per-account request rates AWS publishes for the service (requests per second); tagging operations are not listed. */
export const RATE_QUOTAS: Readonly<Partial<Record<OperationName, number>>> = {
  ListBenefits: 20,
  GetBenefit: 20,
  AmendBenefitApplication: 10,
  CancelBenefitApplication: 10,
  CreateBenefitApplication: 10,
  GetBenefitApplication: 20,
  ListBenefitApplications: 30,
  RecallBenefitApplication: 10,
  SubmitBenefitApplication: 10,
  UpdateBenefitApplication: 10,
  GetBenefitAllocation: 20,
  ListBenefitAllocations: 20,
  AssociateBenefitApplicationResource: 10,
  DisassociateBenefitApplicationResource: 10,
};

export type SettingsOverrides = Partial<Omit<EmulatorSettings, "allowedStatuses" | "filterCaps">> & {
  allowedStatuses?: Partial<EmulatorSettings["allowedStatuses"]>;
  filterCaps?: Record<string, number>;
};

export function resolveSettings(overrides: SettingsOverrides = {}): EmulatorSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...overrides,
    allowedStatuses: { ...DEFAULT_SETTINGS.allowedStatuses, ...overrides.allowedStatuses },
    filterCaps: { ...DEFAULT_SETTINGS.filterCaps, ...overrides.filterCaps },
  };
}
