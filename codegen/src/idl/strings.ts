/**
 * Decoding of IDL quoted strings and text blocks: newline
 * normalisation, escapes, and the indentation stripping of text blocks.
 */

export type Decoded = { value: string; error?: undefined } | { value?: undefined; error: string };

function normalizeNewlines(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** Decodes the text between the quotes of a quoted string. */
export function decodeQuotedString(body: string): Decoded {
  return unescapeText(normalizeNewlines(body));
}

/** Decodes the text between the `"""` delimiters of a text block. */
export function decodeTextBlock(body: string): Decoded {
  if (body.length === 0) return { error: "Text block is empty" };
  const text = normalizeNewlines(body);
  if (text.charCodeAt(0) !== 10) return { error: "Text block must start with a new line" };
  const lines = text.slice(1).split("\n");
  const last = lines.length - 1;
  let indent = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i <= last; i++) {
    const line = lines[i] as string;
    const spaces = leadingSpaces(line);
    if (i === last) {
      // the closing line counts even when blank: its length, or 0 at the margin
      indent = Math.min(indent, spaces);
    } else if (spaces < line.length) {
      indent = Math.min(indent, spaces);
    }
  }
  const out: string[] = [];
  for (const line of lines) {
    let end = line.length;
    while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
    out.push(line.slice(Math.min(indent, end), end));
  }
  return unescapeText(out.join("\n"));
}

function leadingSpaces(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

function unescapeText(s: string): Decoded {
  if (s.indexOf("\\") < 0) {
    const bad = firstControl(s, 0, s.length);
    return bad === undefined ? { value: s } : { error: bad };
  }
  // parts joined once: `+=` would leave the model a tree of string pieces per decoded string
  const out: string[] = [];
  let chunk = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 92) continue;
    const bad = firstControl(s, chunk, i);
    if (bad !== undefined) return { error: bad };
    out.push(s.slice(chunk, i));
    const e = s[i + 1];
    const simple = e === undefined ? undefined : SIMPLE_ESCAPES[e];
    switch (simple === undefined ? e : "simple") {
      case "simple":
        out.push(simple as string);
        break;
      case "\n":
        break;
      case "u": {
        const hex = s.slice(i + 2, i + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) return { error: `Invalid unicode escape: \`\\u${hex}\`` };
        out.push(String.fromCharCode(Number.parseInt(hex, 16)));
        i += 4;
        break;
      }
      default:
        return { error: `Invalid escape found in string: \`\\${e ?? ""}\`` };
    }
    i++;
    chunk = i + 1;
  }
  const bad = firstControl(s, chunk, s.length);
  if (bad !== undefined) return { error: bad };
  out.push(s.slice(chunk));
  return { value: out.join("") };
}

/** The single-character escapes shared by Smithy strings and JSON: `\n` -> newline, `\"` -> `"`, ... */
export const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

function firstControl(s: string, from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10)
      return `Invalid string character: \\u${c.toString(16).padStart(4, "0")}`;
  }
  return undefined;
}
