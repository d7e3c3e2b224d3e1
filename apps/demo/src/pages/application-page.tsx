/**
 * One application: status, stage, reasons, revision, history, files, associated resources, tags and
 * allocations; and the actions its status allows. Every mutation sends the revision read last (where the
 * API takes one) and a new client token (where it takes one); a stale revision offers to reload.
 */
import {
  AmendBenefitApplicationCommand,
  AssociateBenefitApplicationResourceCommand,
  CancelBenefitApplicationCommand,
  DisassociateBenefitApplicationResourceCommand,
  GetBenefitApplicationCommand,
  type GetBenefitApplicationOutput,
  GetBenefitCommand,
  ListBenefitAllocationsCommand,
  ListTagsForResourceCommand,
  RecallBenefitApplicationCommand,
  SubmitBenefitApplicationCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateBenefitApplicationCommand,
} from "@pc-benefits/client";
import type { RJSFSchema } from "@rjsf/utils";
import { useEffect, useState } from "react";
import { Link } from "wouter";
import { usePortal } from "../app/portal-context.js";
import { useLoad } from "../app/use-load.js";
import { ApplicationForm, FORM_FIELDS } from "../components/application-form.js";
import { ApplicationHistory } from "../components/application-history.js";
import { ProblemNotice } from "../components/problem-notice.js";
import { StatusBadge } from "../components/status-badge.js";
import { amendablePaths } from "../lib/amend-paths.js";
import { type ApplicationValues, updateInput, valuesOf } from "../lib/application-values.js";
import { placeFieldErrors } from "../lib/field-errors.js";
import { formatDate, humanize } from "../lib/format.js";
import { allowedActions, onlyTagsMessage } from "../lib/lifecycle-actions.js";
import { describeProblem } from "../lib/service-error.js";

export function ApplicationPage({ id }: { id: string }) {
  const { backend, catalog } = usePortal();
  const { client } = backend;
  const application = useLoad(
    (abortSignal) =>
      client.send(new GetBenefitApplicationCommand({ Catalog: catalog, Identifier: id }), { abortSignal }),
    [backend, catalog, id],
  );
  const app = application.data;
  const benefit = useLoad(
    async (abortSignal) =>
      app?.BenefitId
        ? client.send(new GetBenefitCommand({ Catalog: catalog, Identifier: app.BenefitId }), { abortSignal })
        : undefined,
    [backend, catalog, app?.BenefitId],
  );
  const tags = useLoad(
    async (abortSignal) =>
      app?.Arn
        ? client.send(new ListTagsForResourceCommand({ resourceArn: app.Arn }), { abortSignal })
        : undefined,
    [backend, app?.Arn, app?.Revision],
  );
  const allocations = useLoad(
    (abortSignal) =>
      client.send(
        new ListBenefitAllocationsCommand({ Catalog: catalog, BenefitApplicationIdentifiers: [id] }),
        { abortSignal },
      ),
    [backend, catalog, id, app?.Status],
  );

  const [values, setValues] = useState<ApplicationValues | undefined>(undefined);
  const [formRevision, setFormRevision] = useState<string | undefined>(undefined);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);

  // The edit form starts from the application as loaded, and again after a reload of a newer revision
  // (never while the partner is typing over the same revision).
  useEffect(() => {
    if (app?.Revision && app.Revision !== formRevision) {
      setValues(valuesOf(app));
      setFormRevision(app.Revision);
    }
  }, [app, formRevision]);

  if (application.error && !app) {
    return (
      <section>
        <h1>Application {id}</h1>
        <ProblemNotice error={application.error} onRetry={application.reload} />
      </section>
    );
  }
  if (!app) return <p aria-busy="true">Loading application…</p>;

  const actions = allowedActions(app.Status, app.Stage);
  const placed = placeFieldErrors(describeProblem(actionError).fields, FORM_FIELDS);

  /** Runs one action; on success reloads the application and says what happened. */
  const act = async (label: string, run: () => Promise<unknown>) => {
    setBusy(label);
    setActionError(undefined);
    setDone(undefined);
    try {
      await run();
      setDone(`${label}: done.`);
      application.reload();
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(undefined);
    }
  };
  const reloadCurrent = () => {
    setActionError(undefined);
    setFormRevision(undefined);
    application.reload();
  };

  return (
    <section aria-labelledby="application-title">
      <h1 id="application-title">{app.Name || app.Id}</h1>
      <Summary app={app} />
      <div aria-live="polite" className="done">
        {done}
      </div>
      <ProblemNotice
        error={actionError}
        onReload={reloadCurrent}
        unplaced={actions.includes("update") ? placed.unplaced : undefined}
      />
      <ProblemNotice error={application.error} onRetry={application.reload} />

      {actions.includes("update") && values && benefit.data ? (
        <section aria-labelledby="edit-title" className="panel">
          <h2 id="edit-title">Edit the draft</h2>
          <ApplicationForm
            mode="update"
            schema={(benefit.data.BenefitRequestSchema ?? { type: "object" }) as RJSFSchema}
            offeredTypes={benefit.data.FulfillmentTypes ?? []}
            values={values}
            onChange={setValues}
            errors={placed}
            busy={busy !== undefined}
            onSave={() =>
              act("Save draft", () =>
                client.send(
                  new UpdateBenefitApplicationCommand(
                    updateInput(values, {
                      catalog,
                      applicationId: id,
                      revision: app.Revision ?? "",
                      clientToken: crypto.randomUUID(),
                    }),
                  ),
                ),
              )
            }
          />
        </section>
      ) : null}

      <section aria-labelledby="actions-title" className="panel">
        <h2 id="actions-title">Actions</h2>
        <div className="actions">
          {actions.includes("submit") ? (
            <button
              type="button"
              className="primary"
              disabled={busy !== undefined}
              onClick={() =>
                act("Submit", () =>
                  client.send(new SubmitBenefitApplicationCommand({ Catalog: catalog, Identifier: id })),
                )
              }
            >
              Submit for review
            </button>
          ) : null}
          {actions.includes("recall") ? (
            <ReasonAction
              label="Recall"
              busy={busy !== undefined}
              required
              onRun={(reason) =>
                act("Recall", () =>
                  client.send(
                    new RecallBenefitApplicationCommand({
                      Catalog: catalog,
                      Identifier: id,
                      Reason: reason,
                      ClientToken: crypto.randomUUID(),
                    }),
                  ),
                )
              }
            />
          ) : null}
          {actions.includes("cancel") ? (
            <ReasonAction
              label="Cancel application"
              busy={busy !== undefined}
              required={false}
              onRun={(reason) =>
                act("Cancel", () =>
                  client.send(
                    new CancelBenefitApplicationCommand({
                      Catalog: catalog,
                      Identifier: id,
                      ClientToken: crypto.randomUUID(),
                      ...(reason ? { Reason: reason } : {}),
                    }),
                  ),
                )
              }
            />
          ) : null}
        </div>
        {actions.includes("amend") ? (
          <AmendForm
            busy={busy !== undefined}
            fields={amendablePaths(benefit.data?.BenefitRequestSchema)}
            onRun={(fieldPath, newValue, reason) =>
              act("Amend", () =>
                client.send(
                  new AmendBenefitApplicationCommand({
                    Catalog: catalog,
                    Identifier: id,
                    Revision: app.Revision,
                    ClientToken: crypto.randomUUID(),
                    AmendmentReason: reason,
                    Amendments: [{ FieldPath: fieldPath, NewValue: newValue }],
                  }),
                ),
              )
            }
          />
        ) : null}
        {actions.length === 1 ? <p className="muted">{onlyTagsMessage(app.Status)}</p> : null}
      </section>

      <section aria-labelledby="files-title" className="panel">
        <h2 id="files-title">Files</h2>
        {(app.FileDetails ?? []).length === 0 ? (
          <p className="muted">No files.</p>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Type</th>
                <th scope="col">Processing</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {(app.FileDetails ?? []).map((f) => (
                <tr key={f.FileURI}>
                  <td>
                    {f.FileName}
                    <div className="muted">{f.FileURI}</div>
                  </td>
                  <td>{f.FileType ?? "unsupported"}</td>
                  <td>
                    <StatusBadge status={f.FileStatus} /> {f.FileStatusReason}
                  </td>
                  <td>{formatDate(f.CreatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="resources-title" className="panel">
        <h2 id="resources-title">Associated resources</h2>
        <ul className="plain">
          {(app.AssociatedResources ?? []).map((arn) => (
            <li key={arn}>
              <code>{arn}</code>{" "}
              {actions.includes("disassociate") ? (
                <button
                  type="button"
                  disabled={busy !== undefined}
                  onClick={() =>
                    act("Disassociate", () =>
                      client.send(
                        new DisassociateBenefitApplicationResourceCommand({
                          Catalog: catalog,
                          BenefitApplicationIdentifier: id,
                          ResourceArn: arn,
                        }),
                      ),
                    )
                  }
                >
                  Disassociate
                </button>
              ) : null}
            </li>
          ))}
          {(app.AssociatedResources ?? []).length === 0 ? <li className="muted">None.</li> : null}
        </ul>
        {actions.includes("associate") ? (
          <SingleInputAction
            label="Resource ARN"
            button="Associate"
            placeholder="arn:aws:partnercentral:us-east-1:123456789012:catalog/Sandbox/opportunity/O1234567"
            busy={busy !== undefined}
            onRun={(arn) =>
              act("Associate", () =>
                client.send(
                  new AssociateBenefitApplicationResourceCommand({
                    Catalog: catalog,
                    BenefitApplicationIdentifier: id,
                    ResourceArn: arn,
                  }),
                ),
              )
            }
          />
        ) : null}
      </section>

      <section aria-labelledby="tags-title" className="panel">
        <h2 id="tags-title">Tags</h2>
        <ProblemNotice error={tags.error} onRetry={tags.reload} />
        <ul className="plain">
          {(tags.data?.tags ?? []).map((t) => (
            <li key={t.Key}>
              <code>
                {t.Key}={t.Value}
              </code>{" "}
              <button
                type="button"
                disabled={busy !== undefined}
                aria-label={`Remove tag ${t.Key}`}
                onClick={() =>
                  act("Untag", async () => {
                    await client.send(
                      new UntagResourceCommand({ resourceArn: app.Arn, tagKeys: [t.Key ?? ""] }),
                    );
                    tags.reload();
                  })
                }
              >
                Remove
              </button>
            </li>
          ))}
          {tags.data && (tags.data.tags ?? []).length === 0 ? <li className="muted">No tags.</li> : null}
        </ul>
        <TagForm
          busy={busy !== undefined}
          onRun={(key, value) =>
            act("Tag", async () => {
              await client.send(
                new TagResourceCommand({ resourceArn: app.Arn, tags: [{ Key: key, Value: value }] }),
              );
              tags.reload();
            })
          }
        />
      </section>

      <section aria-labelledby="allocations-title" className="panel">
        <h2 id="allocations-title">Allocations</h2>
        <ProblemNotice error={allocations.error} onRetry={allocations.reload} />
        <ul className="plain">
          {(allocations.data?.BenefitAllocationSummaries ?? []).map((a) => (
            <li key={a.Id}>
              <Link href={`/allocations/${a.Id}`}>{a.Name}</Link> <StatusBadge status={a.Status} />{" "}
              {(a.FulfillmentTypes ?? []).map(humanize).join(", ")}
            </li>
          ))}
          {allocations.data && (allocations.data.BenefitAllocationSummaries ?? []).length === 0 ? (
            <li className="muted">None yet: allocations appear when the application is approved.</li>
          ) : null}
        </ul>
      </section>

      <ApplicationHistory backend={backend} catalog={catalog} id={id} revision={app.Revision} />
    </section>
  );
}

function Summary({ app }: { app: GetBenefitApplicationOutput }) {
  return (
    <dl className="facts">
      <dt>Status</dt>
      <dd>
        <StatusBadge status={app.Status} />
      </dd>
      <dt>Stage</dt>
      <dd>{humanize(app.Stage)}</dd>
      <dt>Reason</dt>
      <dd>
        {app.StatusReason ?? "—"}
        {(app.StatusReasonCodes ?? []).length > 0 ? ` (${(app.StatusReasonCodes ?? []).join(", ")})` : ""}
      </dd>
      <dt>Revision</dt>
      <dd>
        <code data-testid="revision">{app.Revision}</code>
      </dd>
      <dt>Benefit</dt>
      <dd>
        <Link href={`/benefits/${app.BenefitId}`}>{app.BenefitId}</Link>
      </dd>
      <dt>Fulfillment</dt>
      <dd>{(app.FulfillmentTypes ?? []).map(humanize).join(", ") || "—"}</dd>
      <dt>Programs</dt>
      <dd>{(app.Programs ?? []).join(", ") || "—"}</dd>
      <dt>ID</dt>
      <dd>
        <code>{app.Id}</code>
      </dd>
      <dt>Created</dt>
      <dd>{formatDate(app.CreatedAt)}</dd>
      <dt>Updated</dt>
      <dd>{formatDate(app.UpdatedAt)}</dd>
    </dl>
  );
}

function ReasonAction(props: {
  label: string;
  required: boolean;
  busy: boolean;
  onRun(reason: string): void;
}) {
  const [reason, setReason] = useState("");
  const inputId = `reason-${props.label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onRun(reason.trim());
      }}
    >
      <label htmlFor={inputId}>
        {props.label} reason{props.required ? "" : " (optional)"}
      </label>
      <input
        id={inputId}
        value={reason}
        required={props.required}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" disabled={props.busy}>
        {props.label}
      </button>
    </form>
  );
}

function SingleInputAction(props: {
  label: string;
  button: string;
  placeholder: string;
  busy: boolean;
  onRun(value: string): void;
}) {
  const [value, setValue] = useState("");
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onRun(value.trim());
        setValue("");
      }}
    >
      <label htmlFor="single-input">{props.label}</label>
      <input
        id="single-input"
        value={value}
        placeholder={props.placeholder}
        required
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" disabled={props.busy}>
        {props.button}
      </button>
    </form>
  );
}

function TagForm(props: { busy: boolean; onRun(key: string, value: string): void }) {
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  return (
    <form
      className="inline-form"
      aria-label="Add a tag"
      onSubmit={(e) => {
        e.preventDefault();
        props.onRun(key.trim(), value);
        setKey("");
        setValue("");
      }}
    >
      <label htmlFor="tag-key">Tag key</label>
      <input id="tag-key" value={key} required onChange={(e) => setKey(e.target.value)} />
      <label htmlFor="tag-value">Tag value</label>
      <input id="tag-value" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" disabled={props.busy}>
        Add tag
      </button>
    </form>
  );
}

function AmendForm(props: {
  fields: string[];
  busy: boolean;
  onRun(fieldPath: string, newValue: string, reason: string): void;
}) {
  const [picked, setField] = useState(props.fields[0] ?? "");
  // The benefit's schema may arrive after the form: until a field is picked, the first one is.
  const field = props.fields.includes(picked) ? picked : (props.fields[0] ?? "");
  const [newValue, setNewValue] = useState("");
  const [reason, setReason] = useState("");
  return (
    <form
      className="inline-form"
      aria-label="Amend a field"
      onSubmit={(e) => {
        e.preventDefault();
        props.onRun(field, newValue, reason);
      }}
    >
      <label htmlFor="amend-field">Field to amend</label>
      <select id="amend-field" value={field} onChange={(e) => setField(e.target.value)}>
        {props.fields.map((f) => (
          <option key={f} value={f}>
            {f.slice(2)}
          </option>
        ))}
      </select>
      <label htmlFor="amend-value">New value</label>
      <input id="amend-value" value={newValue} required onChange={(e) => setNewValue(e.target.value)} />
      <label htmlFor="amend-reason">Amendment reason</label>
      <input id="amend-reason" value={reason} required onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={props.busy}>
        Amend
      </button>
    </form>
  );
}
