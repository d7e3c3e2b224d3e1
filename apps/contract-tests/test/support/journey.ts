/**
 * One application's life, through all 17 operations: browse, create, edit, associate, tag, submit,
 * recall, review, amend, approve, read the allocations, and cancel a second application. Every step
 * is derived from earlier outputs only, so the same engine state gives the same calls and outputs.
 */
import { type Emulator, exampleDetails } from "@pc-benefits/emulator";
import type { OperationName } from "@pc-benefits/openapi";

export interface Step {
  operation: OperationName;
  input: object;
  output: Record<string, unknown>;
}

export type Send = (operation: OperationName, input: object) => Promise<Record<string, unknown>>;

export const CATALOG = "AWS";
export const OPPORTUNITY_ARN =
  "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1234567";
export const OTHER_ARN = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O7654321";

function text(value: unknown, what: string): string {
  if (typeof value !== "string")
    throw new Error(`expected ${what} to be a string, got ${JSON.stringify(value)}`);
  return value;
}

/** Runs the journey with `send`, using `emulator.reviewer` for what AWS reviewers do. */
export async function runJourney(send: Send, emulator: Emulator): Promise<Step[]> {
  const steps: Step[] = [];
  const step = async (operation: OperationName, input: object) => {
    const output = await send(operation, input);
    steps.push({ operation, input, output });
    return output;
  };
  const benefit = emulator
    .benefits(CATALOG)
    .find((b) => b.status === "ACTIVE" && b.fulfillmentTypes.length > 0 && b.amendablePaths.length > 0);
  if (!benefit) throw new Error("the seeded catalog has no active, amendable benefit");

  await step("ListBenefits", { Catalog: CATALOG, Status: ["ACTIVE"], MaxResults: 5 });
  const detail = await step("GetBenefit", { Catalog: CATALOG, Identifier: benefit.id });
  const created = await step("CreateBenefitApplication", {
    Catalog: CATALOG,
    ClientToken: "contract-create-1",
    BenefitIdentifier: benefit.id,
    Name: "Contract journey",
    Description: "Created by the contract suite",
    FulfillmentTypes: [...benefit.fulfillmentTypes],
    BenefitApplicationDetails: exampleDetails({
      requestSchema: detail.BenefitRequestSchema as Parameters<typeof exampleDetails>[0]["requestSchema"],
    }),
    AssociatedResources: [OPPORTUNITY_ARN],
    Tags: [{ Key: "team", Value: "contracts" }],
    PartnerContacts: [{ Email: "jane@example.com", FirstName: "Jane", LastName: "Doe" }],
  });
  const id = text(created.Id, "Id");
  const arn = text(created.Arn, "Arn");
  const read = await step("GetBenefitApplication", { Catalog: CATALOG, Identifier: id });
  await step("UpdateBenefitApplication", {
    Catalog: CATALOG,
    ClientToken: "contract-update-1",
    Identifier: id,
    Revision: text(read.Revision, "Revision"),
    Name: "Contract journey (renamed)",
  });
  await step("AssociateBenefitApplicationResource", {
    Catalog: CATALOG,
    BenefitApplicationIdentifier: id,
    ResourceArn: OTHER_ARN,
  });
  await step("DisassociateBenefitApplicationResource", {
    Catalog: CATALOG,
    BenefitApplicationIdentifier: arn,
    ResourceArn: OTHER_ARN,
  });
  await step("TagResource", { resourceArn: arn, tags: [{ Key: "stage", Value: "review" }] });
  await step("UntagResource", { resourceArn: arn, tagKeys: ["team"] });
  await step("ListTagsForResource", { resourceArn: arn });
  await step("SubmitBenefitApplication", { Catalog: CATALOG, Identifier: id });
  await step("RecallBenefitApplication", { Catalog: CATALOG, Identifier: arn, Reason: "One more look" });
  await step("SubmitBenefitApplication", { Catalog: CATALOG, Identifier: id });
  emulator.reviewer.requestAction(CATALOG, id, { statusReason: "Please confirm the details" });
  const pending = await step("GetBenefitApplication", { Catalog: CATALOG, Identifier: id });
  await step("AmendBenefitApplication", {
    Catalog: CATALOG,
    ClientToken: "contract-amend-1",
    Identifier: id,
    Revision: text(pending.Revision, "Revision"),
    AmendmentReason: "Reviewer asked",
    Amendments: [{ FieldPath: benefit.amendablePaths[0], NewValue: "123456789012" }],
  });
  emulator.reviewer.approve(CATALOG, id);
  await step("ListBenefitApplications", { Catalog: CATALOG, Status: ["APPROVED"] });
  const allocations = await step("ListBenefitAllocations", {
    Catalog: CATALOG,
    BenefitApplicationIdentifiers: [id],
  });
  const [first] = (allocations.BenefitAllocationSummaries ?? []) as { Id?: string }[];
  await step("GetBenefitAllocation", { Catalog: CATALOG, Identifier: text(first?.Id, "allocation Id") });
  const second = await step("CreateBenefitApplication", {
    Catalog: CATALOG,
    ClientToken: "contract-create-2",
    BenefitIdentifier: benefit.id,
    Name: "Second thoughts",
  });
  await step("CancelBenefitApplication", {
    Catalog: CATALOG,
    ClientToken: "contract-cancel-1",
    Identifier: text(second.Id, "Id"),
    Reason: "Not needed after all",
  });
  return steps;
}
