/**
 * A string that matches a JSON Schema `pattern` (an ECMAScript regular expression with the `u` flag),
 * within a length range. It reads the subset the document's patterns use: anchors, literals, `.`,
 * classes with ranges and `\d \w \s \S \p{L} \p{N} \p{Z}` escapes, groups (capturing or `(?:`),
 * alternation and the quantifiers `? * + {n} {n,} {n,m}`. Anything else is an error naming the pattern.
 * Each class hands out its members in turn (letters and digits first), so `[0-9a-z]{4}` gives `0123`;
 * the last alternative of a group is tried first, so `(arn:.+|ben-[0-9a-z]{14})` gives an identifier.
 */

type Node =
  | { kind: "chars"; members: string[]; next: number }
  | { kind: "group"; alternatives: Node[][] }
  | { kind: "repeat"; node: Node; min: number; max: number };

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const DIGITS = "0123456789";
/** Printable ASCII punctuation, the members `\S` and `.` add after letters and digits. */
const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

const ESCAPES: Record<string, string> = {
  d: DIGITS,
  w: `${LOWER}${UPPER}${DIGITS}_`,
  s: " ",
  S: `${LOWER}${UPPER}${DIGITS}${PUNCTUATION}`,
  "p{L}": `${LOWER}${UPPER}`,
  "p{N}": DIGITS,
  "p{Z}": " ",
};

function alphanumericFirst(members: string[]): string[] {
  const unique = [...new Set(members)];
  const isAlnum = (c: string) => /[A-Za-z0-9]/.test(c);
  return [...unique.filter(isAlnum), ...unique.filter((c) => !isAlnum(c))];
}

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node[][] {
    const alternatives = this.alternatives();
    if (this.at < this.source.length) this.fail(`unexpected ${this.source[this.at]}`);
    return alternatives;
  }

  private fail(problem: string): never {
    throw new Error(`pattern ${JSON.stringify(this.source)}: ${problem} at ${this.at}`);
  }

  private alternatives(): Node[][] {
    const out = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    for (;;) {
      const c = this.source[this.at];
      if (c === undefined || c === "|" || c === ")") return nodes;
      if (c === "^" || c === "$") {
        this.at++;
        continue;
      }
      nodes.push(this.quantified(this.atom()));
    }
  }

  private atom(): Node {
    const c = this.source[this.at++] as string;
    if (c === "(") {
      if (this.source.startsWith("?:", this.at)) this.at += 2;
      else if (this.source[this.at] === "?") this.fail("lookarounds and named groups are not supported");
      const alternatives = this.alternatives();
      if (this.source[this.at++] !== ")") this.fail("unclosed group");
      return { kind: "group", alternatives };
    }
    if (c === "[") return this.charClass();
    if (c === ".") return chars(ESCAPES.S as string);
    if (c === "\\") return chars(this.escape());
    if ("*+?{".includes(c)) this.fail(`nothing to repeat before ${c}`);
    return chars(c);
  }

  /** The members of an escape after its backslash: a class escape or the escaped character itself. */
  private escape(): string {
    const c = this.source[this.at++];
    if (c === undefined) this.fail("trailing backslash");
    if (c === "p" || c === "P") {
      const end = this.source.indexOf("}", this.at);
      const name = `p${this.source.slice(this.at, end + 1)}`;
      const members = c === "p" ? ESCAPES[name] : undefined;
      if (end < 0 || members === undefined) this.fail(`unsupported property escape \\${c}`);
      this.at = end + 1;
      return members;
    }
    const members = ESCAPES[c];
    if (members !== undefined) return members;
    if (/[A-Za-z0-9]/.test(c)) this.fail(`unsupported escape \\${c}`);
    return c;
  }

  private charClass(): Node {
    if (this.source[this.at] === "^") this.fail("negated classes are not supported");
    const members: string[] = [];
    for (;;) {
      const c = this.source[this.at++];
      if (c === undefined) this.fail("unclosed class");
      if (c === "]") break;
      const from = c === "\\" ? this.escape() : c;
      const isRange =
        from.length === 1 &&
        this.source[this.at] === "-" &&
        ![undefined, "]"].includes(this.source[this.at + 1]);
      if (!isRange) {
        members.push(...from);
        continue;
      }
      this.at++;
      const toChar = this.source[this.at++] as string;
      const to = toChar === "\\" ? this.escape() : toChar;
      if (to.length !== 1 || to < from) this.fail(`bad range ${from}-${to}`);
      for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++)
        members.push(String.fromCharCode(code));
    }
    if (members.length === 0) this.fail("empty class");
    return { kind: "chars", members: alphanumericFirst(members), next: 0 };
  }

  private quantified(node: Node): Node {
    const c = this.source[this.at];
    const bounds: Record<string, [number, number]> = {
      "?": [0, 1],
      "*": [0, Number.POSITIVE_INFINITY],
      "+": [1, Number.POSITIVE_INFINITY],
    };
    const simple = c === undefined ? undefined : bounds[c];
    if (simple) {
      this.at++;
      return { kind: "repeat", node, min: simple[0], max: simple[1] };
    }
    if (c !== "{") return node;
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
    if (!match) this.fail("bad quantifier");
    this.at += match[0].length;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Number.POSITIVE_INFINITY;
    return { kind: "repeat", node, min, max };
  }
}

function chars(members: string): Node {
  return { kind: "chars", members: alphanumericFirst([...members]), next: 0 };
}

/** Writes one string: every repetition as close to `count` as its bounds allow. */
function emit(nodes: readonly Node[], count: number, lastAlternative: boolean): string {
  let out = "";
  for (const node of nodes) {
    if (node.kind === "chars") {
      out += node.members[node.next % node.members.length];
      node.next++;
    } else if (node.kind === "group") {
      const index = lastAlternative ? node.alternatives.length - 1 : 0;
      out += emit(node.alternatives[index] ?? [], count, lastAlternative);
    } else {
      const times = Math.min(Math.max(count, node.min), node.max);
      for (let i = 0; i < times; i++) out += emit([node.node], count, lastAlternative);
    }
  }
  return out;
}

export interface LengthRange {
  minLength?: number;
  maxLength?: number;
}

/** The repetition counts tried, in order: one of each first, then none, then more. */
const COUNTS = [1, 0, 2, 3, 4, 6, 8, 12, 16, 32, 64];

/**
 * A string matching `pattern` whose length is within `range`. Throws, naming the pattern, when the
 * pattern uses syntax this reader does not know or no string it tries fits.
 */
export function sampleForPattern(pattern: string, range: LengthRange = {}): string {
  const regex = new RegExp(pattern, "u");
  const min = range.minLength ?? 0;
  const max = range.maxLength ?? Number.POSITIVE_INFINITY;
  for (const lastAlternative of [true, false]) {
    for (const count of COUNTS) {
      // A fresh parse per try: every class hands out its members from the first again.
      const top: Node = { kind: "group", alternatives: new Parser(pattern).parse() };
      const text = emit([top], count, lastAlternative);
      const length = [...text].length;
      if (length >= min && length <= max && regex.test(text)) return text;
    }
  }
  throw new Error(
    `pattern ${JSON.stringify(pattern)}: no sample of length ${min} to ${max} found (add a case to pattern-sample.ts)`,
  );
}
