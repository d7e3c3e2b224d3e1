/** The partner's allocations: credit codes, cash disbursements and access, a page at a time. */
import {
  BenefitAllocationStatus,
  FulfillmentType,
  GetBenefitAllocationCommand,
  ListBenefitAllocationsCommand,
} from "@pc-benefits/client";
import { useState } from "react";
import { Link } from "wouter";
import { usePortal } from "../app/portal-context.js";
import { useLoad } from "../app/use-load.js";
import { FulfillmentDetail } from "../components/fulfillment-detail.js";
import { Pager } from "../components/pager.js";
import { ProblemNotice } from "../components/problem-notice.js";
import { StatusBadge } from "../components/status-badge.js";
import { formatDate, humanize } from "../lib/format.js";
import { currentToken, FIRST_PAGE, nextPage, previousPage } from "../lib/page-tokens.js";

export const ALLOCATIONS_PAGE_SIZE = 10;

export function AllocationsPage() {
  const { backend, catalog } = usePortal();
  const [status, setStatus] = useState("");
  const [fulfillmentType, setFulfillmentType] = useState("");
  const [tokens, setTokens] = useState(FIRST_PAGE);
  const page = useLoad(
    (abortSignal) =>
      backend.client.send(
        new ListBenefitAllocationsCommand({
          Catalog: catalog,
          MaxResults: ALLOCATIONS_PAGE_SIZE,
          ...(status ? { Status: [status as BenefitAllocationStatus] } : {}),
          ...(fulfillmentType ? { FulfillmentTypes: [fulfillmentType as FulfillmentType] } : {}),
          ...(currentToken(tokens) ? { NextToken: currentToken(tokens) } : {}),
        }),
        { abortSignal },
      ),
    [backend, catalog, status, fulfillmentType, tokens],
  );
  const rows = page.error ? [] : (page.data?.BenefitAllocationSummaries ?? []);
  return (
    <section aria-labelledby="allocations-title">
      <h1 id="allocations-title">Allocations in the {catalog} catalog</h1>
      <form className="filters" aria-label="Filter allocations" onSubmit={(e) => e.preventDefault()}>
        <div className="filter">
          <label htmlFor="allocations-status">Status</label>
          <select
            id="allocations-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value);
              setTokens(FIRST_PAGE);
            }}
          >
            <option value="">Any status</option>
            {Object.values(BenefitAllocationStatus).map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="allocations-fulfillment-type">Fulfillment type</label>
          <select
            id="allocations-fulfillment-type"
            value={fulfillmentType}
            onChange={(e) => {
              setFulfillmentType(e.target.value);
              setTokens(FIRST_PAGE);
            }}
          >
            <option value="">Any type</option>
            {Object.values(FulfillmentType).map((t) => (
              <option key={t} value={t}>
                {humanize(t)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <ProblemNotice error={page.error} onRetry={page.reload} />
      <table className="list" aria-busy={page.loading}>
        <caption className="visually-hidden">Allocations</caption>
        <thead>
          <tr>
            <th scope="col">Allocation</th>
            <th scope="col">Fulfillment</th>
            <th scope="col">Status</th>
            <th scope="col">Application</th>
            <th scope="col">Expires</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.Id}>
              <td>
                <Link href={`/allocations/${a.Id}`}>{a.Name}</Link>
                <div className="muted">{a.Id}</div>
              </td>
              <td>{(a.FulfillmentTypes ?? []).map(humanize).join(", ")}</td>
              <td>
                <StatusBadge status={a.Status} />
              </td>
              <td>
                <Link href={`/applications/${a.BenefitApplicationId}`}>{a.BenefitApplicationId}</Link>
              </td>
              <td>{formatDate(a.ExpiresAt)}</td>
            </tr>
          ))}
          {!page.loading && !page.error && rows.length === 0 ? (
            <tr className="empty">
              <td colSpan={5}>No allocation yet: they are created when an application is approved.</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Pager
        label="Allocation"
        tokens={tokens}
        nextToken={page.error ? undefined : page.data?.NextToken}
        onNext={(t) => setTokens(nextPage(tokens, t))}
        onPrevious={() => setTokens(previousPage(tokens))}
      />
    </section>
  );
}

export function AllocationPage({ id }: { id: string }) {
  const { backend, catalog } = usePortal();
  const allocation = useLoad(
    (abortSignal) =>
      backend.client.send(new GetBenefitAllocationCommand({ Catalog: catalog, Identifier: id }), {
        abortSignal,
      }),
    [backend, catalog, id],
  );
  const a = allocation.data;
  if (!a) {
    return (
      <section>
        <h1>Allocation {id}</h1>
        {allocation.error ? (
          <ProblemNotice error={allocation.error} onRetry={allocation.reload} />
        ) : (
          <p aria-busy="true">Loading allocation…</p>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="allocation-title">
      <h1 id="allocation-title">{a.Name}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={a.Status} /> {a.StatusReason}
        </dd>
        <dt>Fulfillment</dt>
        <dd>{humanize(a.FulfillmentType)}</dd>
        <dt>Application</dt>
        <dd>
          <Link href={`/applications/${a.BenefitApplicationId}`}>{a.BenefitApplicationId}</Link>
        </dd>
        <dt>Benefit</dt>
        <dd>
          <Link href={`/benefits/${a.BenefitId}`}>{a.BenefitId}</Link>
        </dd>
        <dt>Starts</dt>
        <dd>{formatDate(a.StartsAt)}</dd>
        <dt>Expires</dt>
        <dd>{formatDate(a.ExpiresAt)}</dd>
        <dt>Created</dt>
        <dd>{formatDate(a.CreatedAt)}</dd>
      </dl>
      {a.Description ? <p>{a.Description}</p> : null}
      <FulfillmentDetail detail={a.FulfillmentDetail} />
    </section>
  );
}
