/**
 * A list page over one `List*` operation: filters by status and fulfillment type, a table of rows and a
 * pager over `NextToken`. The allocations and the applications pages are this component with their own
 * statuses, query and columns.
 */
import { FulfillmentType } from "@pc-benefits/client";
import { type ReactNode, useState } from "react";
import { usePortal } from "../app/portal-context.js";
import { useLoad } from "../app/use-load.js";
import type { Backend } from "../backend/backend.js";
import { humanize } from "../lib/format.js";
import type { PageQuery } from "../lib/list-input.js";
import { currentToken, FIRST_PAGE, nextPage, previousPage } from "../lib/page-tokens.js";
import { Pager } from "./pager.js";
import { ProblemNotice } from "./problem-notice.js";

export interface Page<Row> {
  rows: readonly Row[];
  nextToken: string | undefined;
}

export interface Column<Row> {
  header: string;
  cell(row: Row): ReactNode;
}

interface Props<Row> {
  /** The plural noun of the rows (`allocations`): heading, element ids, labels. */
  noun: string;
  /** The status filter's choices (the generated enum's values). */
  statuses: readonly string[];
  load(backend: Backend, query: PageQuery, abortSignal: AbortSignal): Promise<Page<Row>>;
  columns: readonly Column<Row>[];
  rowKey(row: Row): string | undefined;
  /** Shown in the table when a page loaded without rows. */
  empty: ReactNode;
}

function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export function PagedList<Row>({ noun, statuses, load, columns, rowKey, empty }: Props<Row>) {
  const { backend, catalog } = usePortal();
  const [status, setStatus] = useState("");
  const [fulfillmentType, setFulfillmentType] = useState("");
  const [tokens, setTokens] = useState(FIRST_PAGE);
  const page = useLoad(
    (abortSignal) =>
      load(backend, { catalog, status, fulfillmentType, nextToken: currentToken(tokens) }, abortSignal),
    [backend, catalog, status, fulfillmentType, tokens],
  );
  const rows = page.error ? [] : (page.data?.rows ?? []);
  const title = capitalized(noun);
  const filter = (
    id: string,
    label: string,
    value: string,
    set: (value: string) => void,
    any: string,
    choices: readonly string[],
  ) => (
    <div className="filter">
      <label htmlFor={`${noun}-${id}`}>{label}</label>
      <select
        id={`${noun}-${id}`}
        value={value}
        onChange={(e) => {
          set(e.target.value);
          setTokens(FIRST_PAGE);
        }}
      >
        <option value="">{any}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {humanize(choice)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby={`${noun}-title`}>
      <h1 id={`${noun}-title`}>
        {title} in the {catalog} catalog
      </h1>
      <form className="filters" aria-label={`Filter ${noun}`} onSubmit={(e) => e.preventDefault()}>
        {filter("status", "Status", status, setStatus, "Any status", statuses)}
        {filter(
          "fulfillment-type",
          "Fulfillment type",
          fulfillmentType,
          setFulfillmentType,
          "Any type",
          Object.values(FulfillmentType),
        )}
      </form>
      <ProblemNotice error={page.error} onRetry={page.reload} />
      <table className="list" aria-busy={page.loading}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
          {!page.loading && !page.error && rows.length === 0 ? (
            <tr className="empty">
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Pager
        label={title.replace(/s$/, "")}
        tokens={tokens}
        nextToken={page.error ? undefined : page.data?.nextToken}
        onNext={(t) => setTokens(nextPage(tokens, t))}
        onPrevious={() => setTokens(previousPage(tokens))}
      />
    </section>
  );
}
