/** A failed call, explained where it happened, with the way out its kind allows. */
import type { ValidationExceptionField } from "@pc-benefits/client";
import { describeProblem } from "../lib/service-error.js";

interface Props {
  error: unknown;
  /** Conflict: load the current revision. */
  onReload?: () => void;
  /** Throttling, network, server errors: the same request again. */
  onRetry?: () => void;
  /** FieldList entries no field on the page shows (all of them when omitted). */
  unplaced?: readonly ValidationExceptionField[];
}

export function ProblemNotice({ error, onReload, onRetry, unplaced }: Props) {
  if (error === undefined || error === null) return null;
  const problem = describeProblem(error);
  const listed = unplaced ?? problem.fields;
  const retryable = problem.kind === "throttling" || problem.kind === "network" || problem.kind === "server";
  return (
    <div className={`notice notice-${problem.kind}`} role="alert" data-problem={problem.kind}>
      <p className="notice-title">{problem.title}</p>
      {problem.detail && problem.kind !== "validation" ? (
        <p className="notice-detail">{problem.detail}</p>
      ) : null}
      {listed.length > 0 ? (
        <ul className="notice-fields">
          {listed.map((field) => (
            <li key={`${field.Name}:${field.Message}`}>
              <code>{field.Name}</code>: {field.Message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="notice-actions">
        {problem.kind === "conflict" && onReload ? (
          <button type="button" onClick={onReload}>
            Reload the current version
          </button>
        ) : null}
        {retryable && onRetry ? (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
      {problem.requestId ? <p className="notice-meta">Request ID {problem.requestId}</p> : null}
    </div>
  );
}
