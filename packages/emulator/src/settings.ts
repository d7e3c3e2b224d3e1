/**
 * Every choice the emulator makes where AWS documentation is silent, one named setting each;
 * the emulator README's table "Behaviour where AWS is silent" gives each default and why.
 */

import type { ApplicationStatus } from "./api-types.js";

export interface EmulatorSettings {
  /** Q1: error for an operation the application's status forbids (ValidationException with
   * `BUSINESS_VALIDATION_FAILED` + `INVALID_RESOURCE_STATE`, or ConflictException). */
  statusErrorKind: "ValidationException" | "ConflictException";
  /** Q2: revisions are opaque UUID-v4 strings, renewed on every application mutation and reviewer
   * transition; tag changes keep the revision unless this is true. */
  revisionBumpOnTagChange: boolean;
  /** Q3: how long a ClientToken is remembered (ms). Tokens are scoped by operation, catalog, account. */
  clientTokenTtlMs: number;
  /** Q4: statuses each gated operation accepts. */
  allowedStatuses: {
    UpdateBenefitApplication: ApplicationStatus[];
    AssociateBenefitApplicationResource: ApplicationStatus[];
    DisassociateBenefitApplicationResource: ApplicationStatus[];
    SubmitBenefitApplication: ApplicationStatus[];
    RecallBenefitApplication: ApplicationStatus[];
    AmendBenefitApplication: ApplicationStatus[];
    CancelBenefitApplication: ApplicationStatus[];
  };
  /** Q4: stages (case-insensitive substring match) past which Recall is refused. */
  recallBlockedStages: string[];
  /** Q5: a successful Amend of an `ACTION_REQUIRED` application moves it back to `IN_REVIEW`. */
  amendReturnsToReview: boolean;
  /** Q6: on approval, create one allocation per requested fulfillment type. */
  allocateOnApproval: boolean;
  /** Q6: validity of an auto-created allocation (ms from approval); expired ACTIVE allocations read as INACTIVE. */
  allocationValidityMs: number;
  /** Q6: stage set on submit (the first review stage). */
  initialReviewStage: string;
  /** Q7: JSON Schema draft used for BenefitRequestSchema validation at Submit. */
  requestSchemaDraft: "2020-12";
  /** Q7: Submit rejects applications with files `PENDING` or `FAILED`. */
  submitRequiresProcessedFiles: boolean;
  /** Q8: Update replaces BenefitApplicationDetails wholesale; omitted optional fields stay unchanged. */
  updateOmittedFields: "keep";
  /** Q9: HTTP status codes: the model's (400/402/403/404/409/429/500) or 400 for every client error. */
  errorStatusCodes: "model" | "all-400";
  /** Q10: accepted Catalog values (case-sensitive); data is kept separately per catalog. */
  catalogs: string[];
  /** Q11: region written into ARNs; identifiers accept the ID or an ARN whose last segment is the ID. */
  region: string;
  /** Q12: MaxResults when the request omits it; order is CreatedAt descending, then newest insert first. */
  defaultMaxResults: number;
  /** Q13: most values accepted per list filter (TOO_MANY_VALUES past it). */
  filterCaps: Record<string, number>;
  /** Q14: most associated resources per application. Duplicate associate -> Conflict; unknown
   * disassociate -> ResourceNotFound. */
  maxAssociatedResources: number;
  /** Q15: most tags per resource; more on TagResource -> ServiceQuotaExceededException. */
  maxTagsPerResource: number;
  /** Q16: enforce the DG-QUOTAS per-account request rates (ThrottlingException past them). */
  enforceRateQuotas: boolean;
  /** Q16: cap on applications per catalog and account; null = not enforced (the default). */
  maxApplicationsPerCatalog: number | null;
  /** Q17: body of an operation with an empty output: zero-length (the spec) or `{}`. */
  emptyOutputBody: "empty" | "{}";
  /** Q18: files stay `PENDING` this long (ms) and then read as `SUCCEEDED`; null = only the reviewer moves them. */
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

/** Per-account request rates from DG-QUOTAS (requests per second); tagging operations are not listed. */
export const RATE_QUOTAS: Readonly<Record<string, number>> = {
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
