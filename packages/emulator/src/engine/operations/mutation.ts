/** Writing a changed application back: new opaque revision (see docs/behaviour.md#revisions), UpdatedAt, stored atomically by the caller. */

import { type ApplicationRecord, type HistoryAction, MAX_HISTORY } from "../../store/records.js";
import type { OperationName } from "../api-types.js";
import type { EngineContext } from "../engine-context.js";
import { randomUuid } from "../random.js";
import { applicationArn } from "../views.js";

/** Stores `changes` under a new revision and records them in the application's history as `action`. */
export function saveRevision(
  ctx: EngineContext,
  record: ApplicationRecord,
  changes: Partial<ApplicationRecord>,
  action: HistoryAction,
  reason?: string,
) {
  const revision = randomUuid();
  const at = ctx.now();
  const next: ApplicationRecord = { ...record, ...changes, revision, updatedAt: at };
  const entry = {
    at,
    action,
    status: next.status,
    ...(next.stage !== undefined ? { stage: next.stage } : {}),
    ...(reason !== undefined ? { reason } : {}),
    revision,
  };
  next.history = [...(record.history ?? []), entry].slice(-MAX_HISTORY);
  return ctx.store.putApplication(next);
}

/**
 * Runs `execute` once per ClientToken (docs/behaviour.md#idempotency), the token scoped by operation, catalog
 * and caller account; a request without a token (Recall's is optional) is not idempotent and just runs.
 */
export function idempotent<T>(
  ctx: EngineContext,
  operation: OperationName,
  input: { Catalog: string; ClientToken?: string | undefined },
  account: string,
  execute: () => T,
): T {
  if (input.ClientToken === undefined) return execute();
  return ctx.tokens.run(
    { operation, catalog: input.Catalog, account, token: input.ClientToken },
    input,
    execute,
  );
}

export function refOutput(ctx: EngineContext, record: ApplicationRecord) {
  return { Id: record.id, Arn: applicationArn(record, ctx.settings.region), Revision: record.revision };
}
