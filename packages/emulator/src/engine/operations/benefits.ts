/** ListBenefits and GetBenefit over the seeded, read-only catalogs. */

import type {
  GetBenefitInput,
  GetBenefitOutput,
  ListBenefitsInput,
  ListBenefitsOutput,
} from "../api-types.js";
import { assertCatalog, type EngineContext, requireBenefit } from "../engine-context.js";
import { listRequest } from "../list-request.js";
import { benefitOutput, benefitSummary } from "../views.js";

export function listBenefits(ctx: EngineContext, input: ListBenefitsInput): ListBenefitsOutput {
  const { limit, cursor, nextToken } = listRequest(ctx, "ListBenefits", input, [
    "Programs",
    "FulfillmentTypes",
    "Status",
  ]);
  // The catalog is static and small: the cursor is a position in its ID order.
  const start = cursor ?? 0;
  const matching = (ctx.catalogs.get(input.Catalog) ?? []).filter(
    (b) =>
      (!input.Programs?.length || b.programs.some((p) => input.Programs?.includes(p))) &&
      (!input.FulfillmentTypes?.length ||
        b.fulfillmentTypes.some((f) => input.FulfillmentTypes?.includes(f))) &&
      (!input.Status?.length || input.Status.includes(b.status)),
  );
  const page = matching.slice(start, start + limit);
  const next = start + limit;
  return {
    BenefitSummaries: page.map((b) => benefitSummary(b, ctx.settings.region)),
    ...nextToken(next < matching.length ? next : undefined),
  };
}

export function getBenefit(ctx: EngineContext, input: GetBenefitInput): GetBenefitOutput {
  assertCatalog(ctx, input.Catalog);
  return benefitOutput(requireBenefit(ctx, input.Catalog, input.Identifier), ctx.settings.region);
}
