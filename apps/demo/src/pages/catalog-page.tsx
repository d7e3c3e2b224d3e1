/** The benefits of the chosen catalog, filtered by program, fulfillment type and status, a page at a time. */
import {
  BenefitStatus,
  FulfillmentType,
  ListBenefitsCommand,
  type ListBenefitsCommandOutput,
  paginateListBenefits,
} from "@pc-benefits/client";
import { useState } from "react";
import { Link } from "wouter";
import { usePortal } from "../app/portal-context.js";
import { useLoad } from "../app/use-load.js";
import { CheckboxGroup } from "../components/checkbox-group.js";
import { FieldMessages } from "../components/field-messages.js";
import { Pager } from "../components/pager.js";
import { ProblemNotice } from "../components/problem-notice.js";
import { StatusBadge } from "../components/status-badge.js";
import { placeFieldErrors } from "../lib/field-errors.js";
import { humanize } from "../lib/format.js";
import { currentToken, FIRST_PAGE, nextPage, previousPage } from "../lib/page-tokens.js";
import { describeProblem } from "../lib/service-error.js";

export const CATALOG_PAGE_SIZE = 10;

interface Filters {
  program: string;
  fulfillmentTypes: string[];
  statuses: string[];
}

const NO_FILTERS: Filters = { program: "", fulfillmentTypes: [], statuses: [] };

export function CatalogPage() {
  const { backend, catalog } = usePortal();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [tokens, setTokens] = useState(FIRST_PAGE);

  // The program filter's choices: every program of the catalog (one pass over all its benefits).
  const programs = useLoad(
    async (abortSignal) => {
      const found = new Set<string>();
      for await (const page of paginateListBenefits(
        { client: backend.client, pageSize: 100 },
        { Catalog: catalog },
      )) {
        if (abortSignal.aborted) break;
        for (const benefit of page.BenefitSummaries ?? [])
          for (const p of benefit.Programs ?? []) found.add(p);
      }
      return [...found].sort();
    },
    [backend, catalog],
  );

  const page = useLoad<ListBenefitsCommandOutput>(
    (abortSignal) =>
      backend.client.send(
        new ListBenefitsCommand({
          Catalog: catalog,
          MaxResults: CATALOG_PAGE_SIZE,
          ...(filters.program ? { Programs: [filters.program] } : {}),
          ...(filters.fulfillmentTypes.length > 0
            ? { FulfillmentTypes: filters.fulfillmentTypes as FulfillmentType[] }
            : {}),
          ...(filters.statuses.length > 0 ? { Status: filters.statuses as BenefitStatus[] } : {}),
          ...(currentToken(tokens) ? { NextToken: currentToken(tokens) } : {}),
        }),
        { abortSignal },
      ),
    [backend, catalog, filters, tokens],
  );

  const change = (next: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...next }));
    setTokens(FIRST_PAGE);
  };
  const problem = page.error ? describeProblem(page.error) : undefined;
  const placed = placeFieldErrors(problem?.fields ?? [], ["Programs", "FulfillmentTypes", "Status"]);
  const benefits = page.error ? [] : (page.data?.BenefitSummaries ?? []);

  return (
    <section aria-labelledby="catalog-title">
      <h1 id="catalog-title">Benefits in the {catalog} catalog</h1>
      <form className="filters" aria-label="Filter benefits" onSubmit={(e) => e.preventDefault()}>
        <div className="filter">
          <label htmlFor="catalog-program">Program</label>
          <select
            id="catalog-program"
            value={filters.program}
            onChange={(e) => change({ program: e.target.value })}
          >
            <option value="">All programs</option>
            {(programs.data ?? []).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div>
          <CheckboxGroup
            legend="Fulfillment type"
            name="fulfillment-type"
            options={Object.values(FulfillmentType)}
            selected={filters.fulfillmentTypes}
            onChange={(fulfillmentTypes) => change({ fulfillmentTypes })}
            describedBy={placed.fields.FulfillmentTypes ? "filter-fulfillment-errors" : undefined}
          />
          <FieldMessages id="filter-fulfillment-errors" messages={placed.fields.FulfillmentTypes} />
        </div>
        <CheckboxGroup
          legend="Status"
          name="status"
          options={Object.values(BenefitStatus)}
          selected={filters.statuses}
          onChange={(statuses) => change({ statuses })}
        />
        <button type="button" onClick={() => change(NO_FILTERS)}>
          Clear filters
        </button>
      </form>
      <ProblemNotice error={page.error} onRetry={page.reload} unplaced={placed.unplaced} />
      <table className="list" aria-busy={page.loading}>
        <caption className="visually-hidden">Benefits</caption>
        <thead>
          <tr>
            <th scope="col">Benefit</th>
            <th scope="col">Programs</th>
            <th scope="col">Fulfillment</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {benefits.map((b) => (
            <tr key={b.Id}>
              <td>
                <Link href={`/benefits/${b.Id}`}>{b.Name}</Link>
                <div className="muted">{b.Id}</div>
              </td>
              <td>{(b.Programs ?? []).join(", ")}</td>
              <td>{(b.FulfillmentTypes ?? []).map(humanize).join(", ")}</td>
              <td>
                <StatusBadge status={b.Status} />
              </td>
            </tr>
          ))}
          {!page.loading && !page.error && benefits.length === 0 ? (
            <tr className="empty">
              <td colSpan={4}>No benefit matches these filters.</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Pager
        label="Benefit"
        tokens={tokens}
        nextToken={page.error ? undefined : page.data?.NextToken}
        onNext={(t) => setTokens(nextPage(tokens, t))}
        onPrevious={() => setTokens(previousPage(tokens))}
      />
    </section>
  );
}
