/** Writing a changed application back: new opaque revision (see docs/behaviour.md#revisions), UpdatedAt, stored atomically by the caller. */

import { type ApplicationRecord, type HistoryAction, MAX_HISTORY } from "../../store/records.js";
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

export function refOutput(ctx: EngineContext, record: ApplicationRecord) {
  return { Id: record.id, Arn: applicationArn(record, ctx.settings.region), Revision: record.revision };
}
