/**
 * The IDL tokenizer. It scans char codes in place and keeps only the current token (kind,
 * offsets, position and decoded value) in mutable fields, so lexing allocates nothing per
 * token except decoded strings. It never throws: bad input becomes an `ERROR` token.
 */

import { noteNumberText } from "../model/number-text.js";
import type { Interner } from "./interner.js";
import { decodeQuotedString, decodeTextBlock } from "./strings.js";
import { T } from "./token.js";

export class Lexer {
  /** Kind of the current token. */
  type: T = T.EOF;
  start = 0;
  end = 0;
  /** 1-based line and column of the current token. */
  line = 1;
  column = 1;
  /** Decoded value of STRING / TEXT_BLOCK tokens, message of ERROR tokens, text of DOC_COMMENT. */
  text = "";
  /** Value of NUMBER tokens. */
  number = 0;
  /** How many tokens have been read (used to tell whether anything happened in between). */
  index = 0;

  private pos = 0;
  private curLine = 1;
  private lineStart = 0;

  /**
   * @param strings gives quoted strings without escapes their shared copy (enum values, trait
   * arguments and object keys repeat a lot in a model); it must read `src`.
   */
  constructor(
    readonly src: string,
    private readonly strings?: Interner,
  ) {
    this.next();
  }

  lexeme(): string {
    return this.src.slice(this.start, this.end);
  }

  /**
   * The first character after the current token that is not whitespace, a comma or a comment
   * (-1 at end of input). A cheap lookahead that neither allocates nor moves the lexer.
   */
  peekSignificant(): number {
    const s = this.src;
    const len = s.length;
    let q = this.end;
    while (q < len) {
      const c = s.charCodeAt(q);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 44) {
        q++;
      } else if (c === 47 && s.charCodeAt(q + 1) === 47) {
        while (q < len && s.charCodeAt(q) !== 10) q++;
      } else {
        return c;
      }
    }
    return -1;
  }

  /** Advances to the next token. */
  next(): void {
    const s = this.src;
    const len = s.length;
    this.index++;
    const p = this.pos;
    this.start = p;
    this.line = this.curLine;
    this.column = p - this.lineStart + 1;
    if (p >= len) {
      this.type = T.EOF;
      this.end = p;
      return;
    }
    const c = s.charCodeAt(p);
    switch (c) {
      case 32: // space
      case 9: {
        let q = p + 1;
        while (q < len) {
          const d = s.charCodeAt(q);
          if (d !== 32 && d !== 9) break;
          q++;
        }
        this.finish(T.SPACE, q);
        return;
      }
      case 10:
        this.finish(T.NEWLINE, p + 1);
        this.newline(p + 1);
        return;
      case 13:
        if (s.charCodeAt(p + 1) === 10) {
          this.finish(T.NEWLINE, p + 2);
          this.newline(p + 2);
          return;
        }
        this.error(p + 1, "Unexpected character: '\\r'");
        return;
      case 44:
        this.finish(T.COMMA, p + 1);
        return;
      case 64:
        this.finish(T.AT, p + 1);
        return;
      case 58:
        this.finish(
          s.charCodeAt(p + 1) === 61 ? T.WALRUS : T.COLON,
          s.charCodeAt(p + 1) === 61 ? p + 2 : p + 1,
        );
        return;
      case 46:
        this.finish(T.DOT, p + 1);
        return;
      case 35:
        this.finish(T.POUND, p + 1);
        return;
      case 36:
        this.finish(T.DOLLAR, p + 1);
        return;
      case 123:
        this.finish(T.LBRACE, p + 1);
        return;
      case 125:
        this.finish(T.RBRACE, p + 1);
        return;
      case 91:
        this.finish(T.LBRACKET, p + 1);
        return;
      case 93:
        this.finish(T.RBRACKET, p + 1);
        return;
      case 40:
        this.finish(T.LPAREN, p + 1);
        return;
      case 41:
        this.finish(T.RPAREN, p + 1);
        return;
      case 61:
        this.finish(T.EQUAL, p + 1);
        return;
      case 47: // '/'
        this.comment(p);
        return;
      case 34: // '"'
        this.quoted(p);
        return;
      default:
        if (c === 45 || (c >= 48 && c <= 57)) {
          this.numberToken(p);
          return;
        }
        if (c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
          this.identifier(p);
          return;
        }
        this.error(
          p + (c >= 0xd800 && c <= 0xdbff ? 2 : 1),
          `Unexpected character: '${String.fromCodePoint(s.codePointAt(p) ?? c)}'`,
        );
        return;
    }
  }

  private finish(type: T, end: number): void {
    this.type = type;
    this.end = end;
    this.pos = end;
  }

  private newline(at: number): void {
    this.curLine++;
    this.lineStart = at;
  }

  private error(end: number, message: string): void {
    this.text = message;
    this.finish(T.ERROR, end);
  }

  /** An error found at the end of the input (an unclosed string): reported there, as Smithy does. */
  private errorAtEnd(message: string): void {
    const len = this.src.length;
    this.line = this.curLine;
    this.column = len - this.lineStart + 1;
    this.error(len, message);
  }

  private comment(p: number): void {
    const s = this.src;
    if (s.charCodeAt(p + 1) !== 47) {
      this.error(p + 1, "Unexpected character: '/'");
      return;
    }
    let q = p + 2;
    const len = s.length;
    while (q < len && s.charCodeAt(q) !== 10) q++;
    const isDoc = s.charCodeAt(p + 2) === 47;
    if (isDoc) {
      let textStart = p + 3;
      if (s.charCodeAt(textStart) === 32) textStart++;
      let textEnd = q;
      if (textEnd > textStart && s.charCodeAt(textEnd - 1) === 13) textEnd--;
      this.text = textStart <= textEnd ? s.slice(textStart, textEnd) : "";
    }
    if (q < len) {
      this.finish(isDoc ? T.DOC_COMMENT : T.COMMENT, q + 1);
      this.newline(q + 1);
    } else {
      this.finish(isDoc ? T.DOC_COMMENT : T.COMMENT, q);
    }
  }

  private identifier(p: number): void {
    const s = this.src;
    const len = s.length;
    let q = p;
    while (q < len && s.charCodeAt(q) === 95) q++;
    if (q > p) {
      const d = s.charCodeAt(q);
      const ok = (d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122);
      if (!ok) {
        this.error(q, `Expected a valid identifier character, but found '${s[q] ?? "EOF"}'`);
        return;
      }
    }
    while (q < len) {
      const d = s.charCodeAt(q);
      if ((d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95) q++;
      else break;
    }
    this.finish(T.IDENTIFIER, q);
  }

  private numberToken(p: number): void {
    const s = this.src;
    const len = s.length;
    let q = p;
    if (s.charCodeAt(q) === 45) q++;
    let r = digitsFrom(s, q);
    if (r === q) {
      this.error(
        q + (q < len ? 1 : 0),
        `Invalid number '${s.slice(p, q + 1)}': '-' must be followed by a digit`,
      );
      return;
    }
    q = r;
    if (s.charCodeAt(q) === 46) {
      r = digitsFrom(s, q + 1);
      if (r === q + 1) {
        this.error(q + 1, `Invalid number '${s.slice(p, q + 1)}': '.' must be followed by a digit`);
        return;
      }
      q = r;
    }
    const e = s.charCodeAt(q);
    if (e === 101 || e === 69) {
      let x = q + 1;
      const sign = s.charCodeAt(x);
      if (sign === 43 || sign === 45) x++;
      r = digitsFrom(s, x);
      if (r === x) {
        this.error(x, `Invalid number '${s.slice(p, x)}': 'e', '+', and '-' must be followed by a digit`);
        return;
      }
      q = r;
    }
    this.number = fastInteger(s, p, q) ?? Number(s.slice(p, q));
    if (q - p > 15 || e === 101 || e === 69) noteNumberText(this.number, s.slice(p, q));
    this.finish(T.NUMBER, q);
  }

  private quoted(p: number): void {
    const s = this.src;
    const len = s.length;
    if (s.charCodeAt(p + 1) === 34 && s.charCodeAt(p + 2) === 34) {
      this.textBlock(p);
      return;
    }
    // find the closing quote, counting lines
    let q = p + 1;
    let raw = true;
    for (;;) {
      if (q >= len) {
        this.errorAtEnd("Expected: '\"', but found '[EOF]'");
        return;
      }
      const c = s.charCodeAt(q);
      if (c === 34) break;
      if (c === 92) {
        raw = false;
        if (s.charCodeAt(q + 1) === 10) this.newline(q + 2);
        q += 2;
        continue;
      }
      if (c === 10) this.newline(q + 1);
      else if (c < 0x20 && c !== 9) raw = false;
      q++;
    }
    this.finish(T.STRING, q + 1);
    if (raw) {
      this.text = this.strings ? this.strings.get(p + 1, q) : s.slice(p + 1, q);
      return;
    }
    const decoded = decodeQuotedString(s.slice(p + 1, q));
    if (decoded.error !== undefined) {
      this.text = `Error parsing quoted string: ${decoded.error}`;
      this.type = T.ERROR;
      return;
    }
    this.text = decoded.value;
  }

  private textBlock(p: number): void {
    const s = this.src;
    const len = s.length;
    let q = p + 3;
    for (;;) {
      if (q >= len) {
        this.errorAtEnd("Expected: '\"\"\"', but found '[EOF]'");
        return;
      }
      const c = s.charCodeAt(q);
      if (c === 34 && s.charCodeAt(q + 1) === 34 && s.charCodeAt(q + 2) === 34) break;
      if (c === 92) {
        if (s.charCodeAt(q + 1) === 10) this.newline(q + 2);
        q += 2;
        continue;
      }
      if (c === 10) this.newline(q + 1);
      q++;
    }
    const body = s.slice(p + 3, q);
    this.finish(T.TEXT_BLOCK, q + 3);
    const decoded = decodeTextBlock(body);
    if (decoded.error !== undefined) {
      this.text = `Error parsing text block: ${decoded.error}`;
      this.type = T.ERROR;
      return;
    }
    this.text = decoded.value;
  }
}

/** The end of the run of ASCII digits starting at `i`. */
function digitsFrom(s: string, i: number): number {
  const len = s.length;
  while (i < len) {
    const d = s.charCodeAt(i);
    if (d < 48 || d > 57) break;
    i++;
  }
  return i;
}

/** The value of a short integer lexeme (optional `-`, up to 15 digits), without slicing; else undefined. */
function fastInteger(s: string, from: number, to: number): number | undefined {
  let i = from;
  const negative = s.charCodeAt(i) === 45;
  if (negative) i++;
  if (to - i > 15) return undefined;
  let value = 0;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
  }
  return negative ? -value : value;
}
