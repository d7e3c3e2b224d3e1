/** Where a shape, member, trait or token was written. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export const NO_LOCATION: SourceLocation = { file: "", line: 0, column: 0 };
