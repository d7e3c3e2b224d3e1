/** Where a shape, member, trait or token was written. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * A location worked out when first read (JSON AST files read by `JSON.parse`: see json-fast.ts).
 * Its `file`, `line` and `column` are getters; `visible()` is the object diagnostics and shapes
 * hand out, with the three as its own enumerable properties, worked out when read.
 */
export abstract class DeferredLocation implements SourceLocation {
  abstract readonly file: string;
  abstract get line(): number;
  abstract get column(): number;
  abstract visible(): SourceLocation;
}

/** A location as diagnostics and shapes hand it out (a deferred one made visible). */
export function visibleLocation(location: SourceLocation): SourceLocation {
  return location instanceof DeferredLocation ? location.visible() : location;
}

/** `Located`'s constructor arguments for a location, deferred or not (a deferred one is not read). */
export function lineOf(location: SourceLocation): number {
  return location instanceof DeferredLocation ? 0 : location.line;
}

export function columnOf(location: SourceLocation): number {
  return location instanceof DeferredLocation ? 0 : location.column;
}

export function deferredOf(location: SourceLocation): DeferredLocation | undefined {
  return location instanceof DeferredLocation ? location : undefined;
}

/**
 * Base of the objects a large model has one of per shape, member or trait: the position is kept as
 * three fields and made a `SourceLocation` when read, which costs one object less each while the
 * model is built (most locations are never read; only messages need them).
 */
export abstract class Located {
  private file: string;
  private line: number;
  private column: number;
  /** Set instead of `line` and `column` for a location worked out when read (private: no own key). */
  #deferred: DeferredLocation | undefined;

  constructor(file: string, line: number, column: number, deferred?: DeferredLocation) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.#deferred = deferred;
  }

  get location(): SourceLocation {
    if (this.#deferred !== undefined) return this.#deferred.visible();
    return { file: this.file, line: this.line, column: this.column };
  }

  set location(location: SourceLocation) {
    this.file = location.file;
    if (location instanceof DeferredLocation) {
      this.#deferred = location;
      this.line = 0;
      this.column = 0;
    } else {
      this.#deferred = undefined;
      this.line = location.line;
      this.column = location.column;
    }
  }
}
