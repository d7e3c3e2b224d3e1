/** GetBenefitAllocation: allocations are read-only through the public API. */

import type { GetBenefitAllocationInput, GetBenefitAllocationOutput } from "../api-types.js";
import { assertCatalog, type EngineContext, requireAllocation } from "../engine-context.js";
import { allocationOutput } from "../views.js";

export function getAllocation(
  ctx: EngineContext,
  input: GetBenefitAllocationInput,
  account: string,
): GetBenefitAllocationOutput {
  assertCatalog(ctx, input.Catalog);
  const record = requireAllocation(ctx, input.Catalog, input.Identifier, account);
  return allocationOutput(record, ctx.settings.region, ctx.now());
}
