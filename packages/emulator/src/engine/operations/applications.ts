/** Create, Get, Update, Associate and Disassociate of benefit applications. */

import {
  ConflictException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
} from "@pc-benefits/protocol/models";
import type { ApplicationRecord } from "../../store/records.js";
import type {
  AssociateBenefitApplicationResourceInput,
  CreateBenefitApplicationInput,
  CreateBenefitApplicationOutput,
  GetBenefitApplicationInput,
  GetBenefitApplicationOutput,
  UpdateBenefitApplicationInput,
  UpdateBenefitApplicationOutput,
} from "../api-types.js";
import { cloneJson } from "../clone-json.js";
import { assertDocumentDepth } from "../document-depth.js";
import { assertCatalog, type EngineContext, requireApplication, requireBenefit } from "../engine-context.js";
import { fieldError } from "../errors.js";
import { recordFiles } from "../files.js";
import { newId } from "../identifiers.js";
import { assertAllowed } from "../lifecycle.js";
import { randomUuid } from "../random.js";
import { validateTags } from "../tags.js";
import { applicationOutput } from "../views.js";
import { idempotent, refOutput, saveRevision } from "./mutation.js";

const MAX_FILES = 30;
const MAX_CONTACTS = 1;

function assertMax(member: string, values: readonly unknown[] | undefined, max: number): void {
  if (values && values.length > max) {
    throw fieldError(
      member,
      "TOO_MANY_VALUES",
      `${member} accepts at most ${max} item(s); got ${values.length}.`,
    );
  }
}

function assertUnique(member: string, values: readonly string[] | undefined): void {
  if (values && new Set(values).size !== values.length) {
    throw fieldError(member, "DUPLICATE_KEY_VALUE", `${member} lists the same value twice.`);
  }
}

export function createApplication(
  ctx: EngineContext,
  input: CreateBenefitApplicationInput,
  account: string,
): CreateBenefitApplicationOutput {
  assertCatalog(ctx, input.Catalog);
  assertDocumentDepth(input.BenefitApplicationDetails, "BenefitApplicationDetails");
  return idempotent(ctx, "CreateBenefitApplication", input, account, () => {
    const benefit = requireBenefit(ctx, input.Catalog, input.BenefitIdentifier);
    assertMax("AssociatedResources", input.AssociatedResources, ctx.settings.maxAssociatedResources);
    assertUnique("AssociatedResources", input.AssociatedResources);
    assertMax("Tags", input.Tags, ctx.settings.maxTagsPerResource);
    if (input.Tags) validateTags(input.Tags, "Tags");
    assertMax("PartnerContacts", input.PartnerContacts, MAX_CONTACTS);
    assertMax("FileDetails", input.FileDetails, MAX_FILES);
    const quota = ctx.settings.maxApplicationsPerCatalog;
    if (quota !== null && ctx.store.countApplications({ account, catalog: input.Catalog }) >= quota) {
      throw new ServiceQuotaExceededException({
        $metadata: {},
        message: `The account already has ${quota} benefit applications in catalog ${input.Catalog}.`,
        ResourceId: input.Catalog,
        ResourceType: "BenefitApplication",
        QuotaCode: "applications-per-catalog",
      });
    }
    const now = ctx.now();
    const record: ApplicationRecord = {
      seq: 0,
      id: newId("benefit-application"),
      account,
      catalog: input.Catalog,
      benefitId: benefit.id,
      programs: [...benefit.programs],
      ...(input.Name !== undefined ? { name: input.Name } : {}),
      ...(input.Description !== undefined ? { description: input.Description } : {}),
      fulfillmentTypes: [...new Set(input.FulfillmentTypes ?? [])],
      ...(input.BenefitApplicationDetails !== undefined
        ? { details: cloneJson(input.BenefitApplicationDetails) }
        : {}),
      status: "PENDING_SUBMISSION",
      createdAt: now,
      updatedAt: now,
      revision: randomUuid(),
      associatedResources: [...(input.AssociatedResources ?? [])],
      ...(input.PartnerContacts !== undefined ? { partnerContacts: cloneJson(input.PartnerContacts) } : {}),
      files: recordFiles(input.FileDetails ?? [], [], now, ctx.settings.fileProcessingDelayMs, account),
      tags: Object.fromEntries((input.Tags ?? []).map((t) => [t.Key, t.Value])),
    };
    return refOutput(ctx, ctx.store.putApplication(record));
  });
}

export function getApplication(
  ctx: EngineContext,
  input: GetBenefitApplicationInput,
  account: string,
): GetBenefitApplicationOutput {
  assertCatalog(ctx, input.Catalog);
  const record = requireApplication(ctx, input.Catalog, input.Identifier, account);
  return applicationOutput(record, ctx.settings.region, ctx.now());
}

/** docs/behaviour.md#revisions: the caller's revision must be the current one; otherwise ConflictException and no change. */
export function assertRevision(record: ApplicationRecord, revision: string): void {
  if (record.revision !== revision) {
    throw new ConflictException({
      $metadata: {},
      message: `Revision ${JSON.stringify(revision)} is not the current revision of benefit application ${record.id}; read it again and retry.`,
    });
  }
}

export function updateApplication(
  ctx: EngineContext,
  input: UpdateBenefitApplicationInput,
  account: string,
): UpdateBenefitApplicationOutput {
  assertCatalog(ctx, input.Catalog);
  assertDocumentDepth(input.BenefitApplicationDetails, "BenefitApplicationDetails");
  return idempotent(ctx, "UpdateBenefitApplication", input, account, () => {
    const record = requireApplication(ctx, input.Catalog, input.Identifier, account);
    assertRevision(record, input.Revision);
    assertAllowed("UpdateBenefitApplication", record, ctx.settings);
    assertMax("PartnerContacts", input.PartnerContacts, MAX_CONTACTS);
    assertMax("FileDetails", input.FileDetails, MAX_FILES);
    // docs/behaviour.md#update: details replace the stored document; omitted optional members keep their values.
    const changes: Partial<ApplicationRecord> = {};
    if (input.Name !== undefined) changes.name = input.Name;
    if (input.Description !== undefined) changes.description = input.Description;
    if (input.BenefitApplicationDetails !== undefined)
      changes.details = cloneJson(input.BenefitApplicationDetails);
    if (input.PartnerContacts !== undefined) changes.partnerContacts = cloneJson(input.PartnerContacts);
    if (input.FileDetails !== undefined) {
      changes.files = recordFiles(
        input.FileDetails,
        record.files,
        ctx.now(),
        ctx.settings.fileProcessingDelayMs,
        account,
      );
    }
    return refOutput(ctx, saveRevision(ctx, record, changes, "Update"));
  });
}

export function associateResource(
  ctx: EngineContext,
  input: AssociateBenefitApplicationResourceInput,
  account: string,
) {
  assertCatalog(ctx, input.Catalog);
  const record = requireApplication(ctx, input.Catalog, input.BenefitApplicationIdentifier, account);
  assertAllowed("AssociateBenefitApplicationResource", record, ctx.settings);
  if (record.associatedResources.includes(input.ResourceArn)) {
    throw new ConflictException({
      $metadata: {},
      message: `Resource ${input.ResourceArn} is already associated with benefit application ${record.id}.`,
    });
  }
  if (record.associatedResources.length >= ctx.settings.maxAssociatedResources) {
    throw fieldError(
      "ResourceArn",
      "TOO_MANY_VALUES",
      `A benefit application can have at most ${ctx.settings.maxAssociatedResources} associated resources.`,
    );
  }
  const saved = saveRevision(
    ctx,
    record,
    { associatedResources: [...record.associatedResources, input.ResourceArn] },
    "AssociateResource",
  );
  return refOutput(ctx, saved);
}

export function disassociateResource(
  ctx: EngineContext,
  input: AssociateBenefitApplicationResourceInput,
  account: string,
) {
  assertCatalog(ctx, input.Catalog);
  const record = requireApplication(ctx, input.Catalog, input.BenefitApplicationIdentifier, account);
  assertAllowed("DisassociateBenefitApplicationResource", record, ctx.settings);
  if (!record.associatedResources.includes(input.ResourceArn)) {
    throw new ResourceNotFoundException({
      $metadata: {},
      message: `Resource ${input.ResourceArn} is not associated with benefit application ${record.id}.`,
    });
  }
  const saved = saveRevision(
    ctx,
    record,
    { associatedResources: record.associatedResources.filter((arn) => arn !== input.ResourceArn) },
    "DisassociateResource",
  );
  return refOutput(ctx, saved);
}
