/**
 * What happened to an application: the emulator's record, read through the reviewer desk (control route or
 * the in-page mock). AWS's API has no such operation; it returns only the current revision.
 */
import { GetBenefitApplicationCommand } from "@pc-benefits/client";
import { useLoad } from "../app/use-load.js";
import type { Backend } from "../backend/backend.js";
import { formatDate, humanize } from "../lib/format.js";
import { historyActionLabel, historyActor, newestFirst } from "../lib/history.js";
import { operationName } from "../lib/operation-name.js";
import { ProblemNotice } from "./problem-notice.js";
import { StatusBadge } from "./status-badge.js";

export function ApplicationHistory({
  backend,
  catalog,
  id,
  revision,
}: {
  backend: Backend;
  catalog: string;
  id: string;
  /** The revision on screen: a new one loads the history again. */
  revision: string | undefined;
}) {
  const history = useLoad(() => backend.reviewer.history(catalog, id), [backend, catalog, id, revision]);
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">History</h2>
      <p className="emulator-note" role="note">
        The <strong>emulator's</strong> record of this application, newest first. AWS's API keeps no history:
        {operationName(GetBenefitApplicationCommand)} returns only the current revision.
      </p>
      <ProblemNotice error={history.error} onRetry={history.reload} />
      {history.data ? (
        <table className="list history">
          <caption className="visually-hidden">History of the application</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Status</th>
              <th scope="col">Stage</th>
              <th scope="col">Reason</th>
              <th scope="col">Revision</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst(history.data).map((step, i) => (
              <tr key={`${step.at.getTime()}-${step.revision ?? i}`}>
                <td>{formatDate(step.at)}</td>
                <td>{historyActor(step.action)}</td>
                <td>{historyActionLabel(step.action)}</td>
                <td>
                  <StatusBadge status={step.status} />
                </td>
                <td>{step.stage ? humanize(step.stage) : "—"}</td>
                <td>{step.reason ?? "—"}</td>
                <td>{step.revision ? <code className="muted">{step.revision}</code> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
