/** The parsed form of a Smithy selector (Smithy spec `selectors.rst`). */

export type Comparator =
  | "="
  | "!="
  | "^="
  | "$="
  | "*="
  | "?="
  | ">"
  | ">="
  | "<"
  | "<="
  | "{=}"
  | "{!=}"
  | "{<}"
  | "{<<}";

/** A selector is a sequence of steps; each step maps every incoming shape to zero or more shapes. */
export type Selector = SelectorStep[];

/** A scoped attribute value: a literal or a path relative to the scope (`@{member|name}`). */
export type ScopedValue = { kind: "literal"; value: string } | { kind: "path"; path: string[] };

export interface ScopedAssertion {
  lhs: ScopedValue;
  comparator: Comparator;
  rhs: ScopedValue[];
  insensitive: boolean;
}

export type FunctionName = "not" | "test" | "is" | "in" | "root" | "topdown" | "recursive";

export type SelectorStep =
  /** `*` */
  | { kind: "any" }
  /** A shape type (`string`, `member`, ...) or category (`number`, `simpleType`, ...). */
  | { kind: "type"; name: string }
  /** `>` (rels empty), `-[a, b]->`, `<`, `<-[a]-`. */
  | { kind: "neighbor"; reverse: boolean; rels: string[] }
  /** `~>` */
  | { kind: "recursiveNeighbor" }
  /** `[path]` or `[path op values i]` */
  | { kind: "attribute"; path: string[]; comparator?: Comparator; values?: string[]; insensitive: boolean }
  /** `[@path: assertions]` */
  | { kind: "scoped"; path: string[]; assertions: ScopedAssertion[] }
  /** `:name(selector, ...)`; unknown function names match nothing. */
  | { kind: "function"; name: FunctionName | "unknown"; args: Selector[] }
  /** `$name(selector)` */
  | { kind: "setVariable"; name: string; selector: Selector }
  /** `${name}` */
  | { kind: "getVariable"; name: string };
