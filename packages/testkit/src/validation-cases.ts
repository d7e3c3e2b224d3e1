/**
 * Requests the service must refuse with a `ValidationException` (`Reason: fieldValidationFailed`), each
 * with the `FieldList` it must carry as `[Name, Code]` pairs, in order. Each starts from the operation's
 * valid input and breaks one rule of the model (a missing required member, a pattern, an enum, a list's
 * or a number's bounds, a wrong type).
 */
import type { OperationName } from "@pc-benefits/openapi";
import { VALID_INPUTS } from "./operation-samples.js";

export interface ValidationCase {
  operation: OperationName;
  input: Record<string, unknown>;
  fields: [name: string, code: string][];
}

const { Catalog: _catalog, ...getBenefitWithoutCatalog } = VALID_INPUTS.GetBenefit;

export const VALIDATION_CASES: readonly ValidationCase[] = [
  {
    operation: "GetBenefit",
    input: getBenefitWithoutCatalog,
    fields: [["Catalog", "REQUIRED_FIELD_MISSING"]],
  },
  {
    operation: "GetBenefit",
    input: { ...VALID_INPUTS.GetBenefit, Identifier: "nope" },
    fields: [["Identifier", "INVALID_STRING_FORMAT"]],
  },
  {
    operation: "ListBenefits",
    input: { ...VALID_INPUTS.ListBenefits, Programs: ["A", "B"], FulfillmentTypes: ["SHOES"], MaxResults: 0 },
    fields: [
      ["Programs", "TOO_MANY_VALUES"],
      ["FulfillmentTypes[0]", "INVALID_ENUM_VALUE"],
      ["MaxResults", "VALUE_OUT_OF_RANGE"],
    ],
  },
  {
    operation: "CreateBenefitApplication",
    input: {
      ...VALID_INPUTS.CreateBenefitApplication,
      Name: "",
      PartnerContacts: [{ Email: "UPPER@EXAMPLE.COM" }],
      FileDetails: [{ BusinessUseCase: "x" }],
    },
    fields: [
      ["Name", "INVALID_VALUE"],
      ["PartnerContacts[0].Email", "INVALID_STRING_FORMAT"],
      ["FileDetails[0].FileURI", "REQUIRED_FIELD_MISSING"],
    ],
  },
  {
    operation: "ListBenefitApplications",
    input: {
      ...VALID_INPUTS.ListBenefitApplications,
      AssociatedResources: [{ ResourceType: "CAR" }],
      Stages: ["a", "b"],
    },
    fields: [
      ["Stages", "TOO_MANY_VALUES"],
      ["AssociatedResources[0].ResourceType", "INVALID_ENUM_VALUE"],
    ],
  },
  {
    operation: "UntagResource",
    input: { ...VALID_INPUTS.UntagResource, tagKeys: [] },
    fields: [["tagKeys", "NOT_ENOUGH_VALUES"]],
  },
  {
    operation: "TagResource",
    input: { resourceArn: "arn:aws:s3:::bucket", tags: [{ Key: "k" }] },
    fields: [
      ["resourceArn", "INVALID_STRING_FORMAT"],
      ["tags[0].Value", "REQUIRED_FIELD_MISSING"],
    ],
  },
  {
    operation: "ListBenefitAllocations",
    input: { ...VALID_INPUTS.ListBenefitAllocations, MaxResults: "ten" },
    fields: [["MaxResults", "INVALID_VALUE"]],
  },
];
