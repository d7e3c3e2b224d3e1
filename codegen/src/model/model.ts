/**
 * The assembled model: every shape of every loaded file plus the prelude and the bundled
 * AWS trait definitions, with mixins flattened and `apply` merged. Validators, the JSON AST
 * serializer and the IR builder read this; nothing downstream re-parses IDL or JSON.
 *
 * A Model is read-only once assembled: traits and members are `ReadonlyMap`s (compact ones, see
 * small-map.ts), and shapes and members without traits or members share one empty map that throws
 * on writes, so consumers copy before they change anything.
 */
import type { NodeValue, ShapeId, ShapeType } from "./ast.js";
import type { SourceLocation } from "./source-location.js";

export interface Member {
  /** `ns#Shape$name` */
  id: ShapeId;
  name: string;
  /** The shape that contains this member. */
  container: ShapeId;
  target: ShapeId;
  /** Effective traits: inherited from mixins, then local ones, then `apply`. Keys are absolute trait IDs. */
  traits: ReadonlyMap<ShapeId, NodeValue>;
  /** Traits written on this member in this shape (locally, by doc comment, or by `apply`), not inherited. */
  introducedTraits: ReadonlyMap<ShapeId, NodeValue>;
  /** The mixin this member was inherited from, if any. */
  inheritedFrom?: ShapeId;
  location: SourceLocation;
}

export interface Shape {
  id: ShapeId;
  type: ShapeType;
  /** Effective traits (mixin traits, except `mixin` itself, then own traits). */
  traits: ReadonlyMap<ShapeId, NodeValue>;
  /** Traits the shape introduces itself (what the JSON AST writes). */
  introducedTraits: ReadonlyMap<ShapeId, NodeValue>;
  /** Direct mixins, in declaration order. */
  mixins: ShapeId[];
  /**
   * Effective members in order (inherited first, as Smithy orders them). list: `member`;
   * map: `key`, `value`; structure/union/enum/intEnum: declared members.
   */
  members: ReadonlyMap<string, Member>;
  location: SourceLocation;
  // operation
  input?: ShapeId;
  output?: ShapeId;
  errors?: ShapeId[];
  // service
  version?: string;
  operations?: ShapeId[];
  resources?: ShapeId[];
  rename?: Map<ShapeId, string>;
  // resource
  identifiers?: Map<string, ShapeId>;
  properties?: Map<string, ShapeId>;
  put?: ShapeId;
  create?: ShapeId;
  read?: ShapeId;
  update?: ShapeId;
  delete?: ShapeId;
  list?: ShapeId;
  collectionOperations?: ShapeId[];
}

export interface Model {
  metadata: Map<string, NodeValue>;
  /** All shapes, prelude (`smithy.api#...`) and bundled trait definitions included. */
  shapes: Map<ShapeId, Shape>;
}
