/**
 * `@pattern` values as Smithy reads them, turned into ECMAScript RegExps.
 *
 * Smithy's specification calls a pattern an ECMA-262 regular expression, but Smithy's validator
 * compiles it with Java's `java.util.regex`, so published models carry Java-only syntax: inline
 * flags (`(?i)`, `(?-s:...)`), possessive quantifiers, a quantified `$`, `\A` / `\z`, POSIX classes
 * (`\p{Alpha}`), nested classes and `&&`, `\x{...}`, octal escapes, escaped letters-free punctuation
 * outside classes (`\-`, `\:`), and ranges Java reads loosely (`[\w-.]`).
 *
 * The rule:
 * - a pattern that compiles as an ECMAScript RegExp with the `u` flag means what ECMAScript says
 *   and is kept as written (flags `u`), unless it names one of Java's POSIX classes that
 *   ECMAScript reads as a Unicode property (`\p{Alpha}`, `\p{ASCII}`, `\p{Lower}`, `\p{Upper}`):
 *   those are ASCII classes in Java, and keep that meaning;
 * - any other pattern is read with Java's syntax: each Java-only construct is rewritten to an
 *   ECMAScript equivalent (the table below), and the constructs both dialects share (`.`, `^`, `$`,
 *   `\s`, `\b`, classes) keep their ECMAScript meaning, so a pattern means the same thing whether or
 *   not it also uses a Java-only construct;
 * - a construct with no ECMAScript equivalent (`\G`, `\X`, Unicode blocks, `(?x)`, `(?u)`, ...)
 *   makes the pattern `unsupported`: the model still loads (with a WARNING) and the generated
 *   server does not enforce that pattern;
 * - text Java rejects too (an unclosed group, a dangling quantifier) is `invalid`: an ERROR, as
 *   in Smithy.
 *
 * Inline flags: `i`, `s` and `m` switched on at the top level before anything they affect, and
 * never switched off, become the RegExp's own flags (`^(?i)(true|false)$` -> `^(true|false)$`
 * with flags `iu`). Anywhere else they are written into the pattern: `s` turns `.` into
 * `[\s\S]` (and `(?-s:.)` keeps `.`), `m` turns `^` / `$` into line-start / line-end lookarounds,
 * `i` turns each ASCII letter into a class of both cases (Java's case-insensitivity is ASCII-only
 * by default; the `i` flag also folds other letters, the one place the two readings differ).
 *
 * Possessive quantifiers and atomic groups use the lookahead + backreference idiom
 * (`X*+` -> `(?=(X*))\N`), and the pattern's own backreferences are renumbered around the added
 * groups.
 */

export interface EcmaPattern {
  source: string;
  flags: string;
}

export type PatternTranslation =
  /** An ECMAScript RegExp that accepts exactly what the pattern accepts. */
  | { kind: "ecma"; pattern: EcmaPattern; translated: boolean }
  /** Valid Java, but no ECMAScript equivalent: not enforced. */
  | { kind: "unsupported"; reason: string }
  /** Not a valid pattern in either dialect. */
  | { kind: "invalid"; reason: string };

const cache = new Map<string, PatternTranslation>();

/** Translates a Smithy `@pattern` value (memoized). */
export function translatePattern(pattern: string): PatternTranslation {
  let result = cache.get(pattern);
  if (!result) {
    result = translateUncached(pattern);
    cache.set(pattern, result);
  }
  return result;
}

const compiled = new Map<string, RegExp | undefined>();

/** The compiled RegExp of a pattern (memoized), `undefined` when it is unsupported or invalid. */
export function compilePattern(pattern: string): RegExp | undefined {
  if (!compiled.has(pattern)) {
    const t = translatePattern(pattern);
    compiled.set(pattern, t.kind === "ecma" ? new RegExp(t.pattern.source, t.pattern.flags) : undefined);
  }
  return compiled.get(pattern);
}

/**
 * Java's POSIX class names that ECMAScript also reads, as Unicode properties (`\p{Alpha}` is
 * Alphabetic there, `[a-zA-Z]` in Java): a pattern using one is read as Java reads it.
 */
const POSIX_NAMES_ECMASCRIPT_READS = /(?<!\\)(?:\\\\)*\\[pP]\{(?:Alpha|ASCII|Lower|Upper)\}/;

function translateUncached(pattern: string): PatternTranslation {
  if (!POSIX_NAMES_ECMASCRIPT_READS.test(pattern)) {
    try {
      new RegExp(pattern, "u");
      return { kind: "ecma", pattern: { source: pattern, flags: "u" }, translated: false };
    } catch {
      // not ECMAScript: read it as Java
    }
  }
  try {
    const first = new Translator(pattern, new Set()).run();
    const native = new Set<NativeFlag>();
    for (const f of NATIVE_FLAGS) if (first.usedOn.has(f) && !first.usedOff.has(f)) native.add(f);
    const out = native.size === 0 ? first : new Translator(pattern, native).run();
    const flags = `${[...native].sort().join("")}u`;
    try {
      new RegExp(out.source, flags);
    } catch (e) {
      return { kind: "unsupported", reason: `no ECMAScript equivalent (${(e as Error).message})` };
    }
    return { kind: "ecma", pattern: { source: out.source, flags }, translated: true };
  } catch (e) {
    if (e instanceof Unsupported) return { kind: "unsupported", reason: e.message };
    if (e instanceof Invalid) return { kind: "invalid", reason: e.message };
    throw e;
  }
}

class Unsupported extends Error {}
class Invalid extends Error {}

type NativeFlag = "i" | "m" | "s";
const NATIVE_FLAGS: readonly NativeFlag[] = ["i", "m", "s"];

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
}

/** One character class, in the form that composes best. */
type CharSet =
  /** The inside of `[...]`. */
  | { body: string }
  /** The inside of `[^...]`. */
  | { neg: string }
  /** Any regex that matches exactly one character. */
  | { re: string };

/** A class of one escape (`\\d`, `\\p{L}`) needs no brackets. */
const SINGLE_ESCAPE = /^\\(?:[dDwWsS]|[pP]\{[A-Za-z_=]+\})$/;

function setToRe(c: CharSet): string {
  if ("body" in c) return SINGLE_ESCAPE.test(c.body) ? c.body : `[${c.body}]`;
  if ("neg" in c) return `[^${c.neg}]`;
  return c.re;
}

function union(sets: CharSet[]): CharSet {
  if (sets.length === 1) return sets[0] as CharSet;
  if (sets.every((c) => "body" in c)) return { body: sets.map((c) => (c as { body: string }).body).join("") };
  return { re: `(?:${sets.map(setToRe).join("|")})` };
}

function negate(c: CharSet): CharSet {
  if ("body" in c) return { neg: c.body };
  if ("neg" in c) return { body: c.neg };
  return { re: `(?:(?!${c.re})[\\s\\S])` };
}

function intersect(a: CharSet, b: CharSet): CharSet {
  return { re: `(?:(?=${setToRe(a)})${setToRe(b)})` };
}

/** ECMAScript's line terminators, for `^` / `$` written out under Java's `(?m)`. */
const LINE_TERMINATORS = "\\n\\r\\u2028\\u2029";
/** Java's line terminators (`\Z`). */
const JAVA_LINE_END = "(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?(?![\\s\\S]))";

/** Java's POSIX classes (US-ASCII, Java's default), as class bodies. */
const POSIX: Record<string, string> = {
  Lower: "a-z",
  Upper: "A-Z",
  ASCII: "\\0-\\x7F",
  Alpha: "a-zA-Z",
  Digit: "0-9",
  Alnum: "a-zA-Z0-9",
  Punct: "!-\\/:-@\\[-`{-~",
  Graph: "!-~",
  Print: " -~",
  Blank: " \\t",
  Cntrl: "\\0-\\x1F\\x7F",
  XDigit: "0-9a-fA-F",
  Space: "\\t-\\r ",
  all: "\\0-\\u{10FFFF}",
  L1: "\\0-\\xFF",
  LD: "\\p{L}\\p{Nd}",
};

/** Java binary properties (`\p{IsAlphabetic}`), by upper-cased name without `_`, as class bodies. */
const BINARY: Record<string, string> = {
  ALPHABETIC: "\\p{Alphabetic}",
  IDEOGRAPHIC: "\\p{Ideographic}",
  LETTER: "\\p{L}",
  LOWERCASE: "\\p{Lowercase}",
  UPPERCASE: "\\p{Uppercase}",
  TITLECASE: "\\p{Lt}",
  PUNCTUATION: "\\p{P}",
  CONTROL: "\\p{Cc}",
  WHITESPACE: "\\p{White_Space}",
  DIGIT: "\\p{Nd}",
  HEXDIGIT: "\\p{Hex_Digit}",
  JOINCONTROL: "\\p{Join_Control}",
  NONCHARACTERCODEPOINT: "\\p{Noncharacter_Code_Point}",
  ASSIGNED: "\\P{Cn}",
  EMOJI: "\\p{Emoji}",
  EMOJIPRESENTATION: "\\p{Emoji_Presentation}",
  EMOJIMODIFIER: "\\p{Emoji_Modifier}",
  EMOJIMODIFIERBASE: "\\p{Emoji_Modifier_Base}",
  EMOJICOMPONENT: "\\p{Emoji_Component}",
  EXTENDEDPICTOGRAPHIC: "\\p{Extended_Pictographic}",
};

const GENERAL_CATEGORY = /^(?:[LMNPSZC]|L[ultmoC]|LC|M[nce]|N[dlo]|P[cdseifo]|S[mcko]|Z[slp]|C[cfson])$/;

const NAMED_ESCAPES: Record<number, string> = { 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r" };

/** Characters that need a backslash to stand for themselves in an ECMAScript `u` pattern. */
const SYNTAX = new Set([..."^$\\.*+?()[]{}|/"]);
const CLASS_SYNTAX = new Set([..."^$\\.*+?()[]{}|/-"]);

function literal(cp: number, inClass: boolean): string {
  const ch = String.fromCodePoint(cp);
  if ((inClass ? CLASS_SYNTAX : SYNTAX).has(ch)) return `\\${ch}`;
  const named = NAMED_ESCAPES[cp];
  if (named !== undefined) return named;
  const hidden = cp < 0x20 || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xe000 && cp <= 0xf8ff);
  if (hidden) return `\\u{${cp.toString(16)}}`;
  return ch;
}

function otherCase(cp: number): number | undefined {
  if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x20;
  return undefined;
}

/** A class body for the range `lo-hi`, with the other ASCII case added when `i` is on. */
function rangeBody(lo: number, hi: number, caseless: boolean): string {
  let out = lo === hi ? literal(lo, true) : `${literal(lo, true)}-${literal(hi, true)}`;
  if (!caseless) return out;
  for (const [a, z] of [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ] as const) {
    const from = Math.max(lo, a);
    const to = Math.min(hi, z);
    if (from > to) continue;
    const f = otherCase(from) as number;
    const t = otherCase(to) as number;
    out += f === t ? literal(f, true) : `${literal(f, true)}-${literal(t, true)}`;
  }
  return out;
}

interface Atom {
  text: string;
  /** Zero-width (anchor, boundary, lookaround): ECMAScript cannot quantify it directly. */
  assertion: boolean;
}

class Translator {
  private pos = 0;
  /** Capture groups of the pattern seen so far (Java numbering) -> their number in the output. */
  private readonly groups: number[] = [];
  /** Capture groups of the output (the pattern's and the added ones), numbered at the end. */
  private groupIds = 0;
  readonly usedOn = new Set<NativeFlag>();
  readonly usedOff = new Set<NativeFlag>();
  private totalGroups: number;

  constructor(
    private readonly src: string,
    private readonly native: ReadonlySet<NativeFlag>,
  ) {
    this.totalGroups = countGroups(src);
  }

  run(): { source: string; usedOn: Set<NativeFlag>; usedOff: Set<NativeFlag> } {
    const flags: Flags = { i: false, m: false, s: false };
    const source = this.alternation(flags);
    if (this.pos < this.src.length) throw new Invalid(`Unmatched closing ')' near index ${this.pos}`);
    return { source: numberGroups(source), usedOn: this.usedOn, usedOff: this.usedOff };
  }

  private peek(offset = 0): string {
    return this.src[this.pos + offset] ?? "";
  }

  private use(flag: NativeFlag, flags: Flags): boolean {
    (flags[flag] ? this.usedOn : this.usedOff).add(flag);
    return flags[flag] && !this.native.has(flag);
  }

  /** Alternatives up to `)` or the end; inline flags persist to the end of the group. */
  private alternation(flags: Flags): string {
    const parts: string[] = [this.sequence(flags)];
    while (this.peek() === "|") {
      this.pos++;
      parts.push(this.sequence(flags));
    }
    return parts.join("|");
  }

  private sequence(flags: Flags): string {
    let out = "";
    while (this.pos < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      if (this.peek() === "(" && this.peek(1) === "?" && this.isFlagGroup()) {
        this.flagGroup(flags);
        continue;
      }
      const atom = this.atom(flags);
      if (atom !== undefined) out += this.quantified(atom);
    }
    return out;
  }

  private isFlagGroup(): boolean {
    const m = /^\(\?[a-zA-Z-]*[):]/.exec(this.src.slice(this.pos));
    return m?.[0].endsWith(")") ?? false;
  }

  /** `(?imsx-imsx)`: changes the flags for the rest of the enclosing group. */
  private flagGroup(flags: Flags): void {
    const end = this.src.indexOf(")", this.pos);
    const spec = this.src.slice(this.pos + 2, end);
    this.pos = end + 1;
    applyFlags(flags, spec);
  }

  private quantified(atom: Atom): string {
    const q = this.quantifier();
    if (q === undefined) return atom.text;
    const base = atom.assertion ? `(?:${atom.text})` : atom.text;
    const mode = this.peek();
    if (mode === "?") {
      this.pos++;
      return `${base}${q}?`;
    }
    if (mode === "+") {
      this.pos++;
      const id = ++this.groupIds;
      return `(?=${open(id)}${base}${q}))${ref(id)}`;
    }
    if (this.quantifierAhead())
      throw new Invalid(`Dangling meta character '${this.peek()}' near index ${this.pos}`);
    return `${base}${q}`;
  }

  /** `*`, `+` or `?` right after a quantifier: Java rejects it (a `{n}` there repeats nothing). */
  private quantifierAhead(): boolean {
    const c = this.peek();
    return c === "*" || c === "+" || c === "?";
  }

  /**
   * A `{n}`, `{n,}` or `{n,m}` with nothing before it (after another quantifier, or first in a
   * group): Java repeats the empty string, which matches once whatever the count. Dropped.
   */
  private emptyRepetition(): boolean {
    const m = /^\{\d+(?:,\d*)?\}[?+]?/.exec(this.src.slice(this.pos));
    if (!m) return false;
    this.pos += m[0].length;
    return true;
  }

  private quantifier(): string | undefined {
    const c = this.peek();
    if (c === "*" || c === "+" || c === "?") {
      this.pos++;
      return c;
    }
    if (c !== "{") return undefined;
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(this.src.slice(this.pos));
    if (!m || (m[1] === "" && m[2] === "")) throw new Invalid(`Illegal repetition near index ${this.pos}`);
    this.pos += m[0].length;
    const min = m[1] === "" ? "0" : (m[1] as string);
    if (m[3] !== "" && Number(m[3]) < Number(min)) {
      throw new Invalid(`Illegal repetition range near index ${this.pos}`);
    }
    return m[2] === "" ? `{${min}}` : `{${min},${m[3]}}`;
  }

  private atom(flags: Flags): Atom | undefined {
    const c = this.peek();
    switch (c) {
      case "(":
        return this.group(flags);
      case "[": {
        this.pos++;
        return { text: setToRe(this.charClass(flags)), assertion: false };
      }
      case ".":
        this.pos++;
        return { text: this.use("s", flags) ? "[\\s\\S]" : ".", assertion: false };
      case "^":
        this.pos++;
        return { text: this.use("m", flags) ? `(?<![^${LINE_TERMINATORS}])` : "^", assertion: true };
      case "$":
        this.pos++;
        return { text: this.use("m", flags) ? `(?![^${LINE_TERMINATORS}])` : "$", assertion: true };
      case "\\":
        return this.escape(flags);
      case "*":
      case "+":
      case "?":
        throw new Invalid(`Dangling meta character '${c}' near index ${this.pos}`);
      case "{":
        if (this.emptyRepetition()) return undefined;
        throw new Invalid(`Illegal repetition near index ${this.pos}`);
      default: {
        const cp = this.src.codePointAt(this.pos) as number;
        this.pos += cp > 0xffff ? 2 : 1;
        return { text: this.literalAtom(cp, flags), assertion: false };
      }
    }
  }

  private literalAtom(cp: number, flags: Flags): string {
    const other = otherCase(cp);
    if (other !== undefined && this.use("i", flags)) return `[${literal(cp, true)}${literal(other, true)}]`;
    return literal(cp, false);
  }

  private group(flags: Flags): Atom {
    this.pos++; // (
    const inner: Flags = { ...flags };
    let opening = "(?:";
    let assertion = false;
    let atomic = false;
    if (this.peek() === "?") {
      const rest = this.src.slice(this.pos + 1);
      const named = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(rest);
      const flagged = /^([a-zA-Z-]*):/.exec(rest);
      if (rest.startsWith(":")) {
        this.pos += 2;
      } else if (rest.startsWith("=") || rest.startsWith("!")) {
        opening = `(?${rest[0]}`;
        assertion = true;
        this.pos += 2;
      } else if (rest.startsWith("<=") || rest.startsWith("<!")) {
        opening = `(?${rest.slice(0, 2)}`;
        assertion = true;
        this.pos += 3;
      } else if (rest.startsWith(">")) {
        atomic = true;
        this.pos += 2;
      } else if (named) {
        const id = ++this.groupIds;
        this.groups.push(id);
        opening = `${openGroup(id)}?<${named[1]}>`;
        this.pos += 1 + named[0].length;
      } else if (flagged) {
        applyFlags(inner, flagged[1] as string);
        this.pos += 1 + flagged[0].length;
      } else {
        throw new Invalid(`Unknown inline modifier near index ${this.pos}`);
      }
    } else {
      const id = ++this.groupIds;
      this.groups.push(id);
      opening = openGroup(id);
    }
    const atomicGroup = atomic ? ++this.groupIds : 0;
    const body = this.alternation(inner);
    if (this.peek() !== ")") throw new Invalid(`Unclosed group near index ${this.src.length}`);
    this.pos++;
    if (atomic) return { text: `(?=${open(atomicGroup)}${body}))${ref(atomicGroup)}`, assertion: false };
    return { text: `${opening}${body})`, assertion };
  }

  /** After `\` outside a class. */
  private escape(flags: Flags): Atom | undefined {
    const c = this.peek(1);
    const zeroWidth = (text: string, length = 2): Atom => {
      this.pos += length;
      return { text, assertion: true };
    };
    switch (c) {
      case "A":
        return zeroWidth("(?<![\\s\\S])");
      case "z":
        return zeroWidth("(?![\\s\\S])");
      case "Z":
        return zeroWidth(JAVA_LINE_END);
      case "b":
      case "B":
        return zeroWidth(`\\${c}`);
      case "G":
        throw new Unsupported("`\\G` (end of the previous match) has no ECMAScript equivalent");
      case "X":
        throw new Unsupported("`\\X` (grapheme cluster) has no ECMAScript equivalent");
      case "R":
        this.pos += 2;
        return { text: "(?:\\r\\n|[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029])", assertion: false };
      case "Q": {
        const end = this.src.indexOf("\\E", this.pos + 2);
        const text = this.src.slice(this.pos + 2, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        let out = "";
        for (const ch of text) out += this.literalAtom(ch.codePointAt(0) as number, flags);
        return out === "" ? undefined : { text: `(?:${out})`, assertion: false };
      }
      case "k": {
        const m = /^\\k<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.src.slice(this.pos));
        if (!m)
          throw new Invalid(`\\k is not followed by '<' for named capturing group near index ${this.pos}`);
        this.pos += m[0].length;
        return { text: m[0], assertion: false };
      }
      default:
        break;
    }
    if (c >= "1" && c <= "9") return { text: this.backreference(), assertion: false };
    const set = this.escapeSet(false);
    if (typeof set === "number") return { text: this.literalAtom(set, flags), assertion: false };
    return { text: setToRe(set), assertion: false };
  }

  /** `\N`: Java takes more digits while they still name an existing group. */
  private backreference(): string {
    this.pos++; // backslash
    let n = Number(this.src[this.pos]);
    this.pos++;
    while (/[0-9]/.test(this.peek()) && n * 10 + Number(this.peek()) <= this.totalGroups) {
      n = n * 10 + Number(this.peek());
      this.pos++;
    }
    const mapped = this.groups[n - 1];
    if (mapped === undefined) {
      if (n > this.totalGroups) throw new Unsupported(`a backreference to group ${n}, which does not exist`);
      throw new Unsupported(`a backreference to group ${n} before the group`);
    }
    return ref(mapped);
  }

  /**
   * An escape that stands for one character (its code point) or a set (`\d`, `\p{L}`), at `\`.
   * `inClass`: inside `[...]`, where the same escapes mean the same thing.
   */
  private escapeSet(inClass: boolean): number | CharSet {
    const c = this.peek(1);
    const simple = (cp: number): number => {
      this.pos += 2;
      return cp;
    };
    const set = (s: CharSet, length = 2): CharSet => {
      this.pos += length;
      return s;
    };
    switch (c) {
      case "":
        throw new Invalid("Unexpected internal error: a pattern ending in a backslash");
      case "t":
        return simple(0x09);
      case "n":
        return simple(0x0a);
      case "r":
        return simple(0x0d);
      case "f":
        return simple(0x0c);
      case "a":
        return simple(0x07);
      case "e":
        return simple(0x1b);
      case "d":
        return set({ body: "\\d" });
      case "D":
        return set({ body: "\\D" });
      case "w":
        return set({ body: "\\w" });
      case "W":
        return set({ body: "\\W" });
      case "s":
        return set({ body: "\\s" });
      case "S":
        return set({ body: "\\S" });
      case "h":
        return set({ body: " \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000" });
      case "H":
        return set({ neg: " \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000" });
      case "v":
        return set({ body: "\\n\\x0B\\f\\r\\u0085\\u2028\\u2029" });
      case "V":
        return set({ neg: "\\n\\x0B\\f\\r\\u0085\\u2028\\u2029" });
      case "c": {
        const ctl = this.src.codePointAt(this.pos + 2);
        if (ctl === undefined) throw new Invalid("Illegal control escape sequence");
        this.pos += 3;
        return ctl ^ 64;
      }
      case "0": {
        const m = /^\\0([0-3][0-7]{2}|[0-7]{1,2})/.exec(this.src.slice(this.pos));
        if (!m) throw new Invalid(`Illegal octal escape sequence near index ${this.pos}`);
        this.pos += m[0].length;
        return Number.parseInt(m[1] as string, 8);
      }
      case "x": {
        const m = /^\\x(?:([0-9a-fA-F]{2})|\{([0-9a-fA-F]+)\})/.exec(this.src.slice(this.pos));
        if (!m) throw new Invalid(`Illegal hexadecimal escape sequence near index ${this.pos}`);
        const cp = Number.parseInt((m[1] ?? m[2]) as string, 16);
        if (cp > 0x10ffff) throw new Invalid(`Hexadecimal codepoint is too big near index ${this.pos}`);
        this.pos += m[0].length;
        return cp;
      }
      case "u": {
        const m = /^\\u([0-9a-fA-F]{4})/.exec(this.src.slice(this.pos));
        if (!m) throw new Invalid(`Illegal Unicode escape sequence near index ${this.pos}`);
        this.pos += m[0].length;
        let cp = Number.parseInt(m[1] as string, 16);
        // a surrogate pair written as two escapes is one character
        const low = /^\\u(d[c-f][0-9a-f]{2})/i.exec(this.src.slice(this.pos));
        if (cp >= 0xd800 && cp <= 0xdbff && low) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (Number.parseInt(low[1] as string, 16) - 0xdc00);
          this.pos += low[0].length;
        }
        return cp;
      }
      case "p":
      case "P":
        return this.property(c === "P");
      case "N":
        throw new Unsupported("`\\N{name}` (a character by its Unicode name) is not translated");
      default:
        break;
    }
    if (/[a-zA-Z]/.test(c))
      throw new Invalid(`Illegal/unsupported escape sequence \\${c} near index ${this.pos}`);
    if (/[0-9]/.test(c)) {
      if (inClass) throw new Invalid(`Illegal/unsupported escape sequence \\${c} in a class`);
    }
    // any other escaped character stands for itself
    const cp = this.src.codePointAt(this.pos + 1) as number;
    this.pos += cp > 0xffff ? 3 : 2;
    return cp;
  }

  /** `\p{Name}`, `\pL`, `\P{...}` at the backslash. */
  private property(negated: boolean): CharSet {
    let name: string;
    if (this.peek(2) === "{") {
      const end = this.src.indexOf("}", this.pos);
      if (end < 0) throw new Invalid(`Unclosed character family near index ${this.pos}`);
      name = this.src.slice(this.pos + 3, end);
      this.pos = end + 1;
    } else {
      name = this.peek(2);
      this.pos += 3;
    }
    const body = propertyBody(name);
    return negated ? negate({ body }) : { body };
  }

  /** After `[`: a Java class, with nesting, `&&` and Java's loose ranges. */
  private charClass(flags: Flags): CharSet {
    let negated = false;
    if (this.peek() === "^") {
      negated = true;
      this.pos++;
    }
    const caseless = this.use("i", flags);
    let operands: CharSet[] = [];
    let items: CharSet[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === "") throw new Invalid(`Unclosed character class near index ${this.src.length - 1}`);
      if (c === "]" && !first) {
        this.pos++;
        break;
      }
      first = false;
      if (c === "[") {
        this.pos++;
        items.push(this.charClass(flags));
        continue;
      }
      if (c === "&" && this.peek(1) === "&") {
        this.pos += 2;
        operands.push(items.length > 0 ? union(items) : { body: "" });
        items = [];
        continue;
      }
      const start = this.classAtom(flags);
      if (typeof start !== "number") {
        items.push(start);
        continue;
      }
      // a range `a-z`; a `-` before `]` or after a set is a literal
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== "" && this.peek(1) !== "[") {
        const save = this.pos;
        this.pos++;
        const end = this.classAtom(flags);
        if (typeof end === "number") {
          if (end < start) throw new Invalid(`Illegal character range near index ${this.pos}`);
          items.push({ body: rangeBody(start, end, caseless) });
          continue;
        }
        this.pos = save;
      }
      items.push({ body: rangeBody(start, start, caseless) });
    }
    let result: CharSet = items.length > 0 ? union(items) : { body: "" };
    for (let k = operands.length - 1; k >= 0; k--) result = intersect(operands[k] as CharSet, result);
    operands = [];
    return negated ? negate(result) : result;
  }

  /** One element of a class: a code point or a set. */
  private classAtom(flags: Flags): number | CharSet {
    const c = this.peek();
    if (c === "\\") {
      if (this.peek(1) === "Q") {
        const end = this.src.indexOf("\\E", this.pos + 2);
        const text = this.src.slice(this.pos + 2, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        const caseless = this.use("i", flags);
        const body = [...text].map((ch) => {
          const cp = ch.codePointAt(0) as number;
          return rangeBody(cp, cp, caseless);
        });
        return { body: body.join("") };
      }
      return this.escapeSet(true);
    }
    const cp = this.src.codePointAt(this.pos) as number;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }
}

/*
 * Capture groups are written as markers (private-use characters, which `literal` never writes
 * raw) and numbered once the whole pattern is out, since an added group can open before groups
 * of the pattern that were numbered already.
 */
const OPEN = "\uE000";
const REF = "\uE002";
const END = "\uE001";

/** `(` of the capture group `id` without the paren's own `(`: `openGroup(id)` + `?<name>...`. */
function openGroup(id: number): string {
  return `${OPEN}${id}${END}`;
}

/** `(` of the capture group `id`. */
function open(id: number): string {
  return openGroup(id);
}

/** A backreference to the capture group `id`. */
function ref(id: number): string {
  return `${REF}${id}${END}`;
}

function numberGroups(source: string): string {
  const numbers = new Map<string, number>();
  for (const m of source.matchAll(/\uE000(\d+)\uE001/g)) numbers.set(m[1] as string, numbers.size + 1);
  return source.replace(/\uE000(\d+)\uE001|\uE002(\d+)\uE001/g, (_m, opened?: string, referenced?: string) =>
    opened !== undefined ? "(" : `(?:\\${numbers.get(referenced as string)})`,
  );
}

function applyFlags(flags: Flags, spec: string): void {
  let on = true;
  for (const f of spec) {
    if (f === "-") on = false;
    else if (f === "i" || f === "m" || f === "s") flags[f] = on;
    else if (f === "d" || f === "u" || f === "U" || f === "x") {
      throw new Unsupported(`the inline flag \`${f}\` is not translated`);
    } else throw new Invalid(`Unknown inline modifier \`${f}\``);
  }
}

/** Java's name of a character property, as an ECMAScript class body. */
function propertyBody(name: string): string {
  const posix = POSIX[name];
  if (posix !== undefined) return posix;
  if (GENERAL_CATEGORY.test(name)) return `\\p{${name}}`;
  const is = name.startsWith("Is") ? name.slice(2) : undefined;
  const gc = /^(?:gc|general_category)=(.+)$/i.exec(name);
  if (gc && GENERAL_CATEGORY.test(gc[1] as string)) return `\\p{${gc[1]}}`;
  if (is !== undefined) {
    if (GENERAL_CATEGORY.test(is)) return `\\p{${is}}`;
    const binary = BINARY[is.toUpperCase().replace(/[_\s-]/g, "")];
    if (binary !== undefined) return binary;
    const script = scriptName(is);
    if (script) return `\\p{Script=${script}}`;
  }
  const sc = /^(?:sc|script)=(.+)$/i.exec(name);
  if (sc) {
    const script = scriptName(sc[1] as string);
    if (script) return `\\p{Script=${script}}`;
  }
  if (name.startsWith("In") || /^(?:blk|block)=/i.test(name)) {
    throw new Unsupported(`the Unicode block \`\\p{${name}}\` has no ECMAScript equivalent`);
  }
  if (name.startsWith("java")) {
    throw new Unsupported(`the Java character class \`\\p{${name}}\` is not translated`);
  }
  throw new Unsupported(`the character property \`\\p{${name}}\` is not translated`);
}

/** An ECMAScript script name for Java's (case-insensitive) one, if ECMAScript knows it. */
function scriptName(name: string): string | undefined {
  const candidates = [
    name,
    name
      .toLowerCase()
      .split("_")
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join("_"),
  ];
  for (const candidate of candidates) {
    try {
      new RegExp(`\\p{Script=${candidate}}`, "u");
      return candidate;
    } catch {
      // not a script ECMAScript knows under this spelling
    }
  }
  return undefined;
}

/** The number of capture groups Java sees (numbered and named), for multi-digit backreferences. */
function countGroups(src: string): number {
  let n = 0;
  let inClass = 0;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === "\\") {
      if (src[k + 1] === "Q") {
        const end = src.indexOf("\\E", k + 2);
        k = end < 0 ? src.length : end + 1;
      } else k++;
    } else if (c === "[") inClass++;
    else if (c === "]" && inClass > 0) inClass--;
    else if (c === "(" && inClass === 0) {
      if (src[k + 1] !== "?" || /^\(\?<[a-zA-Z]/.test(src.slice(k))) n++;
    }
  }
  return n;
}
