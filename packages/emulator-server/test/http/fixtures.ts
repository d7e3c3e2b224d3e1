/** Inputs for the HTTP tests: the seeded catalog of a seed, computed in-process (the same seed gives the same data). */
import { createEmulator, exampleDetails } from "@pc-benefits/emulator";

export const SEED = "http-test";
export const OPPORTUNITY_ARN =
  "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1234567";

const catalog = createEmulator({ seed: SEED });

/** An active benefit with its fulfillment types and a details document its request schema accepts. */
export function submittableBenefit(name = "AWS") {
  const benefit = catalog.benefits(name).find((b) => b.status === "ACTIVE" && b.amendablePaths.length > 0);
  if (!benefit) throw new Error(`no active benefit in ${name}`);
  return {
    id: benefit.id,
    fulfillmentTypes: [...benefit.fulfillmentTypes],
    details: exampleDetails(benefit),
  };
}

let counter = 0;
export const clientToken = () => `http-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

/** A complete CreateBenefitApplication input (Submit accepts the result). */
export function createInput(catalogName = "AWS", name = "HTTP test application") {
  const benefit = submittableBenefit(catalogName);
  return {
    Catalog: catalogName,
    ClientToken: clientToken(),
    BenefitIdentifier: benefit.id,
    Name: name,
    FulfillmentTypes: benefit.fulfillmentTypes,
    BenefitApplicationDetails: benefit.details,
    AssociatedResources: [OPPORTUNITY_ARN],
  };
}
