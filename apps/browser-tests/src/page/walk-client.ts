/**
 * The part of a Partner Central Benefits client the walk uses, typed with `@pc-benefits/client`'s
 * models. Both our `PartnerCentralBenefits` and the official SDK's satisfy it (the contract suite
 * checks that their input and output types agree).
 */
import type {
  CreateBenefitApplicationCommandInput,
  CreateBenefitApplicationCommandOutput,
  GetBenefitApplicationCommandInput,
  GetBenefitApplicationCommandOutput,
  GetBenefitCommandInput,
  GetBenefitCommandOutput,
  ListBenefitAllocationsCommandInput,
  ListBenefitAllocationsCommandOutput,
  ListBenefitApplicationsCommandInput,
  ListBenefitApplicationsCommandOutput,
  ListBenefitsCommandInput,
  ListBenefitsCommandOutput,
  SubmitBenefitApplicationCommandInput,
  SubmitBenefitApplicationCommandOutput,
  UpdateBenefitApplicationCommandInput,
  UpdateBenefitApplicationCommandOutput,
} from "@pc-benefits/client";

export interface WalkClient {
  listBenefits(input: ListBenefitsCommandInput): Promise<ListBenefitsCommandOutput>;
  getBenefit(input: GetBenefitCommandInput): Promise<GetBenefitCommandOutput>;
  createBenefitApplication(
    input: CreateBenefitApplicationCommandInput,
  ): Promise<CreateBenefitApplicationCommandOutput>;
  getBenefitApplication(
    input: GetBenefitApplicationCommandInput,
  ): Promise<GetBenefitApplicationCommandOutput>;
  updateBenefitApplication(
    input: UpdateBenefitApplicationCommandInput,
  ): Promise<UpdateBenefitApplicationCommandOutput>;
  submitBenefitApplication(
    input: SubmitBenefitApplicationCommandInput,
  ): Promise<SubmitBenefitApplicationCommandOutput>;
  listBenefitApplications(
    input: ListBenefitApplicationsCommandInput,
  ): Promise<ListBenefitApplicationsCommandOutput>;
  listBenefitAllocations(
    input: ListBenefitAllocationsCommandInput,
  ): Promise<ListBenefitAllocationsCommandOutput>;
}

/** A client's own error classes, for `instanceof` checks. */
export interface WalkErrorClasses {
  ConflictException: abstract new (...args: never) => Error;
  ResourceNotFoundException: abstract new (...args: never) => Error;
  ThrottlingException: abstract new (...args: never) => Error;
}
