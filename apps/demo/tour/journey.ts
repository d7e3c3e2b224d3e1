/**
 * The journey a partner takes, with `@pc-benefits/client`: find a benefit in the Sandbox catalog,
 * apply for it with details that satisfy its request schema, edit and submit the application, get it
 * approved, read the allocations it produced, and tag it.
 */
import { randomUUID } from "node:crypto";
import {
  CreateBenefitApplicationCommand,
  GetBenefitApplicationCommand,
  GetBenefitCommand,
  ListTagsForResourceCommand,
  type PartnerCentralBenefitsClient,
  paginateListBenefitAllocations,
  paginateListBenefits,
  SubmitBenefitApplicationCommand,
  TagResourceCommand,
  UpdateBenefitApplicationCommand,
} from "@pc-benefits/client";
import type { ReviewerDesk } from "./backend.js";
import { checkDetails, detailsForSchema } from "./details-for-schema.js";
import type { Transcript } from "./transcript.js";

export const CATALOG = "Sandbox";

/** The facts the transcript states, for tests and callers. */
export interface JourneyFacts {
  benefitCount: number;
  benefitId: string;
  applicationId: string;
  /** The application's status after create, update, submit and approval. */
  statuses: string[];
  allocationCount: number;
  fulfillmentTypes: string[];
  tags: Record<string, string>;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the service returned no ${what}`);
  return value;
}

export async function runJourney(
  client: PartnerCentralBenefitsClient,
  reviewer: ReviewerDesk,
  say: Transcript,
): Promise<JourneyFacts> {
  say.step(`List the benefits of the ${CATALOG} catalog (paginateListBenefits)`);
  const benefits = [];
  for await (const page of paginateListBenefits({ client, pageSize: 10 }, { Catalog: CATALOG })) {
    benefits.push(...(page.BenefitSummaries ?? []));
  }
  for (const b of benefits) {
    say.detail(
      `${b.Id}  ${b.Status?.padEnd(8)}  ${(b.FulfillmentTypes ?? []).join("+").padEnd(14)}  ${b.Name}`,
    );
  }
  say.detail(`${benefits.length} benefits`);
  // The active benefit with the most fulfillment types: approval allocates one of each.
  const chosen = required(
    benefits
      .filter((b) => b.Status === "ACTIVE" && (b.FulfillmentTypes ?? []).length > 0)
      .sort((a, b) => (b.FulfillmentTypes ?? []).length - (a.FulfillmentTypes ?? []).length)[0],
    "active benefit",
  );
  const benefitId = required(chosen.Id, "benefit ID");

  say.step(`Read the benefit "${chosen.Name}" and its request schema (GetBenefit)`);
  const benefit = await client.send(new GetBenefitCommand({ Catalog: CATALOG, Identifier: benefitId }));
  const schema = required(benefit.BenefitRequestSchema, "request schema") as Record<string, unknown>;
  const requiredFields = (schema.required ?? []) as string[];
  say.detail(
    `programs ${(benefit.Programs ?? []).join(", ")}; fulfillment ${(benefit.FulfillmentTypes ?? []).join(", ")}`,
  );
  say.detail(`the schema requires: ${requiredFields.join(", ") || "nothing"}`);
  const details = detailsForSchema(schema);
  const problems = checkDetails(schema, details);
  if (problems.length > 0)
    throw new Error(`the generated details do not fit the schema: ${problems.join("; ")}`);
  say.detail(`details built from the schema (valid against it): ${JSON.stringify(details)}`);

  const statuses: string[] = [];
  const statusOf = async (id: string) => {
    const app = await client.send(new GetBenefitApplicationCommand({ Catalog: CATALOG, Identifier: id }));
    statuses.push(required(app.Status, "status"));
    return app;
  };

  say.step("Create a benefit application (CreateBenefitApplication)");
  const fulfillmentTypes = [...(benefit.FulfillmentTypes ?? [])];
  const created = await client.send(
    new CreateBenefitApplicationCommand({
      Catalog: CATALOG,
      ClientToken: randomUUID(),
      BenefitIdentifier: benefitId,
      Name: "Demo application",
      Description: "Created by the toolkit demo",
      FulfillmentTypes: fulfillmentTypes,
      BenefitApplicationDetails: details,
    }),
  );
  const applicationId = required(created.Id, "application ID");
  const arn = required(created.Arn, "application ARN");
  const draft = await statusOf(applicationId);
  say.detail(`${applicationId}: ${draft.Status}, revision ${draft.Revision}`);

  say.step("Update it: a better name (UpdateBenefitApplication, with the revision just read)");
  const updated = await client.send(
    new UpdateBenefitApplicationCommand({
      Catalog: CATALOG,
      ClientToken: randomUUID(),
      Identifier: applicationId,
      Revision: required(draft.Revision, "revision"),
      Name: "Demo application: Q3 launch",
    }),
  );
  const edited = await statusOf(applicationId);
  say.detail(`"${edited.Name}": ${edited.Status}, revision ${updated.Revision}`);

  say.step("Submit it for review (SubmitBenefitApplication)");
  await client.send(new SubmitBenefitApplicationCommand({ Catalog: CATALOG, Identifier: applicationId }));
  const submitted = await statusOf(applicationId);
  say.detail(`${submitted.Status}, stage ${submitted.Stage}`);

  say.step("The AWS reviewer approves it (emulator reviewer API)");
  await reviewer.approve(CATALOG, applicationId);
  const approved = await statusOf(applicationId);
  say.detail(`${approved.Status}${approved.StatusReason ? `: ${approved.StatusReason}` : ""}`);

  say.step("List the allocations the approval produced (paginateListBenefitAllocations)");
  const allocations = [];
  for await (const page of paginateListBenefitAllocations(
    { client },
    { Catalog: CATALOG, BenefitApplicationIdentifiers: [applicationId] },
  )) {
    allocations.push(...(page.BenefitAllocationSummaries ?? []));
  }
  for (const a of allocations) {
    say.detail(
      `${a.Id}  ${(a.FulfillmentTypes ?? []).join("+")}  ${a.Status}  expires ${a.ExpiresAt?.toISOString().slice(0, 10)}`,
    );
  }
  say.detail(`${allocations.length} allocation(s)`);

  say.step("Tag the application (TagResource)");
  await client.send(
    new TagResourceCommand({
      resourceArn: arn,
      tags: [
        { Key: "project", Value: "q3-launch" },
        { Key: "owner", Value: "alliances" },
      ],
    }),
  );
  say.detail(arn);

  say.step("List its tags (ListTagsForResource)");
  const listed = await client.send(new ListTagsForResourceCommand({ resourceArn: arn }));
  const tags = Object.fromEntries((listed.tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]));
  for (const [key, value] of Object.entries(tags)) say.detail(`${key} = ${value}`);

  return {
    benefitCount: benefits.length,
    benefitId,
    applicationId,
    statuses,
    allocationCount: allocations.length,
    fulfillmentTypes,
    tags,
  };
}
