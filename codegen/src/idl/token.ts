/** Token kinds of the Smithy IDL, named as Smithy's tokenizer names them in error messages. */
export enum T {
  SPACE,
  NEWLINE,
  COMMA,
  COMMENT,
  DOC_COMMENT,
  AT,
  STRING,
  TEXT_BLOCK,
  COLON,
  WALRUS,
  IDENTIFIER,
  DOT,
  POUND,
  DOLLAR,
  NUMBER,
  LBRACE,
  RBRACE,
  LBRACKET,
  RBRACKET,
  LPAREN,
  RPAREN,
  EQUAL,
  EOF,
  ERROR,
}

const NAMES = [
  "SPACE",
  "NEWLINE",
  "COMMA",
  "COMMENT",
  "DOC_COMMENT",
  "AT",
  "STRING",
  "TEXT_BLOCK",
  "COLON",
  "WALRUS",
  "IDENTIFIER",
  "DOT",
  "POUND",
  "DOLLAR",
  "NUMBER",
  "LBRACE",
  "RBRACE",
  "LBRACKET",
  "RBRACKET",
  "LPAREN",
  "RPAREN",
  "EQUAL",
  "EOF",
  "ERROR",
] as const;

/** Example lexemes shown for an *expected* token (`STRING('"')`); bare name when there is none. */
const EXAMPLES: Partial<Record<T, string>> = {
  [T.SPACE]: " ",
  [T.NEWLINE]: "\\n",
  [T.COMMA]: ",",
  [T.COMMENT]: "//",
  [T.DOC_COMMENT]: "///",
  [T.AT]: "@",
  [T.STRING]: '"',
  [T.TEXT_BLOCK]: '"""',
  [T.COLON]: ":",
  [T.WALRUS]: ":=",
  [T.DOT]: ".",
  [T.POUND]: "#",
  [T.DOLLAR]: "$",
  [T.LBRACE]: "{",
  [T.RBRACE]: "}",
  [T.LBRACKET]: "[",
  [T.RBRACKET]: "]",
  [T.LPAREN]: "(",
  [T.RPAREN]: ")",
  [T.EQUAL]: "=",
};

export function tokenName(t: T): string {
  return NAMES[t];
}

/** `LBRACE('{')`, `IDENTIFIER`: how an expected token is named. */
export function describeExpected(t: T): string {
  const example = EXAMPLES[t];
  return example === undefined ? NAMES[t] : `${NAMES[t]}('${example}')`;
}

/** `IDENTIFIER('string')`, `NEWLINE('\n')`, `EOF`: how a found token is named. */
export function describeFound(t: T, lexeme: string): string {
  if (t === T.EOF) return "EOF";
  const shown = lexeme.replace(/\r/g, "\\r").replace(/\n/g, "\\n");
  return `${NAMES[t]}('${shown}')`;
}
