/** One benefit: what it offers, and the form to apply for it (generated from its request schema). */
import {
  CreateBenefitApplicationCommand,
  type FulfillmentType,
  GetBenefitCommand,
} from "@pc-benefits/client";
import type { RJSFSchema } from "@rjsf/utils";
import { useState } from "react";
import { useLocation } from "wouter";
import { usePortal } from "../app/portal-context.js";
import { useLoad } from "../app/use-load.js";
import { ApplicationForm, FORM_FIELDS } from "../components/application-form.js";
import { ProblemNotice } from "../components/problem-notice.js";
import { StatusBadge } from "../components/status-badge.js";
import { type ApplicationValues, createInput, emptyValues } from "../lib/application-values.js";
import { placeFieldErrors } from "../lib/field-errors.js";
import { humanize } from "../lib/format.js";
import { describeProblem } from "../lib/service-error.js";

export function BenefitPage({ id }: { id: string }) {
  const { backend, catalog } = usePortal();
  const [, navigate] = useLocation();
  const benefit = useLoad(
    (abortSignal) =>
      backend.client.send(new GetBenefitCommand({ Catalog: catalog, Identifier: id }), { abortSignal }),
    [backend, catalog, id],
  );
  const [values, setValues] = useState<ApplicationValues | undefined>(undefined);
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  if (benefit.error && !benefit.data) {
    return (
      <section>
        <h1>Benefit {id}</h1>
        <ProblemNotice error={benefit.error} onRetry={benefit.reload} />
      </section>
    );
  }
  const b = benefit.data;
  if (!b) return <p aria-busy="true">Loading benefit…</p>;
  const offered = (b.FulfillmentTypes ?? []) as FulfillmentType[];
  const form = values ?? emptyValues(offered);
  const placed = placeFieldErrors(describeProblem(saveError).fields, FORM_FIELDS);

  const save = async () => {
    setBusy(true);
    setSaveError(undefined);
    try {
      const created = await backend.client.send(
        new CreateBenefitApplicationCommand(
          createInput(form, { catalog, benefitId: id, clientToken: crypto.randomUUID() }),
        ),
      );
      navigate(`/applications/${created.Id}`);
    } catch (error) {
      setSaveError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="benefit-title">
      <h1 id="benefit-title">{b.Name}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={b.Status} />
        </dd>
        <dt>Programs</dt>
        <dd>{(b.Programs ?? []).join(", ")}</dd>
        <dt>Fulfillment</dt>
        <dd>{offered.map(humanize).join(", ")}</dd>
        <dt>ID</dt>
        <dd>
          <code>{b.Id}</code>
        </dd>
        <dt>ARN</dt>
        <dd>
          <code>{b.Arn}</code>
        </dd>
      </dl>
      <p>{b.Description}</p>
      <h2>Apply</h2>
      <p className="muted">
        Save a draft first; the service checks the details against this benefit's schema when you submit the
        draft from its page.
      </p>
      <ApplicationForm
        mode="create"
        schema={(b.BenefitRequestSchema ?? { type: "object" }) as RJSFSchema}
        offeredTypes={offered}
        values={form}
        onChange={setValues}
        onSave={save}
        errors={placed}
        busy={busy}
        notice={<ProblemNotice error={saveError} onRetry={save} unplaced={placed.unplaced} />}
      />
    </section>
  );
}
