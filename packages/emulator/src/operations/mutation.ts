/** Writing a changed application back: new opaque revision (Q2), UpdatedAt, stored atomically by the caller. */

import type { EngineContext } from "../engine-context.js";
import { randomUuid } from "../random.js";
import type { ApplicationRecord } from "../store/records.js";
import { applicationArn } from "../views.js";

export function saveRevision(
  ctx: EngineContext,
  record: ApplicationRecord,
  changes: Partial<ApplicationRecord>,
) {
  const next: ApplicationRecord = { ...record, ...changes, revision: randomUuid(), updatedAt: ctx.now() };
  return ctx.store.putApplication(next);
}

export function refOutput(ctx: EngineContext, record: ApplicationRecord) {
  return { Id: record.id, Arn: applicationArn(record, ctx.settings.region), Revision: record.revision };
}
