/**
 * The generated per-operation MSW factories of `@pc-benefits/msw`, keyed by operation name, with the
 * input and output types each one resolves.
 */

import {
  amendBenefitApplication,
  associateBenefitApplicationResource,
  cancelBenefitApplication,
  createBenefitApplication,
  disassociateBenefitApplicationResource,
  getBenefit,
  getBenefitAllocation,
  getBenefitApplication,
  listBenefitAllocations,
  listBenefitApplications,
  listBenefits,
  listTagsForResource,
  recallBenefitApplication,
  submitBenefitApplication,
  tagResource,
  untagResource,
  updateBenefitApplication,
} from "@pc-benefits/msw";
import type { ServiceHandlers } from "@pc-benefits/server/core";
import type { OperationName } from "../api-types.js";

export const OPERATION_FACTORIES = {
  AmendBenefitApplication: amendBenefitApplication,
  AssociateBenefitApplicationResource: associateBenefitApplicationResource,
  CancelBenefitApplication: cancelBenefitApplication,
  CreateBenefitApplication: createBenefitApplication,
  DisassociateBenefitApplicationResource: disassociateBenefitApplicationResource,
  GetBenefit: getBenefit,
  GetBenefitAllocation: getBenefitAllocation,
  GetBenefitApplication: getBenefitApplication,
  ListBenefitAllocations: listBenefitAllocations,
  ListBenefitApplications: listBenefitApplications,
  ListBenefits: listBenefits,
  ListTagsForResource: listTagsForResource,
  RecallBenefitApplication: recallBenefitApplication,
  SubmitBenefitApplication: submitBenefitApplication,
  TagResource: tagResource,
  UntagResource: untagResource,
  UpdateBenefitApplication: updateBenefitApplication,
} as const satisfies Record<OperationName, unknown>;

/** `GetBenefit` -> `getBenefit`: the key of an operation in the server's `ServiceHandlers`. */
export type HandlerKey<Op extends OperationName> = Uncapitalize<Op> & keyof ServiceHandlers;

export function handlerKey<Op extends OperationName>(operation: Op): HandlerKey<Op> {
  return `${operation.charAt(0).toLowerCase()}${operation.slice(1)}` as HandlerKey<Op>;
}

/** The typed (client model) input of an operation, as MSW resolvers receive it. */
export type MockInput<Op extends OperationName> = Parameters<ServiceHandlers[HandlerKey<Op>]>[0];

/** The typed output of an operation, as MSW resolvers return it. */
export type MockOutput<Op extends OperationName> = Awaited<ReturnType<ServiceHandlers[HandlerKey<Op>]>>;
