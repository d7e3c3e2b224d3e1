/**
 * Type-level contract (checked by `vitest --typecheck`): for every command, the input and output types
 * of `@pc-benefits/client` and of the official `@aws-sdk/client-partnercentral-benefits` are assignable
 * to each other, so code written against one compiles against the other. A member added, removed,
 * renamed or retyped on either side (model drift) names its operation here.
 */
import type * as official from "@aws-sdk/client-partnercentral-benefits";
import type * as ours from "@pc-benefits/client";
import type { OperationName } from "@pc-benefits/openapi";
import { describe, expectTypeOf, it } from "vitest";

/** [input, output] per operation. */
interface Ours {
  AmendBenefitApplication: [
    ours.AmendBenefitApplicationCommandInput,
    ours.AmendBenefitApplicationCommandOutput,
  ];
  AssociateBenefitApplicationResource: [
    ours.AssociateBenefitApplicationResourceCommandInput,
    ours.AssociateBenefitApplicationResourceCommandOutput,
  ];
  CancelBenefitApplication: [
    ours.CancelBenefitApplicationCommandInput,
    ours.CancelBenefitApplicationCommandOutput,
  ];
  CreateBenefitApplication: [
    ours.CreateBenefitApplicationCommandInput,
    ours.CreateBenefitApplicationCommandOutput,
  ];
  DisassociateBenefitApplicationResource: [
    ours.DisassociateBenefitApplicationResourceCommandInput,
    ours.DisassociateBenefitApplicationResourceCommandOutput,
  ];
  GetBenefit: [ours.GetBenefitCommandInput, ours.GetBenefitCommandOutput];
  GetBenefitAllocation: [ours.GetBenefitAllocationCommandInput, ours.GetBenefitAllocationCommandOutput];
  GetBenefitApplication: [ours.GetBenefitApplicationCommandInput, ours.GetBenefitApplicationCommandOutput];
  ListBenefitAllocations: [ours.ListBenefitAllocationsCommandInput, ours.ListBenefitAllocationsCommandOutput];
  ListBenefitApplications: [
    ours.ListBenefitApplicationsCommandInput,
    ours.ListBenefitApplicationsCommandOutput,
  ];
  ListBenefits: [ours.ListBenefitsCommandInput, ours.ListBenefitsCommandOutput];
  ListTagsForResource: [ours.ListTagsForResourceCommandInput, ours.ListTagsForResourceCommandOutput];
  RecallBenefitApplication: [
    ours.RecallBenefitApplicationCommandInput,
    ours.RecallBenefitApplicationCommandOutput,
  ];
  SubmitBenefitApplication: [
    ours.SubmitBenefitApplicationCommandInput,
    ours.SubmitBenefitApplicationCommandOutput,
  ];
  TagResource: [ours.TagResourceCommandInput, ours.TagResourceCommandOutput];
  UntagResource: [ours.UntagResourceCommandInput, ours.UntagResourceCommandOutput];
  UpdateBenefitApplication: [
    ours.UpdateBenefitApplicationCommandInput,
    ours.UpdateBenefitApplicationCommandOutput,
  ];
}

interface Official {
  AmendBenefitApplication: [
    official.AmendBenefitApplicationCommandInput,
    official.AmendBenefitApplicationCommandOutput,
  ];
  AssociateBenefitApplicationResource: [
    official.AssociateBenefitApplicationResourceCommandInput,
    official.AssociateBenefitApplicationResourceCommandOutput,
  ];
  CancelBenefitApplication: [
    official.CancelBenefitApplicationCommandInput,
    official.CancelBenefitApplicationCommandOutput,
  ];
  CreateBenefitApplication: [
    official.CreateBenefitApplicationCommandInput,
    official.CreateBenefitApplicationCommandOutput,
  ];
  DisassociateBenefitApplicationResource: [
    official.DisassociateBenefitApplicationResourceCommandInput,
    official.DisassociateBenefitApplicationResourceCommandOutput,
  ];
  GetBenefit: [official.GetBenefitCommandInput, official.GetBenefitCommandOutput];
  GetBenefitAllocation: [
    official.GetBenefitAllocationCommandInput,
    official.GetBenefitAllocationCommandOutput,
  ];
  GetBenefitApplication: [
    official.GetBenefitApplicationCommandInput,
    official.GetBenefitApplicationCommandOutput,
  ];
  ListBenefitAllocations: [
    official.ListBenefitAllocationsCommandInput,
    official.ListBenefitAllocationsCommandOutput,
  ];
  ListBenefitApplications: [
    official.ListBenefitApplicationsCommandInput,
    official.ListBenefitApplicationsCommandOutput,
  ];
  ListBenefits: [official.ListBenefitsCommandInput, official.ListBenefitsCommandOutput];
  ListTagsForResource: [official.ListTagsForResourceCommandInput, official.ListTagsForResourceCommandOutput];
  RecallBenefitApplication: [
    official.RecallBenefitApplicationCommandInput,
    official.RecallBenefitApplicationCommandOutput,
  ];
  SubmitBenefitApplication: [
    official.SubmitBenefitApplicationCommandInput,
    official.SubmitBenefitApplicationCommandOutput,
  ];
  TagResource: [official.TagResourceCommandInput, official.TagResourceCommandOutput];
  UntagResource: [official.UntagResourceCommandInput, official.UntagResourceCommandOutput];
  UpdateBenefitApplication: [
    official.UpdateBenefitApplicationCommandInput,
    official.UpdateBenefitApplicationCommandOutput,
  ];
}

/** True when each type is assignable to the other. */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The operations whose input (or output) types are not mutually assignable: `never` when none. */
type InputDrift = {
  [Op in OperationName]: Mutual<Ours[Op][0], Official[Op][0]> extends true ? never : Op;
}[OperationName];
type OutputDrift = {
  [Op in OperationName]: Mutual<Ours[Op][1], Official[Op][1]> extends true ? never : Op;
}[OperationName];

describe("command types of @pc-benefits/client and the official SDK", () => {
  it("cover the same 17 operations as the OpenAPI document", () => {
    expectTypeOf<keyof Ours>().toEqualTypeOf<OperationName>();
    expectTypeOf<keyof Official>().toEqualTypeOf<OperationName>();
  });

  it("inputs are assignable to and from each other", () => {
    expectTypeOf<InputDrift>().toEqualTypeOf<never>();
  });

  it("outputs are assignable to and from each other", () => {
    expectTypeOf<OutputDrift>().toEqualTypeOf<never>();
  });

  it("an application built for one client is accepted by the other", () => {
    expectTypeOf<ours.CreateBenefitApplicationCommandInput>().toExtend<official.CreateBenefitApplicationCommandInput>();
    expectTypeOf<official.CreateBenefitApplicationCommandInput>().toExtend<ours.CreateBenefitApplicationCommandInput>();
    expectTypeOf<ours.GetBenefitApplicationCommandOutput["Status"]>().toEqualTypeOf<
      official.GetBenefitApplicationCommandOutput["Status"]
    >();
  });

  it("the modelled error classes carry the same members", () => {
    expectTypeOf<ours.ValidationException["FieldList"]>().toEqualTypeOf<
      official.ValidationException["FieldList"]
    >();
    expectTypeOf<ours.ValidationException["$fault"]>().toEqualTypeOf<
      official.ValidationException["$fault"]
    >();
  });
});
