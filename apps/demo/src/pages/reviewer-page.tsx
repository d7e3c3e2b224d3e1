/**
 * The emulator's reviewer console: what AWS's own reviewers do, which no public API offers. It drives
 * the emulator through the backend's ReviewerDesk (HTTP control routes, or the in-page mock's reviewer).
 */
import {
  BenefitApplicationStatus,
  CurrencyCode,
  FulfillmentType,
  GetBenefitAllocationCommand,
  GetBenefitApplicationCommand,
  type GetBenefitApplicationOutput,
  GetBenefitCommand,
  ListBenefitAllocationsCommand,
  ListBenefitApplicationsCommand,
  ListBenefitsCommand,
  ListTagsForResourceCommand,
} from "@pc-benefits/client";
import { useState } from "react";
import { Link } from "wouter";
import { usePortal } from "../app/portal-context.js";
import { useLoad } from "../app/use-load.js";
import { ProblemNotice } from "../components/problem-notice.js";
import { StatusBadge } from "../components/status-badge.js";
import { formatDate, humanize } from "../lib/format.js";
import { operationName } from "../lib/operation-name.js";

/** Operations the fault panel can throttle: the ones the portal's pages read with. */
const THROTTLE_TARGETS = [
  ListBenefitsCommand,
  GetBenefitCommand,
  ListBenefitApplicationsCommand,
  GetBenefitApplicationCommand,
  ListBenefitAllocationsCommand,
  GetBenefitAllocationCommand,
  ListTagsForResourceCommand,
].map(operationName);

export function ReviewerPage() {
  const { backend, catalog } = usePortal();
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  // The emulator's own queue (GET /_emulator/reviews/{catalog}, or the mock's reviewer.waiting): the
  // applications in review or returned for action, the longest waiting first.
  const queue = useLoad(() => backend.reviewer.waiting(catalog), [backend, catalog, generation]);
  const refresh = () => setGeneration((g) => g + 1);

  return (
    <section aria-labelledby="reviewer-title" className="reviewer">
      <h1 id="reviewer-title">Reviewer console</h1>
      <p className="emulator-note" role="note">
        This console belongs to the <strong>emulator</strong>, not to AWS: it plays the AWS reviewers who
        approve, reject or return applications and process files. It talks to {backend.endpointLabel}
        {backend.mode === "emulator" ? " through the emulator's control routes (/_emulator)" : ""}.
      </p>
      <div className="filters">
        <p className="muted">
          Applications waiting for a reviewer ({humanize(BenefitApplicationStatus.IN_REVIEW).toLowerCase()} or{" "}
          {humanize(BenefitApplicationStatus.ACTION_REQUIRED).toLowerCase()}), the longest waiting first.
        </p>
        <button type="button" onClick={refresh}>
          Refresh
        </button>
      </div>
      <ProblemNotice error={queue.error} onRetry={queue.reload} />
      <ul className="queue">
        {(queue.data ?? []).map((a) => (
          <li key={a.Id}>
            <button type="button" aria-pressed={selected === a.Id} onClick={() => setSelected(a.Id)}>
              Review {a.Name || a.Id}
            </button>{" "}
            <StatusBadge status={a.Status} /> {humanize(a.Stage)} <span className="muted">{a.Id}</span>
          </li>
        ))}
        {queue.data && queue.data.length === 0 ? (
          <li className="muted">Nothing waits for a reviewer.</li>
        ) : null}
      </ul>
      {selected ? (
        <ReviewPanel
          key={selected}
          id={selected}
          onReviewed={() => {
            setSelected(undefined);
            refresh();
          }}
        />
      ) : null}
      <FaultsPanel />
      <ResetPanel />
    </section>
  );
}

function ReviewPanel({ id, onReviewed }: { id: string; onReviewed(): void }) {
  const { backend, catalog } = usePortal();
  const application = useLoad(
    (abortSignal) =>
      backend.client.send(new GetBenefitApplicationCommand({ Catalog: catalog, Identifier: id }), {
        abortSignal,
      }),
    [backend, catalog, id],
  );
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const app = application.data;
  if (!app) return <ProblemNotice error={application.error} onRetry={application.reload} />;

  const run = async (work: () => Promise<void>, after: () => void) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      after();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="review-title" className="panel">
      <h2 id="review-title">
        Review <Link href={`/applications/${app.Id}`}>{app.Name || app.Id}</Link>
      </h2>
      <p>
        <StatusBadge status={app.Status} /> {humanize(app.Stage)}, fulfillment{" "}
        {(app.FulfillmentTypes ?? []).map(humanize).join(", ")}
      </p>
      <ProblemNotice error={error} />
      <FilesReview
        app={app}
        busy={busy}
        onSet={(uri, status) =>
          run(() => backend.reviewer.setFileStatus(catalog, id, uri, status), application.reload)
        }
      />
      <ApproveForm
        app={app}
        busy={busy}
        onApprove={(stage, reason, allocations) =>
          run(
            () =>
              backend.reviewer.review(catalog, id, {
                status: BenefitApplicationStatus.APPROVED,
                ...(stage ? { stage } : {}),
                ...(reason ? { statusReason: reason } : {}),
                allocations: allocations.map((a) => ({
                  fulfillmentType: a.fulfillmentType,
                  currencyCode: a.currencyCode as CurrencyCode,
                  ...(a.amount ? { amount: a.amount } : {}),
                })),
              }),
            onReviewed,
          )
        }
      />
      <DecisionForm
        label="Reject"
        busy={busy}
        onRun={(reason) =>
          run(
            () =>
              backend.reviewer.review(catalog, id, {
                status: BenefitApplicationStatus.REJECTED,
                ...(reason ? { statusReason: reason, statusReasonCodes: ["REVIEWER_DECISION"] } : {}),
              }),
            onReviewed,
          )
        }
      />
      <DecisionForm
        label="Require action"
        busy={busy}
        onRun={(reason) =>
          run(
            () =>
              backend.reviewer.review(catalog, id, {
                status: BenefitApplicationStatus.ACTION_REQUIRED,
                ...(reason ? { statusReason: reason } : {}),
              }),
            onReviewed,
          )
        }
      />
    </section>
  );
}

function FilesReview(props: {
  app: GetBenefitApplicationOutput;
  busy: boolean;
  onSet(uri: string, status: "SUCCEEDED" | "FAILED"): void;
}) {
  const files = props.app.FileDetails ?? [];
  if (files.length === 0) return <p className="muted">No files to process.</p>;
  return (
    <table className="list">
      <caption>Files</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Processing</th>
          <th scope="col">Mark</th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => (
          <tr key={f.FileURI}>
            <td>{f.FileName}</td>
            <td>
              <StatusBadge status={f.FileStatus} /> {formatDate(f.CreatedAt)}
            </td>
            <td>
              <button
                type="button"
                disabled={props.busy}
                onClick={() => props.onSet(f.FileURI ?? "", "SUCCEEDED")}
              >
                Mark {f.FileName} processed
              </button>{" "}
              <button
                type="button"
                disabled={props.busy}
                onClick={() => props.onSet(f.FileURI ?? "", "FAILED")}
              >
                Mark {f.FileName} failed
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface AllocationChoice {
  fulfillmentType: FulfillmentType;
  include: boolean;
  amount: string;
  currencyCode: string;
}

function ApproveForm(props: {
  app: GetBenefitApplicationOutput;
  busy: boolean;
  onApprove(stage: string, reason: string, allocations: AllocationChoice[]): void;
}) {
  const [stage, setStage] = useState("FINANCE_REVIEW");
  const [reason, setReason] = useState("");
  const [choices, setChoices] = useState<AllocationChoice[]>(() =>
    (props.app.FulfillmentTypes ?? []).map((fulfillmentType) => ({
      fulfillmentType,
      include: true,
      amount: "",
      currencyCode: CurrencyCode.USD,
    })),
  );
  const update = (i: number, patch: Partial<AllocationChoice>) =>
    setChoices(choices.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <form
      className="panel approve"
      aria-label="Approve"
      onSubmit={(e) => {
        e.preventDefault();
        props.onApprove(
          stage.trim(),
          reason.trim(),
          choices.filter((c) => c.include),
        );
      }}
    >
      <h3>Approve</h3>
      <div className="inline-form">
        <label htmlFor="approve-stage">Stage</label>
        <input id="approve-stage" value={stage} onChange={(e) => setStage(e.target.value)} />
        <label htmlFor="approve-reason">Reason (optional)</label>
        <input id="approve-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <fieldset>
        <legend>Allocations, one per fulfillment type</legend>
        {choices.map((c, i) => (
          <div className="inline-form" key={c.fulfillmentType}>
            <label>
              <input
                type="checkbox"
                checked={c.include}
                onChange={(e) => update(i, { include: e.target.checked })}
              />
              Allocate {humanize(c.fulfillmentType)}
            </label>
            {c.fulfillmentType !== FulfillmentType.ACCESS ? (
              <>
                <label htmlFor={`amount-${c.fulfillmentType}`}>{humanize(c.fulfillmentType)} amount</label>
                <input
                  id={`amount-${c.fulfillmentType}`}
                  inputMode="decimal"
                  placeholder="the benefit's funding"
                  value={c.amount}
                  onChange={(e) => update(i, { amount: e.target.value })}
                />
                <label htmlFor={`currency-${c.fulfillmentType}`}>
                  {humanize(c.fulfillmentType)} currency
                </label>
                <select
                  id={`currency-${c.fulfillmentType}`}
                  value={c.currencyCode}
                  onChange={(e) => update(i, { currencyCode: e.target.value })}
                >
                  {Object.values(CurrencyCode).map((code) => (
                    <option key={code} value={code}>
                      {code}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
          </div>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={props.busy}>
        Approve
      </button>
    </form>
  );
}

function DecisionForm(props: { label: string; busy: boolean; onRun(reason: string): void }) {
  const [reason, setReason] = useState("");
  const inputId = `decision-${props.label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <form
      className="inline-form"
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        props.onRun(reason.trim());
      }}
    >
      <label htmlFor={inputId}>{props.label}: reason</label>
      <input id={inputId} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={props.busy}>
        {props.label}
      </button>
    </form>
  );
}

function FaultsPanel() {
  const { backend } = usePortal();
  const [operation, setOperation] = useState(THROTTLE_TARGETS[0] ?? "");
  const [active, setActive] = useState<string | undefined>(backend.reviewer.throttling);
  const [error, setError] = useState<unknown>(undefined);
  const set = (next: string | undefined) =>
    backend.reviewer.throttle(next).then(() => {
      setActive(next);
      setError(undefined);
    }, setError);
  return (
    <section aria-labelledby="faults-title" className="panel">
      <h2 id="faults-title">Fault injection</h2>
      <p className="muted">Throttle every call of one operation, to see how the portal explains it.</p>
      <ProblemNotice error={error} />
      <div className="inline-form">
        <label htmlFor="throttle-operation">Operation</label>
        <select id="throttle-operation" value={operation} onChange={(e) => setOperation(e.target.value)}>
          {THROTTLE_TARGETS.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => set(operation)}>
          Throttle
        </button>
        <button type="button" onClick={() => set(undefined)} disabled={active === undefined}>
          Stop throttling
        </button>
      </div>
      <p aria-live="polite">{active ? `Throttling every ${active} call.` : "No fault injected."}</p>
    </section>
  );
}

function ResetPanel() {
  const { backend, afterReset } = usePortal();
  const [error, setError] = useState<unknown>(undefined);
  // On success every page starts afresh (afterReset remounts them), this one included.
  return (
    <section aria-labelledby="reset-title" className="panel">
      <h2 id="reset-title">Reset</h2>
      <p className="muted">
        Deletes every application, allocation and tag, then loads the data the emulator started with; the
        catalogs stay.
      </p>
      <ProblemNotice error={error} />
      <button type="button" onClick={() => backend.reviewer.reset().then(afterReset, setError)}>
        Reset the emulator's data
      </button>
    </section>
  );
}
