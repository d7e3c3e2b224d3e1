import { humanize } from "../lib/format.js";

export function StatusBadge({ status }: { status: string | undefined }) {
  return <span className={`badge badge-${(status ?? "unknown").toLowerCase()}`}>{humanize(status)}</span>;
}
