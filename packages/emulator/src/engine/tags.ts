/** Tag rules: key/value limits, reserved `aws:` prefix, per-resource cap. */

import { ServiceQuotaExceededException, type ValidationException } from "@pc-benefits/protocol/models";
import type { ValidTag } from "./api-types.js";
import { fieldError } from "./errors.js";

const TAG_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export function tagKeyError(key: string, field = "tags"): ValidationException | undefined {
  const length = [...key].length;
  if (length < 1 || length > 128) {
    return fieldError(field, "INVALID_VALUE", `Tag key must be 1-128 characters, got ${length}.`);
  }
  if (!TAG_PATTERN.test(key))
    return fieldError(field, "INVALID_STRING_FORMAT", `Tag key ${key} has invalid characters.`);
  if (key.toLowerCase().startsWith("aws:")) {
    return fieldError(field, "INVALID_VALUE", `Tag keys starting with "aws:" are reserved: ${key}.`);
  }
  return undefined;
}

/** Throws a ValidationException for the first bad tag or a key given twice. */
export function validateTags(tags: readonly ValidTag[], field = "tags"): void {
  const seen = new Set<string>();
  for (const tag of tags) {
    const keyError = tagKeyError(tag.Key, field);
    if (keyError) throw keyError;
    if ([...tag.Value].length > 256 || !TAG_PATTERN.test(tag.Value)) {
      throw fieldError(field, "INVALID_VALUE", `Tag value for ${tag.Key} must be 0-256 allowed characters.`);
    }
    if (seen.has(tag.Key))
      throw fieldError(field, "DUPLICATE_KEY_VALUE", `Tag key ${tag.Key} appears twice.`);
    seen.add(tag.Key);
  }
}

/** Adds or overwrites `tags`; ServiceQuotaExceededException when the result passes `max`. */
export function addTags(
  existing: Readonly<Record<string, string>>,
  tags: readonly ValidTag[],
  max: number,
  resource: { arn: string; type: string },
): Record<string, string> {
  validateTags(tags);
  const next = { ...existing };
  for (const tag of tags) next[tag.Key] = tag.Value;
  const count = Object.keys(next).length;
  if (count > max) {
    throw new ServiceQuotaExceededException({
      $metadata: {},
      message: `A resource can have at most ${max} tags; this request would leave ${count}.`,
      ResourceId: resource.arn,
      ResourceType: resource.type,
      QuotaCode: "tags-per-resource",
    });
  }
  return next;
}

/** Removes `keys`; keys that are not present are ignored. */
export function removeTags(
  existing: Readonly<Record<string, string>>,
  keys: readonly string[],
): Record<string, string> {
  for (const key of keys) {
    const keyError = tagKeyError(key, "tagKeys");
    if (keyError) throw keyError;
  }
  const next = { ...existing };
  for (const key of keys) delete next[key];
  return next;
}

export function tagList(tags: Readonly<Record<string, string>>): ValidTag[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
