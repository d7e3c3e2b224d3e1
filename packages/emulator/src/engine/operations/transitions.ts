/** Status-changing partner operations: Submit, Recall, Cancel, Amend. */

import type { Benefit } from "../../catalog/seed-catalog.js";
import type { ApplicationRecord } from "../../store/records.js";
import type {
  AmendBenefitApplicationInput,
  CancelBenefitApplicationInput,
  DocumentValue,
  EmptyOutput,
  RecallBenefitApplicationInput,
  SubmitBenefitApplicationInput,
} from "../api-types.js";
import { cloneJson } from "../clone-json.js";
import { assertCatalog, type EngineContext, requireApplication } from "../engine-context.js";
import { type ValidationField, validationError } from "../errors.js";
import { effectiveFileStatus } from "../files.js";
import { assertAllowed, nextStatus } from "../lifecycle.js";
import { assertRevision } from "./applications.js";
import { idempotent, saveRevision } from "./mutation.js";

/** Every reason the application cannot be submitted (see docs/behaviour.md#submit-validation), as FieldList entries. */
export function submitProblems(ctx: EngineContext, record: ApplicationRecord): ValidationField[] {
  const benefit = ctx.catalogs.get(record.catalog)?.find((b) => b.id === record.benefitId);
  const problems: ValidationField[] = [];
  if (benefit?.status !== "ACTIVE") {
    problems.push({
      Name: "BenefitId",
      Message: `Benefit ${record.benefitId} is not active and no longer accepts applications.`,
      Code: "INVALID_RESOURCE_STATE",
    });
  }
  if (record.fulfillmentTypes.length === 0) {
    problems.push({
      Name: "FulfillmentTypes",
      Message: "At least one fulfillment type is required.",
      Code: "REQUIRED_FIELD_MISSING",
    });
  } else if (benefit) {
    for (const type of record.fulfillmentTypes) {
      if (!benefit.fulfillmentTypes.includes(type)) {
        problems.push({
          Name: "FulfillmentTypes",
          Message: `Benefit ${benefit.id} does not offer fulfillment type ${type}; it offers ${benefit.fulfillmentTypes.join(", ")}.`,
          Code: "INVALID_ENUM_VALUE",
        });
      }
    }
  }
  if (benefit) {
    problems.push(
      ...ctx.validator.validate(
        `${benefit.catalog}/${benefit.id}`,
        benefit.requestSchema,
        record.details ?? {},
        "BenefitApplicationDetails",
      ),
    );
  }
  if (ctx.settings.submitRequiresProcessedFiles) {
    const now = ctx.now();
    record.files.forEach((file, i) => {
      const name = `FileDetails[${i}]`;
      if (!file.type) {
        problems.push({
          Name: `${name}.FileType`,
          Message: `File ${file.name} has an unsupported file type.`,
          Code: "INVALID_VALUE",
        });
      }
      const status = effectiveFileStatus(file, now);
      if (status !== "SUCCEEDED") {
        problems.push({
          Name: `${name}.FileStatus`,
          Message:
            status === "PENDING"
              ? `File ${file.name} is still being processed.`
              : `File ${file.name} failed processing; replace it with a corrected upload.`,
          Code: "INVALID_RESOURCE_STATE",
        });
      }
    });
  }
  return problems;
}

export function submitApplication(
  ctx: EngineContext,
  input: SubmitBenefitApplicationInput,
  account: string,
): EmptyOutput {
  assertCatalog(ctx, input.Catalog);
  const record = requireApplication(ctx, input.Catalog, input.Identifier, account);
  assertAllowed("SubmitBenefitApplication", record, ctx.settings);
  const problems = submitProblems(ctx, record);
  if (problems.length > 0) {
    throw validationError(
      `The benefit application failed validation with ${problems.length} problem(s).`,
      "BUSINESS_VALIDATION_FAILED",
      problems,
    );
  }
  const saved = saveRevision(
    ctx,
    record,
    {
      status: nextStatus("SubmitBenefitApplication", record.status, ctx.settings),
      stage: ctx.settings.initialReviewStage,
      statusReason: undefined,
      statusReasonCodes: undefined,
    },
    "Submit",
  );
  ctx.onSubmitted(saved);
  return {};
}

export function recallApplication(
  ctx: EngineContext,
  input: RecallBenefitApplicationInput,
  account: string,
): EmptyOutput {
  assertCatalog(ctx, input.Catalog);
  const recall = (): EmptyOutput => {
    const record = requireApplication(ctx, input.Catalog, input.Identifier, account);
    assertAllowed("RecallBenefitApplication", record, ctx.settings);
    saveRevision(
      ctx,
      record,
      {
        status: nextStatus("RecallBenefitApplication", record.status, ctx.settings),
        stage: undefined,
        statusReason: undefined,
        statusReasonCodes: undefined,
        lastReason: input.Reason,
      },
      "Recall",
      input.Reason,
    );
    return {};
  };
  // docs/behaviour.md#idempotency: Recall without a token is not idempotent.
  return idempotent(ctx, "RecallBenefitApplication", input, account, recall);
}

export function cancelApplication(
  ctx: EngineContext,
  input: CancelBenefitApplicationInput,
  account: string,
): EmptyOutput {
  assertCatalog(ctx, input.Catalog);
  return idempotent(ctx, "CancelBenefitApplication", input, account, () => {
    const record = requireApplication(ctx, input.Catalog, input.Identifier, account);
    assertAllowed("CancelBenefitApplication", record, ctx.settings);
    saveRevision(
      ctx,
      record,
      {
        status: nextStatus("CancelBenefitApplication", record.status, ctx.settings),
        ...(input.Reason !== undefined ? { statusReason: input.Reason, lastReason: input.Reason } : {}),
      },
      "Cancel",
      input.Reason,
    );
    return {};
  });
}

/** Splits `$.A.B` into ["A", "B"]; undefined for other syntax. */
export function parseFieldPath(path: string): string[] | undefined {
  if (!/^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(path)) return undefined;
  return path.slice(2).split(".");
}

/** NewValue is a string on the wire; convert it to the schema's type at that path when it parses. */
function coerce(benefit: Benefit | undefined, segments: readonly string[], value: string): DocumentValue {
  let schema: unknown = benefit?.requestSchema;
  for (const segment of segments) {
    schema = (schema as { properties?: Record<string, unknown> } | undefined)?.properties?.[segment];
  }
  const type = (schema as { type?: string } | undefined)?.type;
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  if ((type === "number" || type === "integer") && value.trim() !== "" && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return value;
}

type JsonObject = { [key: string]: DocumentValue };

function setPath(
  document: DocumentValue | undefined,
  segments: readonly string[],
  value: DocumentValue,
): JsonObject {
  const root: JsonObject =
    document !== null && typeof document === "object" && !Array.isArray(document) ? cloneJson(document) : {};
  let node = root;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      node[segment] = value;
      return;
    }
    const child = node[segment];
    const next: JsonObject =
      child !== null && typeof child === "object" && !Array.isArray(child) ? child : {};
    node[segment] = next;
    node = next;
  });
  return root;
}

export function amendApplication(
  ctx: EngineContext,
  input: AmendBenefitApplicationInput,
  account: string,
): EmptyOutput {
  assertCatalog(ctx, input.Catalog);
  return idempotent(ctx, "AmendBenefitApplication", input, account, () => {
    const record = requireApplication(ctx, input.Catalog, input.Identifier, account);
    assertRevision(record, input.Revision);
    assertAllowed("AmendBenefitApplication", record, ctx.settings);
    const benefit = ctx.catalogs.get(record.catalog)?.find((b) => b.id === record.benefitId);
    const allowed = benefit?.amendablePaths ?? [];
    const problems: ValidationField[] = [];
    if (input.Amendments.length === 0) {
      problems.push({
        Name: "Amendments",
        Message: "At least one amendment is required.",
        Code: "NOT_ENOUGH_VALUES",
      });
    }
    input.Amendments.forEach((amendment, i) => {
      if (!parseFieldPath(amendment.FieldPath) || !allowed.includes(amendment.FieldPath)) {
        problems.push({
          Name: `Amendments[${i}].FieldPath`,
          Message: `${amendment.FieldPath} cannot be amended for this benefit; amendable: ${allowed.join(", ") || "none"}.`,
          Code: "ACTION_NOT_PERMITTED",
        });
      }
    });
    if (problems.length > 0) {
      throw validationError("The amendment was not accepted.", "BUSINESS_VALIDATION_FAILED", problems);
    }
    let details = record.details;
    for (const amendment of input.Amendments) {
      const segments = parseFieldPath(amendment.FieldPath) ?? [];
      details = setPath(details, segments, coerce(benefit, segments, amendment.NewValue));
    }
    saveRevision(
      ctx,
      record,
      {
        details,
        status: nextStatus("AmendBenefitApplication", record.status, ctx.settings),
        lastReason: input.AmendmentReason,
      },
      "Amend",
      input.AmendmentReason,
    );
    return {};
  });
}
