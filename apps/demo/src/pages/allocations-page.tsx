/** The partner's allocations: credit codes, cash disbursements and access, a page at a time. */
import {
  BenefitAllocationStatus,
  GetBenefitAllocationCommand,
  ListBenefitAllocationsCommand,
  type ListBenefitAllocationsCommandOutput,
} from "@pc-benefits/client";
import { Link } from "wouter";
import { usePortal } from "../app/portal-context.js";
import { useLoad } from "../app/use-load.js";
import type { Backend } from "../backend/backend.js";
import { FulfillmentDetail } from "../components/fulfillment-detail.js";
import { type Column, type Page, PagedList } from "../components/paged-list.js";
import { ProblemNotice } from "../components/problem-notice.js";
import { StatusBadge } from "../components/status-badge.js";
import { formatDate, humanize } from "../lib/format.js";
import { listInput, type PageQuery } from "../lib/list-input.js";

export const ALLOCATIONS_PAGE_SIZE = 10;

type AllocationSummary = NonNullable<
  ListBenefitAllocationsCommandOutput["BenefitAllocationSummaries"]
>[number];

const COLUMNS: Column<AllocationSummary>[] = [
  {
    header: "Allocation",
    cell: (a) => (
      <>
        <Link href={`/allocations/${a.Id}`}>{a.Name}</Link>
        <div className="muted">{a.Id}</div>
      </>
    ),
  },
  { header: "Fulfillment", cell: (a) => (a.FulfillmentTypes ?? []).map(humanize).join(", ") },
  { header: "Status", cell: (a) => <StatusBadge status={a.Status} /> },
  {
    header: "Application",
    cell: (a) => <Link href={`/applications/${a.BenefitApplicationId}`}>{a.BenefitApplicationId}</Link>,
  },
  { header: "Expires", cell: (a) => formatDate(a.ExpiresAt) },
];

async function loadAllocations(
  backend: Backend,
  query: PageQuery,
  abortSignal: AbortSignal,
): Promise<Page<AllocationSummary>> {
  const output = await backend.client.send(
    new ListBenefitAllocationsCommand(listInput<BenefitAllocationStatus>(query, ALLOCATIONS_PAGE_SIZE)),
    { abortSignal },
  );
  return { rows: output.BenefitAllocationSummaries ?? [], nextToken: output.NextToken };
}

export function AllocationsPage() {
  return (
    <PagedList
      noun="allocations"
      statuses={Object.values(BenefitAllocationStatus)}
      load={loadAllocations}
      columns={COLUMNS}
      rowKey={(a) => a.Id}
      empty="No allocation yet: they are created when an application is approved."
    />
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
