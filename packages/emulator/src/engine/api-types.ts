/**
 * Operation inputs and outputs as the engine sees them: the generated model types of
 * `@pc-benefits/protocol/models`. Inputs are the *validated* form (the server checks required members
 * before a handler runs), so required members are not `undefined` here.
 */

import { operationNames } from "@pc-benefits/protocol";
import type * as M from "@pc-benefits/protocol/models";

export type DocumentValue = M.DocumentType;
export type FulfillmentType = M.FulfillmentType;
export type ApplicationStatus = M.BenefitApplicationStatus;
export type AllocationStatus = M.BenefitAllocationStatus;
export type BenefitStatus = M.BenefitStatus;
export type CurrencyCode = M.CurrencyCode;
export type FileType = M.FileType;
export type Contact = M.Contact;
export type FileInput = M.FileInput;
export type FileDetail = M.FileDetail;
export type Tag = M.Tag;
/** A tag after validation: both members present. */
export type ValidTag = Validated<M.Tag, "Key" | "Value">;
/** A file input after validation: `FileURI` present. */
export type ValidFileInput = Validated<M.FileInput, "FileURI">;
export type FulfillmentDetails = M.FulfillmentDetails;
export type AssociatedResource = M.AssociatedResource;
export type BenefitSummary = M.BenefitSummary;
export type BenefitApplicationSummary = M.BenefitApplicationSummary;
export type BenefitAllocationSummary = M.BenefitAllocationSummary;

/** `T` with the members `K` present and not undefined (what model validation guarantees). */
type Validated<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

export type ListBenefitsInput = Validated<M.ListBenefitsInput, "Catalog">;
export type ListBenefitsOutput = M.ListBenefitsOutput;
export type GetBenefitInput = Validated<M.GetBenefitInput, "Catalog" | "Identifier">;
export type GetBenefitOutput = M.GetBenefitOutput;
export type CreateBenefitApplicationInput = Omit<
  Validated<M.CreateBenefitApplicationInput, "Catalog" | "ClientToken" | "BenefitIdentifier">,
  "Tags" | "FileDetails"
> & { Tags?: ValidTag[] | undefined; FileDetails?: ValidFileInput[] | undefined };
export type CreateBenefitApplicationOutput = M.CreateBenefitApplicationOutput;
export type GetBenefitApplicationInput = Validated<M.GetBenefitApplicationInput, "Catalog" | "Identifier">;
export type GetBenefitApplicationOutput = M.GetBenefitApplicationOutput;
export type ListBenefitApplicationsInput = Validated<M.ListBenefitApplicationsInput, "Catalog">;
export type ListBenefitApplicationsOutput = M.ListBenefitApplicationsOutput;
export type UpdateBenefitApplicationInput = Omit<
  Validated<M.UpdateBenefitApplicationInput, "Catalog" | "ClientToken" | "Identifier" | "Revision">,
  "FileDetails"
> & { FileDetails?: ValidFileInput[] | undefined };
export type UpdateBenefitApplicationOutput = M.UpdateBenefitApplicationOutput;
export type SubmitBenefitApplicationInput = Validated<
  M.SubmitBenefitApplicationInput,
  "Catalog" | "Identifier"
>;
export type RecallBenefitApplicationInput = Validated<
  M.RecallBenefitApplicationInput,
  "Catalog" | "Identifier" | "Reason"
>;
export type CancelBenefitApplicationInput = Validated<
  M.CancelBenefitApplicationInput,
  "Catalog" | "ClientToken" | "Identifier"
>;
export type Amendment = Validated<M.Amendment, "FieldPath" | "NewValue">;
export type AmendBenefitApplicationInput = Omit<
  Validated<
    M.AmendBenefitApplicationInput,
    "Catalog" | "ClientToken" | "Revision" | "Identifier" | "AmendmentReason"
  >,
  "Amendments"
> & { Amendments: Amendment[] };
export type AssociateBenefitApplicationResourceInput = Validated<
  M.AssociateBenefitApplicationResourceInput,
  "Catalog" | "BenefitApplicationIdentifier" | "ResourceArn"
>;
export type AssociateBenefitApplicationResourceOutput = M.AssociateBenefitApplicationResourceOutput;
export type DisassociateBenefitApplicationResourceInput = Validated<
  M.DisassociateBenefitApplicationResourceInput,
  "Catalog" | "BenefitApplicationIdentifier" | "ResourceArn"
>;
export type DisassociateBenefitApplicationResourceOutput = M.DisassociateBenefitApplicationResourceOutput;
export type ApplicationRefOutput = M.CreateBenefitApplicationOutput;
// biome-ignore lint/complexity/noBannedTypes: the model's empty output structures
export type EmptyOutput = {};
export type GetBenefitAllocationInput = Validated<M.GetBenefitAllocationInput, "Catalog" | "Identifier">;
export type GetBenefitAllocationOutput = M.GetBenefitAllocationOutput;
export type ListBenefitAllocationsInput = Validated<M.ListBenefitAllocationsInput, "Catalog">;
export type ListBenefitAllocationsOutput = M.ListBenefitAllocationsOutput;
export type TagResourceInput = Omit<Validated<M.TagResourceRequest, "resourceArn">, "tags"> & {
  tags: ValidTag[];
};
export type UntagResourceInput = Validated<M.UntagResourceRequest, "resourceArn" | "tagKeys">;
export type ListTagsForResourceInput = Validated<M.ListTagsForResourceRequest, "resourceArn">;
export type ListTagsForResourceOutput = M.ListTagsForResourceResponse;

/** Input and output of every operation, by operation name. */
export interface OperationShapes {
  ListBenefits: [ListBenefitsInput, ListBenefitsOutput];
  GetBenefit: [GetBenefitInput, GetBenefitOutput];
  CreateBenefitApplication: [CreateBenefitApplicationInput, CreateBenefitApplicationOutput];
  GetBenefitApplication: [GetBenefitApplicationInput, GetBenefitApplicationOutput];
  ListBenefitApplications: [ListBenefitApplicationsInput, ListBenefitApplicationsOutput];
  UpdateBenefitApplication: [UpdateBenefitApplicationInput, UpdateBenefitApplicationOutput];
  SubmitBenefitApplication: [SubmitBenefitApplicationInput, EmptyOutput];
  RecallBenefitApplication: [RecallBenefitApplicationInput, EmptyOutput];
  CancelBenefitApplication: [CancelBenefitApplicationInput, EmptyOutput];
  AmendBenefitApplication: [AmendBenefitApplicationInput, EmptyOutput];
  AssociateBenefitApplicationResource: [
    AssociateBenefitApplicationResourceInput,
    AssociateBenefitApplicationResourceOutput,
  ];
  DisassociateBenefitApplicationResource: [
    DisassociateBenefitApplicationResourceInput,
    DisassociateBenefitApplicationResourceOutput,
  ];
  GetBenefitAllocation: [GetBenefitAllocationInput, GetBenefitAllocationOutput];
  ListBenefitAllocations: [ListBenefitAllocationsInput, ListBenefitAllocationsOutput];
  TagResource: [TagResourceInput, EmptyOutput];
  UntagResource: [UntagResourceInput, EmptyOutput];
  ListTagsForResource: [ListTagsForResourceInput, ListTagsForResourceOutput];
}

export type OperationName = keyof OperationShapes;

/** The model's operations, from the generated server code (sorted by name). */
export const OPERATION_NAMES: readonly OperationName[] = operationNames;

/** What a transport knows about the request: its id and the caller (SigV4 mode maps keys to accounts). */
export interface RequestContext {
  requestId?: string;
  /** The caller's AWS account; the emulator's default account when absent. */
  accountId?: string;
}

/** One async function per operation, by operation name, taking validated input. */
export type EmulatorHandlers = {
  [Op in OperationName]: (
    input: OperationShapes[Op][0],
    context?: RequestContext,
  ) => Promise<OperationShapes[Op][1]>;
};
