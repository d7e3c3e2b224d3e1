/**
 * The protocol-agnostic intermediate representation every emitter walks.
 * Built from an assembled, validated `Model` by `buildServiceIR`; emitters never look at the
 * Smithy model directly, and nothing here names a particular service.
 */

import type { OperationNames } from "./identifiers.js";

/** Scalar kinds, after resolving named simple shapes (e.g. `BenefitId` -> `string`). */
export type ScalarKind =
  | "string"
  | "boolean"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "blob"
  | "document";

/** Effective constraints of a member or shape (member-level traits override the target's). */
export interface Constraints {
  /** `@length`: string length (code points), list/map size, blob size. */
  length?: { min?: number; max?: number };
  /** `@range`: numeric bounds. */
  range?: { min?: number; max?: number };
  /** `@pattern`: the model's source (Smithy's dialect), unanchored as in Smithy. */
  pattern?: string;
  /**
   * The ECMAScript RegExp that accepts what `pattern` accepts (`model/pattern/java-regex.ts`);
   * absent when `pattern` is absent or has no ECMAScript equivalent (then it is not enforced).
   */
  ecmaPattern?: { source: string; flags: string };
  /** `@uniqueItems` on lists. */
  uniqueItems?: boolean;
}

/** Where a value of some member points. */
export type TypeRef =
  /** A prelude scalar or a named simple shape resolved to its scalar kind (`alias` keeps the name). */
  | { kind: "scalar"; scalar: ScalarKind; alias?: string }
  /** A named aggregate or enum shape in `ServiceIR.shapes`. */
  | { kind: "shape"; name: string };

export interface MemberIR {
  /** Member name as modelled, which is also the AWS JSON 1.0 wire key. */
  name: string;
  type: TypeRef;
  required: boolean;
  documentation?: string;
  constraints: Constraints;
  /** `@default` value, when present (JSON value). */
  default?: unknown;
  idempotencyToken: boolean;
  sensitive: boolean;
  deprecated?: { message?: string; since?: string };
  /** `@timestampFormat` on the member or its target; AWS JSON defaults to `epoch-seconds`. */
  timestampFormat?: "epoch-seconds" | "date-time" | "http-date";
  /** `@clientOptional`: clients treat the member as optional and never fill in its default. */
  clientOptional?: boolean;
  /** `@hostLabel`: the member's value fills the `{name}` label of the operation's `endpoint` host prefix. */
  hostLabel?: boolean;
}

interface NamedShapeBase {
  /** Shape name, unique within the service closure (after `rename`). */
  name: string;
  /** Absolute shape ID. */
  id: string;
  documentation?: string;
  sensitive: boolean;
  deprecated?: { message?: string; since?: string };
}

export interface StructureIR extends NamedShapeBase {
  kind: "structure";
  members: MemberIR[];
  /** Set for `@error` structures. */
  error?: {
    fault: "client" | "server";
    httpStatus: number;
    retryable?: { throttling: boolean };
    /** `aws.protocols#awsQueryError`: the error code and HTTP status the service had under AWS Query. */
    awsQueryError?: { code: string; httpResponseCode: number };
  };
  /** Operation input or output wrapper (`@input` / `@output`). */
  role?: "input" | "output";
}

export interface UnionIR extends NamedShapeBase {
  kind: "union";
  members: MemberIR[];
}

export interface ListIR extends NamedShapeBase {
  kind: "list";
  member: MemberIR;
  constraints: Constraints;
  sparse: boolean;
}

export interface MapIR extends NamedShapeBase {
  kind: "map";
  key: MemberIR;
  value: MemberIR;
  constraints: Constraints;
  sparse: boolean;
}

export interface EnumIR extends NamedShapeBase {
  kind: "enum";
  /** In model order. `name` is the member name, `value` the wire value. */
  values: { name: string; value: string; documentation?: string; deprecated?: boolean }[];
}

export interface IntEnumIR extends NamedShapeBase {
  kind: "intEnum";
  values: { name: string; value: number; documentation?: string }[];
}

export type ShapeIR = StructureIR | UnionIR | ListIR | MapIR | EnumIR | IntEnumIR;

export interface PaginationIR {
  inputToken: string;
  outputToken: string;
  pageSize?: string;
  /** Member name of the items list in the output, if modelled. */
  items?: string;
}

export interface OperationIR {
  name: string;
  id: string;
  /** Its TypeScript identifiers (client method, handler key, MSW factory), from `operationNames`. */
  names: OperationNames;
  documentation?: string;
  /** Name of the input structure in `shapes` (a synthetic empty structure when the model says Unit). */
  input: string;
  output: string;
  /** Error structure names: the operation's own, then the service's common errors. */
  errors: string[];
  readonly: boolean;
  idempotent: boolean;
  deprecated?: { message?: string; since?: string };
  /** From the `http` trait when present. */
  http?: { method: string; uri: string; code: number };
  paginated?: PaginationIR;
  /** Name of the input member carrying `@idempotencyToken`, if any. */
  idempotencyTokenMember?: string;
  /** Name of the resource the operation is bound to, when it is bound through one (not directly to the service). */
  resource?: string;
  /** True when the model says the output is Unit (`output` then names a synthetic empty structure). */
  unitOutput?: boolean;
  /** `@endpoint` host prefix, e.g. `foo.{label}.`; labels name `hostLabel` input members. */
  hostPrefix?: string;
  /** `@requestCompression` encodings the client may apply to the request body, in preference order. */
  requestCompression?: string[];
}

export interface ResourceIR {
  name: string;
  id: string;
  documentation?: string;
  identifiers: { name: string; type: TypeRef }[];
  /** `aws.api#arn` when present. */
  arn?: { template: string; absolute: boolean; noAccount: boolean; noRegion: boolean };
}

export interface ServiceIR {
  /** Absolute ID of the service shape. */
  id: string;
  /** Service shape name; AWS JSON sends `X-Amz-Target: <shapeName>.<Operation>`. */
  shapeName: string;
  /** `aws.api#service` sdkId, e.g. "PartnerCentral Benefits". */
  sdkId: string;
  /** PascalCase client stem derived from sdkId, e.g. "PartnerCentralBenefits". */
  clientName: string;
  version: string;
  title?: string;
  documentation?: string;
  protocol: { name: "awsJson1_0" | "awsJson1_1"; contentType: string; targetPrefix: string };
  auth: { sigv4?: { signingName: string } };
  /** `aws.protocols#awsQueryCompatible`: clients send `x-amzn-query-mode`, errors carry `x-amzn-query-error`. */
  awsQueryCompatible?: boolean;
  endpointPrefix?: string;
  arnNamespace?: string;
  operations: OperationIR[];
  /** Every named shape reachable from the operations, by name, in a stable (sorted) order. */
  shapes: Map<string, ShapeIR>;
  resources: ResourceIR[];
}
