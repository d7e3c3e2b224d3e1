/** Resource IDs and ARNs. */

import { randomIdBody } from "./random.js";

export type ResourceKind = "benefit" | "benefit-application" | "benefit-allocation";

export const ID_PREFIX: Record<ResourceKind, string> = {
  benefit: "ben-",
  "benefit-application": "benappl-",
  "benefit-allocation": "benalloc-",
};

const ID_PATTERN: Record<ResourceKind, RegExp> = {
  benefit: /^ben-[0-9a-z]{14}$/,
  "benefit-application": /^benappl-[0-9a-z]{14}$/,
  "benefit-allocation": /^benalloc-[0-9a-z]{14}$/,
};

export function newId(kind: Exclude<ResourceKind, "benefit">): string {
  return ID_PREFIX[kind] + randomIdBody(14);
}

export function isId(kind: ResourceKind, value: string): boolean {
  return ID_PATTERN[kind].test(value);
}

export interface ArnParts {
  partition: string;
  region: string;
  account: string;
  catalog: string;
  kind: ResourceKind;
  id: string;
}

/** `arn:aws:partnercentral:<region>:<account>:catalog/<Catalog>/<kind>/<id>`; benefits have no account. */
export function formatArn(parts: Omit<ArnParts, "partition">): string {
  const account = parts.kind === "benefit" ? "" : parts.account;
  return `arn:aws:partnercentral:${parts.region}:${account}:catalog/${parts.catalog}/${parts.kind}/${parts.id}`;
}

const ARN_PATTERN =
  /^arn:([\w-]+):partnercentral:([\w-]*):(\d{12})?:catalog\/([A-Za-z0-9_-]+)\/(benefit|benefit-application|benefit-allocation)\/([\w-]+)$/;

/** Parses an emulator ARN; undefined for anything else. */
export function parseArn(arn: string): ArnParts | undefined {
  const m = ARN_PATTERN.exec(arn);
  if (!m) return undefined;
  const [, partition, region, account, catalog, kind, id] = m;
  return {
    partition: partition ?? "",
    region: region ?? "",
    account: account ?? "",
    catalog: catalog ?? "",
    kind: kind as ResourceKind,
    id: id ?? "",
  };
}

/**
 * The ID an `Identifier` input names: the value itself when it is an ID, else the ARN's last segment
 * when the ARN is of the right kind, catalog and account. Undefined means "no such resource" (see docs/behaviour.md#identifiers).
 */
export function resolveIdentifier(
  value: string,
  kind: ResourceKind,
  catalog: string,
  account: string,
): string | undefined {
  if (!value.startsWith("arn:")) return isId(kind, value) ? value : undefined;
  const parts = parseArn(value);
  if (!parts || parts.kind !== kind || parts.catalog !== catalog) return undefined;
  if (kind !== "benefit" && parts.account !== account) return undefined;
  return isId(kind, parts.id) ? parts.id : undefined;
}
