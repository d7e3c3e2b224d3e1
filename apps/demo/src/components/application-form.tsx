/**
 * Apply for a benefit, or edit a draft: the request's name, description, fulfillment types, partner
 * contact, files and tags around the benefit's own details form. The service's FieldList is shown at
 * the fields it names; what no field shows stays in the notice above.
 */
import type { FulfillmentType } from "@pc-benefits/client";
import type { RJSFSchema } from "@rjsf/utils";
import { type FormEvent, type ReactNode, useId } from "react";
import type { ApplicationValues, ContactValues } from "../lib/application-values.js";
import type { PlacedErrors } from "../lib/field-errors.js";
import { CheckboxGroup } from "./checkbox-group.js";
import { DetailsForm } from "./details-form.js";
import { FieldMessages } from "./field-messages.js";

/** The top-level request members this form shows errors for (exact names, or prefixes ending in `[`). */
export const FORM_FIELDS = [
  "Name",
  "Description",
  "FulfillmentTypes",
  "PartnerContacts[",
  "FileDetails[",
  "Tags[",
];

interface Props {
  mode: "create" | "update";
  schema: RJSFSchema;
  offeredTypes: readonly FulfillmentType[];
  values: ApplicationValues;
  onChange(values: ApplicationValues): void;
  onSave(): void;
  errors: PlacedErrors;
  busy: boolean;
  /** Shown above the form (the notice of the last failure). */
  notice?: ReactNode;
}

const CONTACT_FIELDS: { key: keyof ContactValues; label: string; type: string; autoComplete: string }[] = [
  { key: "FirstName", label: "First name", type: "text", autoComplete: "given-name" },
  { key: "LastName", label: "Last name", type: "text", autoComplete: "family-name" },
  { key: "Email", label: "Email", type: "email", autoComplete: "email" },
  { key: "BusinessTitle", label: "Business title", type: "text", autoComplete: "organization-title" },
  { key: "Phone", label: "Phone", type: "tel", autoComplete: "tel" },
];

function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  messages: readonly string[] | undefined;
  multiline?: boolean;
  type?: string;
  autoComplete?: string;
}) {
  const errorId = `${props.id}-errors`;
  const common = {
    id: props.id,
    value: props.value,
    "aria-invalid": props.messages ? true : undefined,
    "aria-describedby": props.messages ? errorId : undefined,
  };
  return (
    <div className={`field${props.messages ? " field-invalid" : ""}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? "text"}
          autoComplete={props.autoComplete ?? "off"}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      <FieldMessages id={errorId} messages={props.messages} />
    </div>
  );
}

export function ApplicationForm(props: Props) {
  const { values, onChange, errors, mode } = props;
  const id = useId();
  const set = (patch: Partial<ApplicationValues>) => onChange({ ...values, ...patch });
  const fieldErrors = (name: string) => errors.fields[name];
  const prefixed = (prefix: string) =>
    Object.entries(errors.fields)
      .filter(([name]) => name.startsWith(prefix))
      .flatMap(([, messages]) => messages);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave();
  };

  return (
    <form
      className="application-form"
      onSubmit={submit}
      noValidate
      aria-label={mode === "create" ? "Apply" : "Edit draft"}
    >
      {props.notice}
      <TextField
        id={`${id}-name`}
        label="Application name"
        value={values.name}
        onChange={(name) => set({ name })}
        messages={fieldErrors("Name")}
      />
      <TextField
        id={`${id}-description`}
        label="Description"
        value={values.description}
        onChange={(description) => set({ description })}
        messages={fieldErrors("Description")}
        multiline
      />
      {mode === "create" ? (
        <div className={fieldErrors("FulfillmentTypes") ? "field-invalid" : undefined}>
          <CheckboxGroup
            legend="Fulfillment types"
            name="fulfillment-types"
            options={props.offeredTypes}
            selected={values.fulfillmentTypes}
            onChange={(selected) => set({ fulfillmentTypes: selected as FulfillmentType[] })}
            describedBy={fieldErrors("FulfillmentTypes") ? `${id}-ft-errors` : undefined}
          />
          <FieldMessages id={`${id}-ft-errors`} messages={fieldErrors("FulfillmentTypes")} />
        </div>
      ) : (
        <FieldMessages id={`${id}-ft-errors`} messages={fieldErrors("FulfillmentTypes")} />
      )}

      <DetailsForm
        schema={props.schema}
        value={values.details}
        onChange={(details) => set({ details })}
        errors={errors.details}
        disabled={props.busy}
      />

      <fieldset>
        <legend>Partner contact</legend>
        <div className="grid">
          {CONTACT_FIELDS.map((f) => (
            <TextField
              key={f.key}
              id={`${id}-contact-${f.key}`}
              label={f.label}
              type={f.type}
              autoComplete={f.autoComplete}
              value={values.contact[f.key]}
              onChange={(v) => set({ contact: { ...values.contact, [f.key]: v } })}
              messages={fieldErrors(`PartnerContacts[0].${f.key}`)}
            />
          ))}
        </div>
        <FieldMessages id={`${id}-contact-errors`} messages={fieldErrors("PartnerContacts[0]")} />
      </fieldset>

      <fieldset>
        <legend>Files</legend>
        <p className="muted">
          Links to documents you have uploaded (PDF, Word, Excel, PowerPoint, PNG, JPEG, SVG or CSV).
        </p>
        {values.files.map((file, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the request's FileDetails list
          <div className="row" key={i}>
            <TextField
              id={`${id}-file-${i}`}
              label={`File ${i + 1} URI`}
              value={file.FileURI}
              onChange={(FileURI) =>
                set({ files: values.files.map((f, j) => (j === i ? { ...f, FileURI } : f)) })
              }
              messages={prefixed(`FileDetails[${i}]`).length > 0 ? prefixed(`FileDetails[${i}]`) : undefined}
            />
            <TextField
              id={`${id}-file-${i}-use`}
              label="Business use case"
              value={file.BusinessUseCase}
              onChange={(BusinessUseCase) =>
                set({ files: values.files.map((f, j) => (j === i ? { ...f, BusinessUseCase } : f)) })
              }
              messages={undefined}
            />
            <button type="button" onClick={() => set({ files: values.files.filter((_, j) => j !== i) })}>
              Remove file {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set({ files: [...values.files, { FileURI: "", BusinessUseCase: "" }] })}
        >
          Add a file
        </button>
      </fieldset>

      {mode === "create" ? (
        <fieldset>
          <legend>Tags</legend>
          {values.tags.map((tag, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the request's Tags list
            <div className="row" key={i}>
              <TextField
                id={`${id}-tag-${i}-key`}
                label={`Tag ${i + 1} key`}
                value={tag.Key}
                onChange={(Key) => set({ tags: values.tags.map((t, j) => (j === i ? { ...t, Key } : t)) })}
                messages={prefixed(`Tags[${i}]`).length > 0 ? prefixed(`Tags[${i}]`) : undefined}
              />
              <TextField
                id={`${id}-tag-${i}-value`}
                label={`Tag ${i + 1} value`}
                value={tag.Value}
                onChange={(Value) =>
                  set({ tags: values.tags.map((t, j) => (j === i ? { ...t, Value } : t)) })
                }
                messages={undefined}
              />
              <button type="button" onClick={() => set({ tags: values.tags.filter((_, j) => j !== i) })}>
                Remove tag {i + 1}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => set({ tags: [...values.tags, { Key: "", Value: "" }] })}>
            Add a tag
          </button>
        </fieldset>
      ) : null}

      <div className="form-actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {mode === "create" ? "Save draft application" : "Save draft"}
        </button>
      </div>
    </form>
  );
}
