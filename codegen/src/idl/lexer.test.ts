import { describe, expect, it } from "vitest";
import { Interner } from "./interner.js";
import { Lexer } from "./lexer.js";
import { T, tokenName } from "./token.js";

/** All tokens of `src` as `NAME(lexeme)` strings, with decoded values for strings and numbers. */
function tokens(src: string, strings?: Interner): string[] {
  const lex = new Lexer(src, strings);
  const out: string[] = [];
  for (let guard = 0; guard < 1000; guard++) {
    const t = lex.type;
    const extra =
      t === T.STRING || t === T.TEXT_BLOCK || t === T.DOC_COMMENT || t === T.ERROR
        ? `=${JSON.stringify(lex.text)}`
        : t === T.NUMBER
          ? `=${lex.number}`
          : "";
    out.push(`${tokenName(t)}@${lex.line}:${lex.column}${extra}`);
    if (t === T.EOF) break;
    lex.next();
  }
  return out;
}

describe("lexer", () => {
  it.each<[string, string, string[]]>([
    [
      "punctuation",
      "@:=:.#$" + "{}[]()=,",
      [
        "AT@1:1",
        "WALRUS@1:2",
        "COLON@1:4",
        "DOT@1:5",
        "POUND@1:6",
        "DOLLAR@1:7",
        "LBRACE@1:8",
        "RBRACE@1:9",
        "LBRACKET@1:10",
        "RBRACKET@1:11",
        "LPAREN@1:12",
        "RPAREN@1:13",
        "EQUAL@1:14",
        "COMMA@1:15",
        "EOF@1:16",
      ],
    ],
    [
      "spaces and newlines track lines",
      "a \t\r\n  b\n",
      ["IDENTIFIER@1:1", "SPACE@1:2", "NEWLINE@1:4", "SPACE@2:1", "IDENTIFIER@2:3", "NEWLINE@2:4", "EOF@3:1"],
    ],
    [
      "identifiers with underscores",
      "_a1 __B c_",
      ["IDENTIFIER@1:1", "SPACE@1:4", "IDENTIFIER@1:5", "SPACE@1:8", "IDENTIFIER@1:9", "EOF@1:11"],
    ],
    [
      "comments and doc comments",
      "// c\n/// doc\n////x",
      ["COMMENT@1:1", 'DOC_COMMENT@2:1="doc"', 'DOC_COMMENT@3:1="/x"', "EOF@3:6"],
    ],
    [
      "numbers",
      "0 -1 1.5 2e3 1E-2 007",
      [
        "NUMBER@1:1=0",
        "SPACE@1:2",
        "NUMBER@1:3=-1",
        "SPACE@1:5",
        "NUMBER@1:6=1.5",
        "SPACE@1:9",
        "NUMBER@1:10=2000",
        "SPACE@1:13",
        "NUMBER@1:14=0.01",
        "SPACE@1:18",
        "NUMBER@1:19=7",
        "EOF@1:22",
      ],
    ],
    [
      "quoted string spanning lines",
      '"a\nb" x',
      ['STRING@1:1="a\\nb"', "SPACE@2:3", "IDENTIFIER@2:4", "EOF@2:5"],
    ],
    ["text block", '"""\n  hi\n  """', ['TEXT_BLOCK@1:1="hi\\n"', "EOF@3:6"]],
    ["empty string", '""', ['STRING@1:1=""', "EOF@1:3"]],
    [
      "repeated, escaped and long strings",
      `"ab" "ab" "a\\tb" "${"x".repeat(60)}"`,
      [
        'STRING@1:1="ab"',
        "SPACE@1:5",
        'STRING@1:6="ab"',
        "SPACE@1:10",
        'STRING@1:11="a\\tb"',
        "SPACE@1:17",
        `STRING@1:18="${"x".repeat(60)}"`,
        "EOF@1:80",
      ],
    ],
    ["unexpected character", "!a", ["ERROR@1:1=\"Unexpected character: '!'\"", "IDENTIFIER@1:2", "EOF@1:3"]],
    [
      "lone underscore",
      "_ a",
      [
        "ERROR@1:1=\"Expected a valid identifier character, but found ' '\"",
        "SPACE@1:2",
        "IDENTIFIER@1:3",
        "EOF@1:4",
      ],
    ],
    [
      "minus without digits",
      "-a",
      ["ERROR@1:1=\"Invalid number '-a': '-' must be followed by a digit\"", "EOF@1:3"],
    ],
    [
      "bad exponent",
      "1e+",
      ["ERROR@1:1=\"Invalid number '1e+': 'e', '+', and '-' must be followed by a digit\"", "EOF@1:4"],
    ],
    // reported where the input ends, as Smithy does
    ["unterminated string", '"abc', ["ERROR@1:5=\"Expected: '\\\"', but found '[EOF]'\"", "EOF@1:5"]],
    [
      "unterminated text block",
      '"""\nabc',
      ['ERROR@2:4="Expected: \'\\"\\"\\"\', but found \'[EOF]\'"', "EOF@2:4"],
    ],
  ])("%s", (_name, src, expected) => {
    expect(tokens(src)).toEqual(expected);
    // the parser's lexer shares quoted strings through an interner: the values are the same
    expect(tokens(src, new Interner(src))).toEqual(expected);
  });
});
