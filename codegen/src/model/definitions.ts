/**
 * What the IDL parser and the JSON AST loader hand to the assembler: shape definitions as
 * written, with shape IDs not yet resolved (IDL) and trait values not yet coerced.
 */
import type { ShapeType } from "./ast.js";
import type { Diagnostic } from "./diagnostic.js";
import type { SourceLocation } from "./source-location.js";

/** An unquoted, non-keyword node value in the IDL, resolved by the assembler. */
export class SyntacticShapeId {
  constructor(
    readonly text: string,
    readonly location: SourceLocation,
  ) {}
}

/** A node value before shape-ID resolution. */
export type RawNode = null | boolean | number | string | SyntacticShapeId | RawNode[] | RawObject;
export interface RawObject {
  [key: string]: RawNode;
}

export interface TraitDef {
  /** As written (`required`, `smithy.api#required`); absolute in JSON files. */
  name: string;
  /** `undefined` = written without a value (`@foo`, `@foo()`), coerced by the trait shape's type. */
  value: RawNode | undefined;
  location: SourceLocation;
}

export interface RefDef {
  /** Shape ID as written (relative in IDL files). */
  id: string;
  location: SourceLocation;
}

export interface MemberDef {
  name: string;
  /** Shape ID as written (relative in IDL files); `undefined` for an elided target (`$name`). */
  target: string | undefined;
  traits: TraitDef[];
  location: SourceLocation;
}

/** The file-level context in which relative IDs are resolved. */
export interface FileScope {
  file: string;
  /** `undefined` until a namespace statement is seen (and always in JSON files). */
  namespace: string | undefined;
  /** `use` imports: simple name -> absolute ID. */
  uses: Map<string, RefDef>;
  /** "1.0" or "2.0". */
  version: string;
  /** JSON AST files hold absolute IDs only. */
  absolute: boolean;
}

export interface ShapeDef {
  /** Absolute shape ID. */
  id: string;
  type: ShapeType | "set";
  scope: FileScope;
  location: SourceLocation;
  traits: TraitDef[];
  mixins: RefDef[];
  members: MemberDef[];
  /** `for Resource` (IDL only). */
  forResource?: RefDef;
  // operation
  input?: RefDef;
  output?: RefDef;
  errors?: RefDef[];
  // service
  version?: string;
  operations?: RefDef[];
  resources?: RefDef[];
  rename?: [string, string][];
  // resource
  identifiers?: [string, RefDef][];
  properties?: [string, RefDef][];
  put?: RefDef;
  create?: RefDef;
  read?: RefDef;
  update?: RefDef;
  delete?: RefDef;
  list?: RefDef;
  collectionOperations?: RefDef[];
}

export interface ApplyDef {
  target: RefDef;
  traits: TraitDef[];
  scope: FileScope;
}

export interface MetadataDef {
  key: string;
  value: RawNode;
  location: SourceLocation;
  scope: FileScope;
}

/** One loaded file, IDL or JSON. */
export interface ParsedFile {
  scope: FileScope;
  shapes: ShapeDef[];
  applies: ApplyDef[];
  metadata: MetadataDef[];
  diagnostics: Diagnostic[];
}

export function emptyParsedFile(file: string, absolute: boolean): ParsedFile {
  return {
    scope: { file, namespace: undefined, uses: new Map(), version: "2.0", absolute },
    shapes: [],
    applies: [],
    metadata: [],
    diagnostics: [],
  };
}
