/**
 * Service, operation and resource shapes: protocol, service version, SigV4 signing name, SDK ID,
 * `rename`, service and operation errors (smithy-diff's AddedOperationError and friends), operation
 * input and output (ChangedOperationInput/Output), pagination (ChangedPaginatedTrait) and resource
 * identifiers (ChangedResourceIdentifiers).
 */

import { TRAIT } from "../ir/traits.js";
import type { NodeValue, ShapeId } from "../model/ast.js";
import type { Model, Shape } from "../model/model.js";
import { isNodeObject, nodeEquals } from "../model/node-value.js";
import { type DiffContext, show } from "./context.js";
import { sameValue } from "./member-rules.js";
import { compareOtherTraits } from "./trait-rules.js";

const PAGINATED = TRAIT.paginated;
const SIGV4 = TRAIT.sigv4;
const AWS_SERVICE = TRAIT.awsService;
const PROTOCOL_DEFINITION = "smithy.api#protocolDefinition";

export function compareService(ctx: DiffContext): void {
  const before = ctx.oldService;
  const after = ctx.newService;
  const id = after.id;
  if (before.id !== after.id) {
    ctx.report(
      "breaking",
      "RenamedService",
      id,
      `The service \`${before.id}\` is now \`${after.id}\`: its name is the AWS JSON target prefix`,
    );
  }
  if ((before.version ?? "") !== (after.version ?? "")) {
    ctx.report(
      "breaking",
      "ChangedServiceVersion",
      id,
      `Service version changed from "${before.version ?? ""}" to "${after.version ?? ""}"`,
    );
  }
  const oldProtocols = protocols(ctx.old, before);
  const newProtocols = protocols(ctx.new, after);
  if (oldProtocols.join() !== newProtocols.join()) {
    ctx.report(
      "breaking",
      "ChangedProtocol",
      id,
      `Protocol changed from ${list(oldProtocols)} to ${list(newProtocols)}`,
    );
  }
  const oldSigning = objectField(before.traits.get(SIGV4), "name");
  const newSigning = objectField(after.traits.get(SIGV4), "name");
  if (!sameValue(oldSigning, newSigning)) {
    ctx.report(
      "breaking",
      "ChangedSigV4Name",
      id,
      `SigV4 signing name changed from ${show(oldSigning)} to ${show(newSigning)}`,
    );
  }
  const oldSdkId = objectField(before.traits.get(AWS_SERVICE), "sdkId");
  const newSdkId = objectField(after.traits.get(AWS_SERVICE), "sdkId");
  if (!sameValue(oldSdkId, newSdkId)) {
    ctx.report(
      "breaking",
      "ChangedSdkId",
      id,
      `\`aws.api#service\` sdkId changed from ${show(oldSdkId)} to ${show(newSdkId)}: the client's name follows it`,
    );
  }
  const renames = new Set([...(before.rename?.keys() ?? []), ...(after.rename?.keys() ?? [])]);
  for (const shape of [...renames].sort()) {
    const a = before.rename?.get(shape);
    const b = after.rename?.get(shape);
    if (a !== b) {
      ctx.report(
        "breaking",
        "ChangedServiceRename",
        id,
        `\`rename\` of \`${shape}\` changed from ${show(a)} to ${show(b)}: generated names change`,
      );
    }
  }
  compareErrors(ctx, id, before.errors ?? [], after.errors ?? [], "Service");

  const handled = new Set([...oldProtocols, ...newProtocols, SIGV4, PAGINATED]);
  // sdkId is compared above; the rest of `aws.api#service` goes through the generic rule
  compareOtherTraits(ctx, id, withoutSdkId(before.traits), withoutSdkId(after.traits), handled);
  // a protocol trait kept but configured differently
  for (const protocol of newProtocols.filter((p) => oldProtocols.includes(p))) {
    const a = before.traits.get(protocol);
    const b = after.traits.get(protocol);
    if (a !== undefined && b !== undefined && !nodeEquals(a, b)) {
      ctx.report(
        "dangerous",
        "ModifiedTrait",
        id,
        `\`@${protocol}\` changed on \`${id}\`: ${show(a)} -> ${show(b)}`,
      );
    }
  }
}

export function compareOperation(ctx: DiffContext, before: Shape, after: Shape): void {
  const id = after.id;
  for (const role of ["input", "output"] as const) {
    const a = before[role] ?? "smithy.api#Unit";
    const b = after[role] ?? "smithy.api#Unit";
    if (a !== b) {
      const rule = role === "input" ? "ChangedOperationInput" : "ChangedOperationOutput";
      ctx.report("breaking", rule, id, `The ${role} of \`${id}\` changed from \`${a}\` to \`${b}\``);
    }
  }
  compareErrors(ctx, id, before.errors ?? [], after.errors ?? [], "Operation");
  comparePagination(ctx, id, pagination(ctx.oldService, before), pagination(ctx.newService, after));
}

export function compareResource(ctx: DiffContext, before: Shape, after: Shape): void {
  const a = [...(before.identifiers ?? new Map<string, ShapeId>())];
  const b = [...(after.identifiers ?? new Map<string, ShapeId>())];
  const text = (ids: [string, ShapeId][]): string => ids.map(([k, v]) => `${k}: ${v}`).join(", ") || "none";
  if (text(a) !== text(b)) {
    ctx.report(
      "breaking",
      "ChangedResourceIdentifiers",
      after.id,
      `Identifiers of \`${after.id}\` changed from {${text(a)}} to {${text(b)}}`,
    );
  }
}

/** Added errors are dangerous (old clients meet an error they do not know); removed ones too. */
function compareErrors(
  ctx: DiffContext,
  id: ShapeId,
  before: readonly ShapeId[],
  after: readonly ShapeId[],
  kind: "Service" | "Operation",
): void {
  for (const error of after) {
    if (!before.includes(error)) {
      ctx.report("dangerous", `Added${kind}Error`, id, `Error \`${error}\` was added to \`${id}\``);
    }
  }
  for (const error of before) {
    if (!after.includes(error)) {
      ctx.report("dangerous", `Removed${kind}Error`, id, `Error \`${error}\` was removed from \`${id}\``);
    }
  }
}

type Pagination = Record<string, NodeValue>;

/** The operation's `@paginated` merged over the service's, or undefined when it has none. */
function pagination(service: Shape, op: Shape): Pagination | undefined {
  const own = op.traits.get(PAGINATED);
  if (!isNodeObject(own)) return undefined;
  const inherited = service.traits.get(PAGINATED);
  return { ...(isNodeObject(inherited) ? inherited : {}), ...own };
}

function comparePagination(
  ctx: DiffContext,
  id: ShapeId,
  before: Pagination | undefined,
  after: Pagination | undefined,
): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    ctx.report("compatible", "AddedPaginatedTrait", id, `\`${id}\` is now paginated`);
    return;
  }
  if (after === undefined) {
    ctx.report("breaking", "RemovedPaginatedTrait", id, `\`${id}\` is no longer paginated`);
    return;
  }
  for (const key of ["inputToken", "outputToken", "items", "pageSize"]) {
    const a = before[key];
    const b = after[key];
    if (sameValue(a, b)) continue;
    if (a === undefined) {
      ctx.report(
        "compatible",
        "ChangedPaginatedTrait",
        id,
        `\`@paginated\` ${key} ${show(b)} was added to \`${id}\``,
      );
    } else {
      ctx.report(
        "breaking",
        "ChangedPaginatedTrait",
        id,
        `\`@paginated\` ${key} of \`${id}\` changed from ${show(a)} to ${show(b)}`,
      );
    }
  }
}

/** The service's protocol traits (traits whose definition carries `@protocolDefinition`), sorted. */
function protocols(model: Model, service: Shape): ShapeId[] {
  return [...service.traits.keys()]
    .filter((t) => model.shapes.get(t)?.traits.has(PROTOCOL_DEFINITION))
    .sort();
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? "none" : ids.map((p) => `\`${p}\``).join(", ");
}

function objectField(value: NodeValue | undefined, key: string): NodeValue | undefined {
  return isNodeObject(value) ? value[key] : undefined;
}

function withoutSdkId(traits: ReadonlyMap<ShapeId, NodeValue>): ReadonlyMap<ShapeId, NodeValue> {
  const value = traits.get(AWS_SERVICE);
  if (!isNodeObject(value)) return traits;
  const { sdkId: _, ...rest } = value;
  return new Map([...traits, [AWS_SERVICE, rest]]);
}
