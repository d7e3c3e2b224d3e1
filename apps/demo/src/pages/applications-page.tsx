/** The partner's applications in the chosen catalog, filtered by status, a page at a time. */
import {
  BenefitApplicationStatus,
  ListBenefitApplicationsCommand,
  type ListBenefitApplicationsCommandOutput,
} from "@pc-benefits/client";
import { Link } from "wouter";
import type { Backend } from "../backend/backend.js";
import { type Column, type Page, PagedList } from "../components/paged-list.js";
import { StatusBadge } from "../components/status-badge.js";
import { formatDate, humanize } from "../lib/format.js";
import { listInput, type PageQuery } from "../lib/list-input.js";

export const APPLICATIONS_PAGE_SIZE = 10;

type ApplicationSummary = NonNullable<
  ListBenefitApplicationsCommandOutput["BenefitApplicationSummaries"]
>[number];

const COLUMNS: Column<ApplicationSummary>[] = [
  {
    header: "Application",
    cell: (a) => (
      <>
        <Link href={`/applications/${a.Id}`}>{a.Name || a.Id}</Link>
        <div className="muted">{a.Id}</div>
      </>
    ),
  },
  { header: "Benefit", cell: (a) => <Link href={`/benefits/${a.BenefitId}`}>{a.BenefitId}</Link> },
  { header: "Status", cell: (a) => <StatusBadge status={a.Status} /> },
  { header: "Stage", cell: (a) => humanize(a.Stage) },
  { header: "Updated", cell: (a) => formatDate(a.UpdatedAt) },
];

async function loadApplications(
  backend: Backend,
  query: PageQuery,
  abortSignal: AbortSignal,
): Promise<Page<ApplicationSummary>> {
  const output = await backend.client.send(
    new ListBenefitApplicationsCommand(listInput<BenefitApplicationStatus>(query, APPLICATIONS_PAGE_SIZE)),
    { abortSignal },
  );
  return { rows: output.BenefitApplicationSummaries ?? [], nextToken: output.NextToken };
}

export function ApplicationsPage() {
  return (
    <PagedList
      noun="applications"
      statuses={Object.values(BenefitApplicationStatus)}
      load={loadApplications}
      columns={COLUMNS}
      rowKey={(a) => a.Id}
      empty={
        <>
          No application here yet. <Link href="/">Browse the catalog</Link> to apply for a benefit.
        </>
      }
    />
  );
}
