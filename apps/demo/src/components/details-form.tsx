/**
 * The benefit's `BenefitRequestSchema` (JSON Schema draft 2020-12) as a form, by react-jsonschema-form.
 * It renders inside the portal's own <form> (as a fieldset), and shows the service's FieldList entries
 * for `BenefitApplicationDetails.*` at their fields (`extraErrors`). Drafts may be incomplete, so the
 * form never blocks on its own validation: the service validates on submit.
 */
import Form from "@rjsf/core";
import type { ErrorSchema, RJSFSchema } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorTree } from "../lib/field-errors.js";

const validator = customizeValidator({ AjvClass: Ajv2020 as never });

interface Props {
  schema: RJSFSchema;
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  errors: ErrorTree;
  disabled?: boolean;
}

export function DetailsForm({ schema, value, onChange, errors, disabled }: Props) {
  const { $schema: _draft, title: _title, ...body } = schema;
  return (
    <Form
      tagName="fieldset"
      className="details-form"
      schema={{ ...body, title: "Application details" }}
      validator={validator}
      formData={value}
      onChange={(event) => onChange((event.formData ?? {}) as Record<string, unknown>)}
      extraErrors={errors as ErrorSchema}
      noValidate
      showErrorList={false}
      disabled={disabled ?? false}
      idPrefix="details"
      uiSchema={{ "ui:submitButtonOptions": { norender: true } }}
    />
  );
}
