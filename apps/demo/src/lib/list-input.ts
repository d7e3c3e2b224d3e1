/** The input of a `List*` call made from a list page's filters and page token. */
import type { FulfillmentType } from "@pc-benefits/client";

/** What a page's query is asked for: the filters (`""` when any) and the token of the page shown. */
export interface PageQuery {
  catalog: string;
  status: string;
  fulfillmentType: string;
  nextToken: string | undefined;
}

/**
 * The members every `List*` input shares, from a page query: the catalog, the page size, the status and
 * fulfillment type filters when set, and the page's token.
 */
export function listInput<Status extends string>(query: PageQuery, pageSize: number) {
  return {
    Catalog: query.catalog,
    MaxResults: pageSize,
    ...(query.status ? { Status: [query.status as Status] } : {}),
    ...(query.fulfillmentType ? { FulfillmentTypes: [query.fulfillmentType as FulfillmentType] } : {}),
    ...(query.nextToken ? { NextToken: query.nextToken } : {}),
  };
}
