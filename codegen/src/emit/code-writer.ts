/**
 * A small printer for generated TypeScript: indentation, doc comments, and an import registry
 * that collects what the body uses and prints one sorted, de-duplicated import block.
 *
 *   const w = new CodeWriter();
 *   const Foo = w.importType("../models/index.js", "Foo");
 *   w.block(`export function f(x: ${Foo}): void`, () => w.line("return;"));
 *   w.toString(); // header, imports, body
 */
import { GENERATED_HEADER } from "./emitter.js";

interface ImportedName {
  /** Only ever used as a type (`import type`). */
  typeOnly: boolean;
  /** Local alias, when it differs from the exported name. */
  alias?: string;
}

/** Collects named imports per module specifier; prints them sorted and merged. */
export class ImportRegistry {
  private readonly modules = new Map<string, Map<string, ImportedName>>();

  /** Registers `name` from `from` and returns the local identifier to use. */
  add(from: string, name: string, options: { type?: boolean; alias?: string } = {}): string {
    let names = this.modules.get(from);
    if (!names) {
      names = new Map();
      this.modules.set(from, names);
    }
    const key = options.alias ? `${name} as ${options.alias}` : name;
    const existing = names.get(key);
    const typeOnly = options.type === true;
    if (existing) existing.typeOnly &&= typeOnly;
    else names.set(key, options.alias ? { typeOnly, alias: options.alias } : { typeOnly });
    return options.alias ?? name;
  }

  get size(): number {
    return this.modules.size;
  }

  /**
   * One statement per module, package imports before relative ones, each group sorted. A module
   * whose names are all type-only is printed as `import type { ... }`; otherwise mixed names get
   * inline `type` markers (as `verbatimModuleSyntax` requires).
   */
  toString(): string {
    const specifiers = [...this.modules.keys()].sort((a, b) => {
      const ra = a.startsWith(".") ? 1 : 0;
      const rb = b.startsWith(".") ? 1 : 0;
      return ra - rb || compare(a, b);
    });
    return specifiers
      .map((from) => {
        const names = [...(this.modules.get(from) ?? new Map<string, ImportedName>()).entries()].sort(
          ([a], [b]) => compare(a, b),
        );
        const allTypes = names.every(([, n]) => n.typeOnly);
        const list = names.map(([key, n]) => (!allTypes && n.typeOnly ? `type ${key}` : key)).join(", ");
        return `import ${allTypes ? "type " : ""}{ ${list} } from ${JSON.stringify(from)};\n`;
      })
      .join("");
  }
}

/** Builds one generated source file line by line. */
export class CodeWriter {
  readonly imports = new ImportRegistry();
  private readonly lines: string[] = [];
  private depth = 0;

  constructor(private readonly indentUnit = "  ") {}

  import(from: string, name: string, alias?: string): string {
    return this.imports.add(from, name, alias ? { alias } : {});
  }

  importType(from: string, name: string, alias?: string): string {
    return this.imports.add(from, name, alias ? { type: true, alias } : { type: true });
  }

  /** Appends lines (a multi-line string is split) at the current indentation; empty lines stay empty. */
  line(text = ""): this {
    for (const l of text.split("\n")) this.lines.push(l === "" ? "" : this.indentUnit.repeat(this.depth) + l);
    return this;
  }

  /** Runs `body` one level deeper. */
  indent(body: () => void): this {
    this.depth++;
    try {
      body();
    } finally {
      this.depth--;
    }
    return this;
  }

  /** `open {`, indented body, `}` + `close` (e.g. `;` or `,`). */
  block(open: string, body: () => void, close = ""): this {
    this.line(`${open} {`);
    this.indent(body);
    return this.line(`}${close}`);
  }

  /**
   * A JSDoc comment; nothing when `text` is empty or undefined. Prose is wrapped to the formatter's line width
   * (see {@link wrapDocLines}), which Biome itself leaves alone inside comments.
   */
  doc(text: string | undefined, tags: readonly string[] = []): this {
    const body = [...(text ? text.split("\n") : []), ...tags].map((l) => escapeComment(l).trimEnd());
    while (body.length > 0 && body[body.length - 1] === "") body.pop();
    if (body.length === 0) return this;
    const indent = this.indentUnit.length * this.depth;
    if (body.length === 1 && indent + (body[0] as string).length + 7 <= LINE_WIDTH) {
      return this.line(`/** ${body[0]} */`);
    }
    this.line("/**");
    for (const l of wrapDocLines(body, LINE_WIDTH - indent - 3)) this.line(l === "" ? " *" : ` * ${l}`);
    return this.line(" */");
  }

  /** Header line, blank line, imports, blank line, body; always ends with one newline. */
  toString(options: { header?: boolean } = {}): string {
    const parts: string[] = [];
    if (options.header !== false) parts.push(`${GENERATED_HEADER}\n`);
    if (this.imports.size > 0) parts.push(this.imports.toString());
    const body = trimBlankLines(this.lines).join("\n");
    if (body) parts.push(`${body}\n`);
    return parts.join("\n");
  }
}

/** A TypeScript string literal. */
export function tsString(value: string): string {
  return JSON.stringify(value);
}

/** A property key: bare when it is a valid identifier, quoted otherwise. */
export function tsPropertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** The line width of the repository's formatter (`biome.json`), which generated code keeps to. */
export const LINE_WIDTH = 110;

/**
 * Wraps the prose lines of a doc comment at word boundaries so none is longer than `width` (a word longer
 * than the width stays whole). Left as they are: fenced code blocks, indented code, table rows, headings and
 * blank lines. A wrapped list item's continuation lines are indented under its text, and neither an inline tag
 * such as `{@link Name}` nor a code span is split.
 */
export function wrapDocLines(lines: readonly string[], width: number): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || line.length <= width || /^(\s*(```|~~~|[|#])|\s{4})/.test(line)) {
      out.push(line);
      continue;
    }
    const lead = /^(\s*(?:[-*+]|\d+[.)])\s+|\s*)/.exec(line)?.[0] ?? "";
    const hang = " ".repeat(lead.length);
    let current = lead;
    let empty = true;
    for (const word of docWords(line.slice(lead.length))) {
      if (empty) current += word;
      else if (current.length + 1 + word.length <= width) current += ` ${word}`;
      else {
        out.push(current);
        current = hang + word;
      }
      empty = false;
    }
    out.push(current);
  }
  return out;
}

/** The words of a line, an inline tag (`{@link A B}`) or code span kept as one word. */
function docWords(text: string): string[] {
  return text.match(/(?:\{@[^}]*\}|`[^`]*`|[^\s{`]+|[{`])+/g) ?? [];
}

/** Makes text safe inside a block comment. */
export function escapeComment(text: string): string {
  return text.replace(/\*\//g, "*\\/");
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === "") start++;
  while (end > start && lines[end - 1] === "") end--;
  return lines.slice(start, end);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
