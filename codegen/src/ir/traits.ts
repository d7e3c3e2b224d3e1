/** Absolute IDs of the traits the IR builder reads, and small typed readers over trait values. */
import type { NodeValue, ShapeId } from "../model/ast.js";
import { isNodeObject } from "../model/node-value.js";

export const TRAIT = {
  documentation: "smithy.api#documentation",
  title: "smithy.api#title",
  deprecated: "smithy.api#deprecated",
  sensitive: "smithy.api#sensitive",
  required: "smithy.api#required",
  default: "smithy.api#default",
  idempotencyToken: "smithy.api#idempotencyToken",
  timestampFormat: "smithy.api#timestampFormat",
  length: "smithy.api#length",
  range: "smithy.api#range",
  pattern: "smithy.api#pattern",
  uniqueItems: "smithy.api#uniqueItems",
  sparse: "smithy.api#sparse",
  enum: "smithy.api#enum",
  enumValue: "smithy.api#enumValue",
  error: "smithy.api#error",
  httpError: "smithy.api#httpError",
  retryable: "smithy.api#retryable",
  input: "smithy.api#input",
  output: "smithy.api#output",
  readonly: "smithy.api#readonly",
  idempotent: "smithy.api#idempotent",
  http: "smithy.api#http",
  paginated: "smithy.api#paginated",
  awsService: "aws.api#service",
  arn: "aws.api#arn",
  sigv4: "aws.auth#sigv4",
  awsJson1_0: "aws.protocols#awsJson1_0",
  awsJson1_1: "aws.protocols#awsJson1_1",
  awsQueryCompatible: "aws.protocols#awsQueryCompatible",
  awsQueryError: "aws.protocols#awsQueryError",
  clientOptional: "smithy.api#clientOptional",
  endpoint: "smithy.api#endpoint",
  hostLabel: "smithy.api#hostLabel",
  requestCompression: "smithy.api#requestCompression",
} as const;

type Traits = ReadonlyMap<ShapeId, NodeValue>;

export function stringTrait(traits: Traits, id: string): string | undefined {
  const v = traits.get(id);
  return typeof v === "string" ? v : undefined;
}

export function numberTrait(traits: Traits, id: string): number | undefined {
  const v = traits.get(id);
  return typeof v === "number" ? v : undefined;
}

export function objectTrait(traits: Traits, id: string): { [key: string]: NodeValue } | undefined {
  const v = traits.get(id);
  return isNodeObject(v) ? v : undefined;
}

/** `@deprecated(message, since)`, when present. */
export function deprecatedTrait(traits: Traits): { message?: string; since?: string } | undefined {
  if (!traits.has(TRAIT.deprecated)) return undefined;
  const v = objectTrait(traits, TRAIT.deprecated) ?? {};
  const out: { message?: string; since?: string } = {};
  if (typeof v.message === "string") out.message = v.message;
  if (typeof v.since === "string") out.since = v.since;
  return out;
}

export function str(v: NodeValue | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function num(v: NodeValue | undefined): number | undefined {
  return typeof v === "number" ? v : undefined;
}

export function bool(v: NodeValue | undefined): boolean | undefined {
  return typeof v === "boolean" ? v : undefined;
}
