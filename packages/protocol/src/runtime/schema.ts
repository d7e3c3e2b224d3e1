/**
 * The compact, serializable description of a service that `pnpm codegen` emits into
 * `src/generated/` and the runtime interprets (validation, (de)serialization, errors).
 * Plain data only, so it runs unchanged in Node, browsers and service workers.
 */

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

export type TimestampFormat = "epoch-seconds" | "date-time" | "http-date";

/** Effective constraints at one member (member-level traits over the target's). */
export interface ConstraintSchema {
  /** `@length`: code points for strings, items for lists, entries for maps, bytes for blobs. */
  length?: { min?: number; max?: number };
  /** `@range`: inclusive numeric bounds. */
  range?: { min?: number; max?: number };
  /** `@pattern`: unanchored, as written in the model (error messages quote it). */
  pattern?: string;
  /**
   * The RegExp that enforces `pattern`: absent means `pattern` itself with flags `u`; `null` means
   * the pattern has no ECMAScript equivalent and is not enforced.
   */
  ecmaPattern?: { source: string; flags: string } | null;
  uniqueItems?: boolean;
}

export interface MemberSchema extends ConstraintSchema {
  /** Member name, which is also the AWS JSON wire key. */
  name: string;
  /** A scalar kind, or `{ shape }` naming an entry of `ServiceSchema.shapes`. */
  target: ScalarKind | { shape: string };
  required?: boolean;
  /** `@default` value (JSON form), filled in by the server when the member is absent. */
  default?: unknown;
  timestampFormat?: TimestampFormat;
}

export interface StructureSchema {
  type: "structure";
  members: MemberSchema[];
  /** Present on `@error` structures: absolute shape ID (sent as `__type`), fault and HTTP status. */
  error?: {
    id: string;
    /** The `__type` of the protocol when it is not `id` (AWS JSON 1.1 sends the shape name). */
    type?: string;
    fault: "client" | "server";
    httpStatus: number;
    /** `aws.protocols#awsQueryError` code, sent in `x-amzn-query-error` by query-compatible services. */
    queryCode?: string;
  };
}

export interface UnionSchema {
  type: "union";
  members: MemberSchema[];
}

export interface ListSchema {
  type: "list";
  member: MemberSchema;
  sparse?: boolean;
}

export interface MapSchema {
  type: "map";
  key: MemberSchema;
  value: MemberSchema;
  sparse?: boolean;
}

export interface EnumSchema {
  type: "enum";
  values: string[];
}

export interface IntEnumSchema {
  type: "intEnum";
  values: number[];
}

export type ShapeSchema = StructureSchema | UnionSchema | ListSchema | MapSchema | EnumSchema | IntEnumSchema;

export interface OperationSchema {
  /** Operation shape name (the part after the dot in `X-Amz-Target`). */
  name: string;
  /** Key of the operation in a handlers object (lowerCamelCase, like the SDK's aggregated client). */
  handler: string;
  /** Input structure name in `shapes`. */
  input: string;
  /** Output structure name in `shapes`. */
  output: string;
  /** Modelled error structure names. */
  errors: string[];
  /** The model says the output is Unit: a success response has an empty body. */
  unitOutput?: boolean;
}

export interface ServiceSchema {
  /** Absolute service shape ID. */
  id: string;
  /** `@title` of the service, for documentation pages. */
  title?: string;
  /** `X-Amz-Target` prefix: the service shape name. */
  targetPrefix: string;
  /** `application/x-amz-json-1.0` or `-1.1`. */
  contentType: string;
  /** `aws.api#service` endpointPrefix, used to recognise official endpoints. */
  endpointPrefix?: string;
  /** `aws.protocols#awsQueryCompatible`: error responses carry `x-amzn-query-error: <code>;<Sender|Receiver>`. */
  awsQueryCompatible?: boolean;
  operations: Record<string, OperationSchema>;
  shapes: Record<string, ShapeSchema>;
}
