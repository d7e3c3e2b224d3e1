/** Records to operation outputs (timestamps become Dates; derived states are computed at read time). */

import { immutableOutput } from "@pc-benefits/protocol";
import type { Benefit } from "../catalog/seed-catalog.js";
import type { AllocationRecord, ApplicationRecord, StoredFulfillmentDetail } from "../store/records.js";
import type {
  AllocationStatus,
  BenefitAllocationSummary,
  BenefitApplicationSummary,
  BenefitSummary,
  DocumentValue,
  FulfillmentDetails,
  GetBenefitAllocationOutput,
  GetBenefitApplicationOutput,
  GetBenefitOutput,
} from "./api-types.js";
import { cloneJson } from "./clone-json.js";
import { toFileDetail } from "./files.js";
import { formatArn } from "./identifiers.js";

export function benefitArn(benefit: Benefit, region: string): string {
  return formatArn({ region, account: "", catalog: benefit.catalog, kind: "benefit", id: benefit.id });
}

export function applicationArn(
  record: Pick<ApplicationRecord, "account" | "catalog" | "id">,
  region: string,
) {
  return formatArn({
    region,
    account: record.account,
    catalog: record.catalog,
    kind: "benefit-application",
    id: record.id,
  });
}

export function allocationArn(record: Pick<AllocationRecord, "account" | "catalog" | "id">, region: string) {
  return formatArn({
    region,
    account: record.account,
    catalog: record.catalog,
    kind: "benefit-allocation",
    id: record.id,
  });
}

/*
 * Outputs that are read far more often than they change are built once and shared: deep-frozen and
 * marked with `immutableOutput`, so the server also writes their wire JSON once (both transports).
 */

const summaries = new WeakMap<Benefit, { region: string; summary: BenefitSummary }>();

/** Benefits are static: each summary is built once per region and shared (frozen). */
export function benefitSummary(benefit: Benefit, region: string): BenefitSummary {
  const cached = summaries.get(benefit);
  if (cached?.region === region) return cached.summary;
  const summary: BenefitSummary = immutableOutput({
    Id: benefit.id,
    Catalog: benefit.catalog,
    Arn: benefitArn(benefit, region),
    Name: benefit.name,
    Description: benefit.description,
    Programs: [...benefit.programs],
    FulfillmentTypes: [...benefit.fulfillmentTypes],
    Status: benefit.status,
  });
  summaries.set(benefit, { region, summary });
  return summary;
}

const benefitOutputs = new WeakMap<Benefit, { region: string; output: GetBenefitOutput }>();

/** GetBenefit's answer, built once per benefit and region and shared (frozen, its request schema a copy). */
export function benefitOutput(benefit: Benefit, region: string): GetBenefitOutput {
  const cached = benefitOutputs.get(benefit);
  if (cached?.region === region) return cached.output;
  const output: GetBenefitOutput = immutableOutput({
    ...benefitSummary(benefit, region),
    BenefitRequestSchema: cloneJson(benefit.requestSchema) as DocumentValue,
  });
  benefitOutputs.set(benefit, { region, output });
  return output;
}

export function applicationOutput(
  record: ApplicationRecord,
  region: string,
  now: number,
): GetBenefitApplicationOutput {
  return {
    Id: record.id,
    Arn: applicationArn(record, region),
    Catalog: record.catalog,
    BenefitId: record.benefitId,
    ...(record.name !== undefined ? { Name: record.name } : {}),
    ...(record.description !== undefined ? { Description: record.description } : {}),
    FulfillmentTypes: [...record.fulfillmentTypes],
    ...(record.details !== undefined ? { BenefitApplicationDetails: cloneJson(record.details) } : {}),
    Programs: [...record.programs],
    Status: record.status,
    ...(record.stage !== undefined ? { Stage: record.stage } : {}),
    ...(record.statusReason !== undefined ? { StatusReason: record.statusReason } : {}),
    ...(record.statusReasonCodes !== undefined
      ? { StatusReasonCodes: [...record.statusReasonCodes], StatusReasonCode: record.statusReasonCodes[0] }
      : {}),
    CreatedAt: new Date(record.createdAt),
    UpdatedAt: new Date(record.updatedAt),
    Revision: record.revision,
    AssociatedResources: [...record.associatedResources],
    ...(record.partnerContacts !== undefined ? { PartnerContacts: cloneJson(record.partnerContacts) } : {}),
    FileDetails: record.files.map((f) => toFileDetail(f, now)),
  };
}

/** The summary's string map: the benefit owner's picked top-level detail fields. */
function summaryDetails(
  record: ApplicationRecord,
  fields: readonly string[],
): Record<string, string> | undefined {
  const details = record.details;
  if (details === null || typeof details !== "object" || Array.isArray(details)) return undefined;
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = (details as Record<string, unknown>)[field];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      out[field] = String(value);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const applicationSummaries = new WeakMap<
  ApplicationRecord,
  { region: string; fields: readonly string[]; summary: BenefitApplicationSummary }
>();

/**
 * `applicationSummary`, built once per stored record object and shared (frozen). Only for stores that hand
 * out the same object until they replace it (the memory store): the engine never changes a record, it
 * stores a new one, so a record object's summary never goes stale.
 */
export function sharedApplicationSummary(
  record: ApplicationRecord,
  region: string,
  summaryFields: readonly string[],
): BenefitApplicationSummary {
  const cached = applicationSummaries.get(record);
  if (cached && cached.region === region && cached.fields === summaryFields) return cached.summary;
  const summary = immutableOutput(applicationSummary(record, region, summaryFields));
  applicationSummaries.set(record, { region, fields: summaryFields, summary });
  return summary;
}

/** A ListBenefitApplications item, freshly built. */
export function applicationSummary(
  record: ApplicationRecord,
  region: string,
  summaryFields: readonly string[],
): BenefitApplicationSummary {
  const details = summaryDetails(record, summaryFields);
  return {
    Catalog: record.catalog,
    ...(record.name !== undefined ? { Name: record.name } : {}),
    Id: record.id,
    Arn: applicationArn(record, region),
    BenefitId: record.benefitId,
    Programs: [...record.programs],
    FulfillmentTypes: [...record.fulfillmentTypes],
    Status: record.status,
    ...(record.stage !== undefined ? { Stage: record.stage } : {}),
    CreatedAt: new Date(record.createdAt),
    UpdatedAt: new Date(record.updatedAt),
    ...(details ? { BenefitApplicationDetails: details } : {}),
    AssociatedResources: [...record.associatedResources],
  };
}

/** docs/behaviour.md#allocations: an ACTIVE allocation past its ExpiresAt reads as INACTIVE. */
export function effectiveAllocationStatus(
  record: AllocationRecord,
  now: number,
): { status: AllocationStatus; reason?: string } {
  if (record.status === "ACTIVE" && record.expiresAt !== undefined && record.expiresAt <= now) {
    return { status: "INACTIVE", reason: "Expired" };
  }
  return {
    status: record.status,
    ...(record.statusReason !== undefined ? { reason: record.statusReason } : {}),
  };
}

function revive(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => revive(v));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = revive(v, k);
    return out;
  }
  if (typeof value === "number" && key !== undefined && key.endsWith("At")) return new Date(value);
  return value;
}

export function fulfillmentDetailOutput(detail: StoredFulfillmentDetail): FulfillmentDetails {
  return revive(detail) as FulfillmentDetails;
}

export function allocationOutput(
  record: AllocationRecord,
  region: string,
  now: number,
): GetBenefitAllocationOutput {
  const { status, reason } = effectiveAllocationStatus(record, now);
  return {
    Id: record.id,
    Catalog: record.catalog,
    Arn: allocationArn(record, region),
    Name: record.name,
    ...(record.description !== undefined ? { Description: record.description } : {}),
    Status: status,
    ...(reason !== undefined ? { StatusReason: reason } : {}),
    BenefitApplicationId: record.applicationId,
    BenefitId: record.benefitId,
    FulfillmentType: record.fulfillmentType,
    ApplicableBenefitIds: [...record.applicableBenefitIds],
    ...(record.fulfillmentDetail
      ? { FulfillmentDetail: fulfillmentDetailOutput(record.fulfillmentDetail) }
      : {}),
    CreatedAt: new Date(record.createdAt),
    UpdatedAt: new Date(record.updatedAt),
    ...(record.startsAt !== undefined ? { StartsAt: new Date(record.startsAt) } : {}),
    ...(record.expiresAt !== undefined ? { ExpiresAt: new Date(record.expiresAt) } : {}),
  };
}

export function allocationSummary(
  record: AllocationRecord,
  region: string,
  now: number,
): BenefitAllocationSummary {
  const { status, reason } = effectiveAllocationStatus(record, now);
  return {
    Id: record.id,
    Catalog: record.catalog,
    Arn: allocationArn(record, region),
    Status: status,
    ...(reason !== undefined ? { StatusReason: reason } : {}),
    Name: record.name,
    BenefitId: record.benefitId,
    BenefitApplicationId: record.applicationId,
    FulfillmentTypes: [record.fulfillmentType],
    CreatedAt: new Date(record.createdAt),
    ...(record.expiresAt !== undefined ? { ExpiresAt: new Date(record.expiresAt) } : {}),
    ApplicableBenefitIds: [...record.applicableBenefitIds],
  };
}
