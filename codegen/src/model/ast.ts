/**
 * Types of the Smithy 2.0 JSON AST: the interchange format AWS publishes its models in,
 * and what `pnpm codegen ast` prints (see codegen/README.md).
 */

/** A Smithy node value, as it appears in trait values and metadata. */
export type NodeValue = null | boolean | number | string | NodeValue[] | { [key: string]: NodeValue };

/** Absolute shape ID, `ns#Name` or `ns#Name$member`. */
export type ShapeId = string;

export type SimpleShapeType =
  | "blob"
  | "boolean"
  | "string"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "document";

/** The simple shape types, as a set for keyword and `type` lookups. */
export const SIMPLE_SHAPE_TYPES: ReadonlySet<string> = new Set<SimpleShapeType>([
  "blob",
  "boolean",
  "string",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
  "document",
]);

export type AggregateShapeType = "list" | "map" | "structure" | "union" | "enum" | "intEnum";
export type ServiceShapeType = "service" | "resource" | "operation";
export type ShapeType = SimpleShapeType | AggregateShapeType | ServiceShapeType;

export type AstTraits = Record<ShapeId, NodeValue>;

export interface AstRef {
  target: ShapeId;
}

export interface AstMember {
  target: ShapeId;
  traits?: AstTraits;
}

/** One entry of the JSON AST `shapes` object. Keys as Smithy spells them. */
export interface AstShape {
  type: ShapeType | "apply" | "set";
  mixins?: AstRef[];
  traits?: AstTraits;
  // list / map
  member?: AstMember;
  key?: AstMember;
  value?: AstMember;
  // structure / union / enum / intEnum
  members?: Record<string, AstMember>;
  // operation
  input?: AstRef;
  output?: AstRef;
  errors?: AstRef[];
  // service
  version?: string;
  operations?: AstRef[];
  resources?: AstRef[];
  rename?: Record<ShapeId, string>;
  // resource
  identifiers?: Record<string, AstRef>;
  properties?: Record<string, AstRef>;
  put?: AstRef;
  create?: AstRef;
  read?: AstRef;
  update?: AstRef;
  delete?: AstRef;
  list?: AstRef;
  collectionOperations?: AstRef[];
}

export interface JsonAst {
  smithy: string;
  metadata?: Record<string, NodeValue>;
  shapes: Record<ShapeId, AstShape>;
}

const SHAPE_KEYS: Record<string, readonly string[]> = {
  simple: ["type", "mixins", "traits"],
  list: ["type", "mixins", "traits", "member"],
  set: ["type", "mixins", "traits", "member"],
  map: ["type", "mixins", "traits", "key", "value"],
  structure: ["type", "mixins", "traits", "members"],
  union: ["type", "mixins", "traits", "members"],
  enum: ["type", "mixins", "traits", "members"],
  intEnum: ["type", "mixins", "traits", "members"],
  operation: ["type", "mixins", "traits", "input", "output", "errors"],
  service: ["type", "mixins", "traits", "version", "operations", "resources", "errors", "rename"],
  resource: [
    "type",
    "mixins",
    "traits",
    "identifiers",
    "properties",
    "create",
    "put",
    "read",
    "update",
    "delete",
    "list",
    "operations",
    "collectionOperations",
    "resources",
  ],
  apply: ["type", "traits"],
};

/** The keys a JSON AST shape of this type may have (a simple type's: `simple`); undefined for an unknown type. */
export function shapeKeysOf(type: string): readonly string[] | undefined {
  return SIMPLE_SHAPE_TYPES.has(type) ? SHAPE_KEYS.simple : SHAPE_KEYS[type];
}
