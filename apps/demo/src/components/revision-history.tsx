/** The revisions of an application this browser has read, newest first (the API keeps no history). */
import type { GetBenefitApplicationOutput } from "@pc-benefits/client";
import { useEffect, useState } from "react";
import { formatDate, humanize } from "../lib/format.js";
import { type HistoryEntry, historyKey, parseHistory, withRevision } from "../lib/revision-history.js";

export function RevisionHistory({
  catalog,
  application,
}: {
  catalog: string;
  application: GetBenefitApplicationOutput;
}) {
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const { Id, Revision, Status, Stage, UpdatedAt } = application;
  useEffect(() => {
    if (!Id || !Revision) return;
    const key = historyKey(catalog, Id);
    const next = withRevision(parseHistory(window.localStorage.getItem(key)), {
      revision: Revision,
      status: Status ?? "",
      stage: Stage,
      at: (UpdatedAt ?? new Date()).toISOString(),
    });
    window.localStorage.setItem(key, JSON.stringify(next));
    setHistory(next);
  }, [catalog, Id, Revision, Status, Stage, UpdatedAt]);

  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">History</h2>
      <p className="muted">Revisions this browser has seen (the service returns only the current one).</p>
      <ol className="history" reversed>
        {[...history].reverse().map((h) => (
          <li key={h.revision}>
            {formatDate(new Date(h.at))}: {humanize(h.status)}
            {h.stage ? `, ${humanize(h.stage)}` : ""} <code className="muted">{h.revision}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
