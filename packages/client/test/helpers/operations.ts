/**
 * One row per operation of the service: our command, the official SDK's command, a request input
 * and a response body exercising its members (timestamps, documents, unions, nested lists).
 */
import * as Official from "@aws-sdk/client-partnercentral-benefits";
import * as Ours from "../../src/generated/index.js";

const APP = "benappl-0123456789abcd";
const ARN = `arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/benefit-application/${APP}`;
const money = (Amount: string) => ({ Amount, CurrencyCode: "USD" });

export interface OperationCase {
  name: string;
  ours: new (input: never) => object;
  official: new (input: never) => object;
  input: Record<string, unknown>;
  response: Record<string, unknown>;
}

/** Anything with `send(command)`: our clients and the official ones. */
interface Sender {
  send(command: never): Promise<unknown>;
}

/** Sends a row's command through a client, without the per-operation types. */
export function sendRow(
  client: Sender,
  Command: new (input: never) => object,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const send = client.send.bind(client) as (command: object) => Promise<Record<string, unknown>>;
  return send(new Command(input as never));
}

export const OPERATIONS: OperationCase[] = [
  {
    name: "AmendBenefitApplication",
    ours: Ours.AmendBenefitApplicationCommand,
    official: Official.AmendBenefitApplicationCommand,
    input: {
      Catalog: "AWS",
      ClientToken: "token-amend-1",
      Revision: "3",
      Identifier: APP,
      AmendmentReason: "Typo in the project name",
      Amendments: [{ FieldPath: "$.ProjectName", NewValue: "Migration" }],
    },
    response: {},
  },
  {
    name: "AssociateBenefitApplicationResource",
    ours: Ours.AssociateBenefitApplicationResourceCommand,
    official: Official.AssociateBenefitApplicationResourceCommand,
    input: {
      Catalog: "AWS",
      BenefitApplicationIdentifier: APP,
      ResourceArn: "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O123",
    },
    response: { Id: APP, Arn: ARN, Revision: "4" },
  },
  {
    name: "CancelBenefitApplication",
    ours: Ours.CancelBenefitApplicationCommand,
    official: Official.CancelBenefitApplicationCommand,
    input: { Catalog: "AWS", ClientToken: "token-cancel-1", Identifier: APP, Reason: "No longer needed" },
    response: {},
  },
  {
    name: "CreateBenefitApplication",
    ours: Ours.CreateBenefitApplicationCommand,
    official: Official.CreateBenefitApplicationCommand,
    input: {
      Catalog: "Sandbox",
      ClientToken: "token-create-1",
      Name: "Migration acceleration",
      Description: "Move 40 workloads",
      BenefitIdentifier: "ben-0123456789abcd",
      FulfillmentTypes: ["CREDITS", "CASH"],
      BenefitApplicationDetails: {
        projectName: "M1",
        workloads: 40,
        nested: { ok: true, list: [1, "two", null] },
      },
      Tags: [{ Key: "team", Value: "platform" }],
      AssociatedResources: ["arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1"],
      PartnerContacts: [
        {
          Email: "a@example.com",
          FirstName: "Ana",
          LastName: "Lee",
          BusinessTitle: "PDM",
          Phone: "+15555550100",
        },
      ],
      FileDetails: [{ FileURI: "s3://bucket/plan.pdf", BusinessUseCase: "Plan" }],
    },
    response: { Id: APP, Arn: ARN, Revision: "1" },
  },
  {
    name: "DisassociateBenefitApplicationResource",
    ours: Ours.DisassociateBenefitApplicationResourceCommand,
    official: Official.DisassociateBenefitApplicationResourceCommand,
    input: {
      Catalog: "AWS",
      BenefitApplicationIdentifier: APP,
      ResourceArn: "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O123",
    },
    response: { Id: APP, Arn: ARN, Revision: "5" },
  },
  {
    name: "GetBenefitAllocation",
    ours: Ours.GetBenefitAllocationCommand,
    official: Official.GetBenefitAllocationCommand,
    input: { Catalog: "AWS", Identifier: "benalloc-0123456789abcd" },
    response: {
      Id: "benalloc-0123456789abcd",
      Catalog: "AWS",
      Arn: "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/benefit-allocation/benalloc-0123456789abcd",
      Name: "Credits",
      Status: "ACTIVE",
      BenefitApplicationId: APP,
      BenefitId: "ben-0123456789abcd",
      FulfillmentType: "CREDITS",
      ApplicableBenefitIds: ["ben-0123456789abcd"],
      FulfillmentDetail: {
        CreditDetails: {
          AllocatedAmount: money("1000"),
          IssuedAmount: money("500"),
          Codes: [
            {
              AwsAccountId: "123456789012",
              Value: money("500"),
              AwsCreditCode: "PC-ABC",
              Status: "ACTIVE",
              IssuedAt: "2026-01-02T03:04:05Z",
              ExpiresAt: "2027-01-02T03:04:05.250Z",
            },
          ],
        },
      },
      CreatedAt: "2026-01-01T00:00:00Z",
      UpdatedAt: "2026-01-02T00:00:00+02:00",
      StartsAt: "2026-01-01T00:00:00Z",
      ExpiresAt: "2027-01-01T00:00:00Z",
      UnknownFutureMember: "ignored",
    },
  },
  {
    name: "GetBenefitApplication",
    ours: Ours.GetBenefitApplicationCommand,
    official: Official.GetBenefitApplicationCommand,
    input: { Catalog: "AWS", Identifier: APP },
    response: {
      Id: APP,
      Arn: ARN,
      Catalog: "AWS",
      BenefitId: "ben-0123456789abcd",
      Name: "Migration acceleration",
      FulfillmentTypes: ["CREDITS"],
      BenefitApplicationDetails: { projectName: "M1", workloads: 40, tags: ["a", "b"] },
      Programs: ["MAP"],
      Status: "IN_REVIEW",
      Stage: "Validation",
      StatusReasonCodes: ["INCOMPLETE_DOCUMENTATION"],
      CreatedAt: "2026-01-01T00:00:00Z",
      UpdatedAt: "2026-01-03T10:00:00.5Z",
      Revision: "2",
      AssociatedResources: ["arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1"],
      PartnerContacts: [{ Email: "a@example.com", FirstName: "Ana" }],
      FileDetails: [
        {
          FileURI: "s3://bucket/plan.pdf",
          FileName: "plan.pdf",
          FileType: "application/pdf",
          CreatedAt: "2026-01-01T00:00:00Z",
        },
      ],
    },
  },
  {
    name: "GetBenefit",
    ours: Ours.GetBenefitCommand,
    official: Official.GetBenefitCommand,
    input: { Catalog: "AWS", Identifier: "ben-0123456789abcd" },
    response: {
      Id: "ben-0123456789abcd",
      Catalog: "AWS",
      Arn: "arn:aws:partnercentral:us-east-1:aws:catalog/AWS/benefit/ben-0123456789abcd",
      Name: "MAP credits",
      Description: "Credits for migrations",
      Programs: ["MAP"],
      FulfillmentTypes: ["CREDITS", "CASH"],
      BenefitRequestSchema: {
        type: "object",
        properties: { projectName: { type: "string" } },
        required: ["projectName"],
      },
      Status: "ACTIVE",
    },
  },
  {
    name: "ListBenefitAllocations",
    ours: Ours.ListBenefitAllocationsCommand,
    official: Official.ListBenefitAllocationsCommand,
    input: {
      Catalog: "AWS",
      Status: ["ACTIVE"],
      FulfillmentTypes: ["CREDITS"],
      MaxResults: 10,
      NextToken: "t0",
    },
    response: {
      BenefitAllocationSummaries: [
        {
          Id: "benalloc-0123456789abcd",
          Status: "ACTIVE",
          FulfillmentTypes: ["CREDITS"],
          CreatedAt: "2026-01-01T00:00:00Z",
        },
      ],
      NextToken: "t1",
    },
  },
  {
    name: "ListBenefitApplications",
    ours: Ours.ListBenefitApplicationsCommand,
    official: Official.ListBenefitApplicationsCommand,
    input: {
      Catalog: "AWS",
      Programs: ["MAP"],
      Status: ["IN_REVIEW", "APPROVED"],
      AssociatedResources: [{ ResourceType: "OPPORTUNITY", ResourceIdentifier: "O1" }],
      MaxResults: 25,
    },
    response: {
      BenefitApplicationSummaries: [
        {
          Id: APP,
          Status: "IN_REVIEW",
          CreatedAt: "2026-01-01T00:00:00Z",
          UpdatedAt: "2026-01-02T00:00:00Z",
          BenefitApplicationDetails: { projectName: "M1" },
        },
      ],
    },
  },
  {
    name: "ListBenefits",
    ours: Ours.ListBenefitsCommand,
    official: Official.ListBenefitsCommand,
    input: { Catalog: "AWS", FulfillmentTypes: ["CASH"], Status: ["ACTIVE"] },
    response: {
      BenefitSummaries: [{ Id: "ben-0123456789abcd", Name: "MAP credits", Status: "ACTIVE" }],
      NextToken: "n",
    },
  },
  {
    name: "ListTagsForResource",
    ours: Ours.ListTagsForResourceCommand,
    official: Official.ListTagsForResourceCommand,
    input: { resourceArn: ARN },
    response: { tags: [{ Key: "team", Value: "platform" }] },
  },
  {
    name: "RecallBenefitApplication",
    ours: Ours.RecallBenefitApplicationCommand,
    official: Official.RecallBenefitApplicationCommand,
    input: { Catalog: "AWS", ClientToken: "token-recall-1", Identifier: APP, Reason: "Need to add files" },
    response: {},
  },
  {
    name: "SubmitBenefitApplication",
    ours: Ours.SubmitBenefitApplicationCommand,
    official: Official.SubmitBenefitApplicationCommand,
    input: { Catalog: "AWS", Identifier: APP },
    response: {},
  },
  {
    name: "TagResource",
    ours: Ours.TagResourceCommand,
    official: Official.TagResourceCommand,
    input: { resourceArn: ARN, tags: [{ Key: "env", Value: "prod" }] },
    response: {},
  },
  {
    name: "UntagResource",
    ours: Ours.UntagResourceCommand,
    official: Official.UntagResourceCommand,
    input: { resourceArn: ARN, tagKeys: ["env"] },
    response: {},
  },
  {
    name: "UpdateBenefitApplication",
    ours: Ours.UpdateBenefitApplicationCommand,
    official: Official.UpdateBenefitApplicationCommand,
    input: {
      Catalog: "AWS",
      ClientToken: "token-update-1",
      Identifier: APP,
      Revision: "2",
      Name: "Renamed",
      BenefitApplicationDetails: { projectName: "M2" },
      FileDetails: [{ FileURI: "s3://bucket/v2.pdf" }],
    },
    response: { Id: APP, Arn: ARN, Revision: "3" },
  },
];
