/** Where a shape, member, trait or token was written. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export const NO_LOCATION: SourceLocation = { file: "", line: 0, column: 0 };

/**
 * Base of the objects a large model has one of per shape, member or trait: the position is kept as
 * three fields and made a `SourceLocation` when read, which costs one object less each while the
 * model is built (most locations are never read; only messages need them).
 */
export abstract class Located {
  private file: string;
  private line: number;
  private column: number;

  constructor(file: string, line: number, column: number) {
    this.file = file;
    this.line = line;
    this.column = column;
  }

  get location(): SourceLocation {
    return { file: this.file, line: this.line, column: this.column };
  }

  set location(location: SourceLocation) {
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }
}
