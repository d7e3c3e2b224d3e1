/** One valid request per operation (typed by the OpenAPI document), for calls whose outcome a test forces. */
import type { OperationName, RequestBody } from "@pc-benefits/openapi";

const BENEFIT = "ben-0123456789abcd";
const APPLICATION = "benappl-0123456789abcd";
const ALLOCATION = "benalloc-0123456789abcd";
const APPLICATION_ARN = `arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/benefit-application/${APPLICATION}`;
const OPPORTUNITY_ARN = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1234567";

export const VALID_INPUTS: { [Op in OperationName]: RequestBody<Op> } = {
  AmendBenefitApplication: {
    Catalog: "AWS",
    ClientToken: "amend-1",
    Revision: "rev-1",
    Identifier: APPLICATION,
    AmendmentReason: "Reviewer asked",
    Amendments: [{ FieldPath: "$.Name", NewValue: "New" }],
  },
  AssociateBenefitApplicationResource: {
    Catalog: "AWS",
    BenefitApplicationIdentifier: APPLICATION,
    ResourceArn: OPPORTUNITY_ARN,
  },
  CancelBenefitApplication: { Catalog: "AWS", ClientToken: "cancel-1", Identifier: APPLICATION },
  CreateBenefitApplication: { Catalog: "AWS", ClientToken: "create-1", BenefitIdentifier: BENEFIT },
  DisassociateBenefitApplicationResource: {
    Catalog: "AWS",
    BenefitApplicationIdentifier: APPLICATION,
    ResourceArn: OPPORTUNITY_ARN,
  },
  GetBenefit: { Catalog: "AWS", Identifier: BENEFIT },
  GetBenefitAllocation: { Catalog: "AWS", Identifier: ALLOCATION },
  GetBenefitApplication: { Catalog: "AWS", Identifier: APPLICATION },
  ListBenefitAllocations: { Catalog: "AWS" },
  ListBenefitApplications: { Catalog: "AWS" },
  ListBenefits: { Catalog: "AWS" },
  ListTagsForResource: { resourceArn: APPLICATION_ARN },
  RecallBenefitApplication: { Catalog: "AWS", Identifier: APPLICATION, Reason: "One more look" },
  SubmitBenefitApplication: { Catalog: "AWS", Identifier: APPLICATION },
  TagResource: { resourceArn: APPLICATION_ARN, tags: [{ Key: "team", Value: "contracts" }] },
  UntagResource: { resourceArn: APPLICATION_ARN, tagKeys: ["team"] },
  UpdateBenefitApplication: {
    Catalog: "AWS",
    ClientToken: "update-1",
    Identifier: APPLICATION,
    Revision: "rev-1",
  },
};
