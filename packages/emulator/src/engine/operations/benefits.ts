/** ListBenefits and GetBenefit over the seeded, read-only catalogs. */

import type {
  GetBenefitInput,
  GetBenefitOutput,
  ListBenefitsInput,
  ListBenefitsOutput,
} from "../api-types.js";
import {
  assertCatalog,
  assertFilterCap,
  type EngineContext,
  pageSize,
  requireBenefit,
} from "../engine-context.js";
import { benefitOutput, benefitSummary } from "../views.js";

export function listBenefits(ctx: EngineContext, input: ListBenefitsInput): ListBenefitsOutput {
  assertCatalog(ctx, input.Catalog);
  for (const member of ["Programs", "FulfillmentTypes", "Status"] as const) {
    assertFilterCap(ctx, "ListBenefits", member, input[member]);
  }
  const limit = pageSize(ctx, input.MaxResults);
  const { MaxResults: _m, NextToken: _n, ...filters } = input;
  // The catalog is static and small: the cursor is a position in its ID order.
  const start =
    input.NextToken === undefined ? 0 : ctx.pages.decodeFor(input.NextToken, "ListBenefits", filters);
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
    ...(next < matching.length ? { NextToken: ctx.pages.encodeFor(next, "ListBenefits", filters) } : {}),
  };
}

export function getBenefit(ctx: EngineContext, input: GetBenefitInput): GetBenefitOutput {
  assertCatalog(ctx, input.Catalog);
  return benefitOutput(requireBenefit(ctx, input.Catalog, input.Identifier), ctx.settings.region);
}
