/** TagResource, UntagResource, ListTagsForResource on application and allocation ARNs (see docs/behaviour.md#tags). */

import { ResourceNotFoundException } from "@pc-benefits/protocol/models";
import type { AllocationRecord, ApplicationRecord } from "../../store/records.js";
import type {
  EmptyOutput,
  ListTagsForResourceInput,
  ListTagsForResourceOutput,
  TagResourceInput,
  UntagResourceInput,
} from "../api-types.js";
import type { EngineContext } from "../engine-context.js";
import { fieldError } from "../errors.js";
import { parseArn } from "../identifiers.js";
import { randomUuid } from "../random.js";
import { addTags, removeTags, tagList } from "../tags.js";

type Target =
  | { kind: "benefit-application"; record: ApplicationRecord }
  | { kind: "benefit-allocation"; record: AllocationRecord };

function target(ctx: EngineContext, arn: string, account: string): Target {
  const parts = parseArn(arn);
  if (!parts || parts.kind === "benefit" || parts.account === "") {
    throw fieldError(
      "resourceArn",
      "INVALID_STRING_FORMAT",
      "resourceArn must be the ARN of a benefit application or benefit allocation.",
    );
  }
  const missing = new ResourceNotFoundException({ $metadata: {}, message: `Resource ${arn} was not found.` });
  if (parts.account !== account || !ctx.settings.catalogs.includes(parts.catalog)) throw missing;
  if (parts.kind === "benefit-application") {
    const record = ctx.store.getApplication(parts.catalog, parts.id);
    if (!record || record.account !== account) throw missing;
    return { kind: parts.kind, record };
  }
  const record = ctx.store.getAllocation(parts.catalog, parts.id);
  if (!record || record.account !== account) throw missing;
  return { kind: parts.kind, record };
}

function saveTags(ctx: EngineContext, t: Target, tags: Record<string, string>): void {
  if (t.kind === "benefit-application") {
    const bump = ctx.settings.revisionBumpOnTagChange ? { revision: randomUuid() } : {};
    ctx.store.putApplication({ ...t.record, tags, ...bump });
  } else {
    ctx.store.putAllocation({ ...t.record, tags });
  }
}

const RESOURCE_TYPE = {
  "benefit-application": "BenefitApplication",
  "benefit-allocation": "BenefitAllocation",
};

export function tagResource(ctx: EngineContext, input: TagResourceInput, account: string): EmptyOutput {
  const t = target(ctx, input.resourceArn, account);
  const tags = addTags(t.record.tags, input.tags, ctx.settings.maxTagsPerResource, {
    arn: input.resourceArn,
    type: RESOURCE_TYPE[t.kind],
  });
  saveTags(ctx, t, tags);
  return {};
}

export function untagResource(ctx: EngineContext, input: UntagResourceInput, account: string): EmptyOutput {
  const t = target(ctx, input.resourceArn, account);
  saveTags(ctx, t, removeTags(t.record.tags, input.tagKeys));
  return {};
}

export function listTags(
  ctx: EngineContext,
  input: ListTagsForResourceInput,
  account: string,
): ListTagsForResourceOutput {
  return { tags: tagList(target(ctx, input.resourceArn, account).record.tags) };
}
