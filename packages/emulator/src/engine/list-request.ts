/**
 * What every list operation does before it filters: checks the catalog and the per-filter caps, reads the
 * page size, and binds NextToken to the operation and its filters (see docs/behaviour.md#pagination).
 */

import type { OperationName } from "./api-types.js";
import { assertCatalog, assertFilterCap, type EngineContext, pageSize } from "./engine-context.js";

/** The members every list input has. */
interface ListInput {
  Catalog: string;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
}

/** The members of `I` that hold a list of filter values. */
type ListMember<I> = { [K in keyof I]-?: I[K] extends readonly unknown[] | undefined ? K : never }[keyof I];

export interface ListRequest {
  /** MaxResults, or the default page size. */
  limit: number;
  /** The cursor NextToken carries; undefined on the first page. */
  cursor: number | undefined;
  /** What NextToken is bound to: every member but MaxResults and NextToken, and the account when given. */
  binding: Readonly<Record<string, unknown>>;
  /** `{ NextToken }` for a page starting at `cursor`, or `{}` when there is no next page. */
  nextToken(cursor: number | undefined): { NextToken?: string };
}

/**
 * Checks and reads a list request of `operation`: the catalog, then the caps of `capped` filters (in that
 * order), then MaxResults, then NextToken, which must have been issued for the same operation and binding.
 */
export function listRequest<I extends ListInput>(
  ctx: Pick<EngineContext, "settings" | "pages">,
  operation: OperationName,
  input: I,
  capped: readonly ListMember<I>[],
  account?: string,
): ListRequest {
  assertCatalog(ctx, input.Catalog);
  for (const member of capped) {
    assertFilterCap(ctx, operation, String(member), input[member] as readonly unknown[] | undefined);
  }
  const limit = pageSize(ctx, input.MaxResults);
  const { MaxResults: _m, NextToken: _n, ...filters } = input;
  const binding = account === undefined ? filters : { ...filters, account };
  const cursor =
    input.NextToken === undefined ? undefined : ctx.pages.decodeFor(input.NextToken, operation, binding);
  return {
    limit,
    cursor,
    binding,
    nextToken: (next) =>
      next === undefined ? {} : { NextToken: ctx.pages.encodeFor(next, operation, binding) },
  };
}
