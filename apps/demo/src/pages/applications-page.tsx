/** The partner's applications in the chosen catalog, filtered by status, a page at a time. */
import {
  BenefitApplicationStatus,
  FulfillmentType,
  ListBenefitApplicationsCommand,
} from "@pc-benefits/client";
import { useState } from "react";
import { Link } from "wouter";
import { usePortal } from "../app/portal-context.js";
import { useLoad } from "../app/use-load.js";
import { Pager } from "../components/pager.js";
import { ProblemNotice } from "../components/problem-notice.js";
import { StatusBadge } from "../components/status-badge.js";
import { formatDate, humanize } from "../lib/format.js";
import { currentToken, FIRST_PAGE, nextPage, previousPage } from "../lib/page-tokens.js";

export const APPLICATIONS_PAGE_SIZE = 10;

export function ApplicationsPage() {
  const { backend, catalog } = usePortal();
  const [status, setStatus] = useState("");
  const [fulfillmentType, setFulfillmentType] = useState("");
  const [tokens, setTokens] = useState(FIRST_PAGE);
  const page = useLoad(
    (abortSignal) =>
      backend.client.send(
        new ListBenefitApplicationsCommand({
          Catalog: catalog,
          MaxResults: APPLICATIONS_PAGE_SIZE,
          ...(status ? { Status: [status as BenefitApplicationStatus] } : {}),
          ...(fulfillmentType ? { FulfillmentTypes: [fulfillmentType as FulfillmentType] } : {}),
          ...(currentToken(tokens) ? { NextToken: currentToken(tokens) } : {}),
        }),
        { abortSignal },
      ),
    [backend, catalog, status, fulfillmentType, tokens],
  );
  const rows = page.error ? [] : (page.data?.BenefitApplicationSummaries ?? []);
  return (
    <section aria-labelledby="applications-title">
      <h1 id="applications-title">Applications in the {catalog} catalog</h1>
      <form className="filters" aria-label="Filter applications" onSubmit={(e) => e.preventDefault()}>
        <div className="filter">
          <label htmlFor="applications-status">Status</label>
          <select
            id="applications-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value);
              setTokens(FIRST_PAGE);
            }}
          >
            <option value="">Any status</option>
            {Object.values(BenefitApplicationStatus).map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="applications-fulfillment-type">Fulfillment type</label>
          <select
            id="applications-fulfillment-type"
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
        <caption className="visually-hidden">Applications</caption>
        <thead>
          <tr>
            <th scope="col">Application</th>
            <th scope="col">Benefit</th>
            <th scope="col">Status</th>
            <th scope="col">Stage</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.Id}>
              <td>
                <Link href={`/applications/${a.Id}`}>{a.Name || a.Id}</Link>
                <div className="muted">{a.Id}</div>
              </td>
              <td>
                <Link href={`/benefits/${a.BenefitId}`}>{a.BenefitId}</Link>
              </td>
              <td>
                <StatusBadge status={a.Status} />
              </td>
              <td>{humanize(a.Stage)}</td>
              <td>{formatDate(a.UpdatedAt)}</td>
            </tr>
          ))}
          {!page.loading && !page.error && rows.length === 0 ? (
            <tr className="empty">
              <td colSpan={5}>
                No application here yet. <Link href="/">Browse the catalog</Link> to apply for a benefit.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Pager
        label="Application"
        tokens={tokens}
        nextToken={page.error ? undefined : page.data?.NextToken}
        onNext={(t) => setTokens(nextPage(tokens, t))}
        onPrevious={() => setTokens(previousPage(tokens))}
      />
    </section>
  );
}
