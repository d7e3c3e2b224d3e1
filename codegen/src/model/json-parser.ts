/**
 * A small JSON parser that keeps the line and column of every value and key, so that
 * structural errors in JSON AST files can be reported as `path:line:col: message`.
 * It never throws: malformed input yields `{ error }` with the position of the problem.
 */

import { SIMPLE_ESCAPES } from "../idl/strings.js";

export interface JsonPosition {
  line: number;
  column: number;
}

export type JsonNode =
  | (JsonPosition & { kind: "null"; value: null })
  | (JsonPosition & { kind: "boolean"; value: boolean })
  | (JsonPosition & { kind: "number"; value: number; lexeme: string })
  | (JsonPosition & { kind: "string"; value: string })
  | (JsonPosition & { kind: "array"; items: JsonNode[] })
  | (JsonPosition & { kind: "object"; entries: JsonEntry[] });

export interface JsonEntry {
  key: string;
  keyLine: number;
  keyColumn: number;
  value: JsonNode;
}

export type JsonParseResult = { node: JsonNode; error?: undefined } | { node?: undefined; error: JsonError };

export interface JsonError extends JsonPosition {
  message: string;
}

const MAX_DEPTH = 512;
/** What ends a run of plain characters in a string (`test` with `lastIndex`: no match array). */
const STRING_SPECIAL = /["\\\u0000-\u001f]/g;
/** Objects with up to this many keys are checked for duplicates without a Set. */
const SMALL_OBJECT = 8;

class JsonSyntaxError {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** Parses JSON text; positions are 1-based, columns count UTF-16 code units. */
export function parseJson(text: string): JsonParseResult {
  const parser = new Parser(text);
  try {
    parser.skipWs();
    const node = parser.value(0);
    parser.skipWs();
    if (parser.pos < text.length) parser.fail(`Unexpected ${parser.describe()} after the JSON value`);
    return { node };
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      const { line, column } = positionAt(text, e.offset);
      return { error: { message: e.message, line, column } };
    }
    throw e;
  }
}

/** Line and column (1-based) of a character offset. */
export function positionAt(text: string, offset: number): JsonPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

class Parser {
  pos = 0;
  line = 1;
  lineStart = 0;

  constructor(readonly text: string) {}

  fail(message: string, offset = this.pos): never {
    throw new JsonSyntaxError(message, offset);
  }

  describe(): string {
    if (this.pos >= this.text.length) return "end of input";
    return `character '${this.text[this.pos]}'`;
  }

  skipWs(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 10) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === 32 || c === 9 || c === 13) {
        this.pos++;
      } else {
        break;
      }
    }
  }

  value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail(`JSON nested deeper than ${MAX_DEPTH} levels`);
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 123: // {
        return this.object(depth, line, column);
      case 91: // [
        return this.array(depth, line, column);
      case 34: // "
        return { kind: "string", value: this.string(), line, column };
      case 116: // t
        this.keyword("true");
        return { kind: "boolean", value: true, line, column };
      case 102: // f
        this.keyword("false");
        return { kind: "boolean", value: false, line, column };
      case 110: // n
        this.keyword("null");
        return { kind: "null", value: null, line, column };
      default:
        if (c === 45 || (c >= 48 && c <= 57)) return this.number(line, column);
        return this.fail(`Expected a JSON value but found ${this.describe()}`);
    }
  }

  keyword(word: string): void {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return;
    }
    this.fail(`Expected a JSON value but found ${this.describe()}`);
  }

  number(line: number, column: number): JsonNode {
    const t = this.text;
    const start = this.pos;
    if (t.charCodeAt(this.pos) === 45) this.pos++;
    const digits = (): number => {
      const s = this.pos;
      while (this.pos < t.length && t.charCodeAt(this.pos) >= 48 && t.charCodeAt(this.pos) <= 57) this.pos++;
      return this.pos - s;
    };
    const intStart = this.pos;
    const n = digits();
    if (n === 0) this.fail("Invalid number: expected a digit");
    if (n > 1 && t.charCodeAt(intStart) === 48)
      this.fail("Invalid number: leading zeros are not allowed", intStart);
    if (t.charCodeAt(this.pos) === 46) {
      this.pos++;
      if (digits() === 0) this.fail("Invalid number: '.' must be followed by a digit");
    }
    const e = t.charCodeAt(this.pos);
    if (e === 101 || e === 69) {
      this.pos++;
      const s = t.charCodeAt(this.pos);
      if (s === 43 || s === 45) this.pos++;
      if (digits() === 0) this.fail("Invalid number: exponent must be followed by a digit");
    }
    const lexeme = t.slice(start, this.pos);
    return { kind: "number", value: Number(lexeme), lexeme, line, column };
  }

  string(): string {
    const t = this.text;
    const start = this.pos;
    this.pos++; // opening quote
    // the pieces of a string with escapes, joined once (`+=` would keep a tree of pieces)
    let parts: string[] | undefined;
    let chunk = this.pos;
    for (;;) {
      // to the next quote, backslash or control character, found by the regex engine
      STRING_SPECIAL.lastIndex = this.pos;
      if (!STRING_SPECIAL.test(t)) this.fail("Unterminated string", start);
      this.pos = STRING_SPECIAL.lastIndex - 1;
      const c = t.charCodeAt(this.pos);
      if (c === 34) {
        const last = t.slice(chunk, this.pos);
        this.pos++;
        if (parts === undefined) return last;
        parts.push(last);
        return parts.join("");
      }
      if (c === 92) {
        parts ??= [];
        parts.push(t.slice(chunk, this.pos));
        const esc = t[this.pos + 1];
        const simple = esc === undefined ? undefined : SIMPLE_ESCAPES[esc];
        switch (simple === undefined ? esc : "simple") {
          case "simple":
            parts.push(simple as string);
            break;
          case "u": {
            const hex = t.slice(this.pos + 2, this.pos + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("Invalid unicode escape in string");
            parts.push(String.fromCharCode(Number.parseInt(hex, 16)));
            this.pos += 4;
            break;
          }
          default:
            this.fail(`Invalid escape in string: \\${esc ?? ""}`);
        }
        this.pos += 2;
        chunk = this.pos;
        continue;
      }
      this.fail("Invalid control character in string");
    }
  }

  array(depth: number, line: number, column: number): JsonNode {
    this.pos++;
    const items: JsonNode[] = [];
    this.skipWs();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return { kind: "array", items, line, column };
    }
    for (;;) {
      this.skipWs();
      items.push(this.value(depth + 1));
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c === 93) {
        this.pos++;
        return { kind: "array", items, line, column };
      }
      this.fail(`Expected ',' or ']' but found ${this.describe()}`);
    }
  }

  object(depth: number, line: number, column: number): JsonNode {
    this.pos++;
    const entries: JsonEntry[] = [];
    // duplicate keys: a scan of the few keys most objects have, a Set only past SMALL_OBJECT
    let seen: Set<string> | undefined;
    this.skipWs();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return { kind: "object", entries, line, column };
    }
    for (;;) {
      this.skipWs();
      if (this.text.charCodeAt(this.pos) !== 34)
        this.fail(`Expected a string key but found ${this.describe()}`);
      const keyLine = this.line;
      const keyColumn = this.pos - this.lineStart + 1;
      const keyOffset = this.pos;
      const key = this.string();
      if (seen === undefined) {
        for (let i = 0; i < entries.length; i++) {
          if ((entries[i] as JsonEntry).key === key) this.fail(`Duplicate key '${key}'`, keyOffset);
        }
        if (entries.length === SMALL_OBJECT) seen = new Set(entries.map((e) => e.key));
      } else if (seen.has(key)) {
        this.fail(`Duplicate key '${key}'`, keyOffset);
      }
      seen?.add(key);
      this.skipWs();
      if (this.text.charCodeAt(this.pos) !== 58) this.fail(`Expected ':' but found ${this.describe()}`);
      this.pos++;
      this.skipWs();
      const value = this.value(depth + 1);
      entries.push({ key, keyLine, keyColumn, value });
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c === 125) {
        this.pos++;
        return { kind: "object", entries, line, column };
      }
      this.fail(`Expected ',' or '}' but found ${this.describe()}`);
    }
  }
}
