/**
 * Parser for Smithy selectors (`selectors.rst`): shape types, `*`, neighbors (`>`, `<`,
 * `-[rel]->`, `<-[rel]-`, `~>`), attributes with comparators, scoped attributes, functions
 * (`:is`, `:not`, `:test`, `:in`, `:root`, `:topdown`, `:recursive`) and variables.
 */
import { SIMPLE_SHAPE_TYPES } from "../../ast.js";
import type { Comparator, ScopedAssertion, ScopedValue, Selector, SelectorStep } from "./selector-ast.js";

export class SelectorSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly selector: string,
    readonly position: number,
  ) {
    super(`Syntax error at character ${position + 1} of selector \`${selector}\`: ${detail}`);
  }
}

const SHAPE_TYPES = new Set([
  ...SIMPLE_SHAPE_TYPES,
  "enum",
  "intEnum",
  "list",
  "set",
  "map",
  "structure",
  "union",
  "member",
  "service",
  "resource",
  "operation",
  "number",
  "simpleType",
  "collection",
  "aggregateType",
  "serviceType",
  "dataType",
]);

const FUNCTIONS = new Set(["not", "test", "is", "in", "root", "topdown", "recursive", "each"]);

const BREAK = new Set([",", "]", ")"]);

/** Parses a selector expression; throws `SelectorSyntaxError`. */
export function parseSelector(text: string): Selector {
  const parser = new Parser(text);
  const result = parser.sequence();
  parser.ws();
  if (!parser.eof()) parser.fail(`Unexpected selector character: ${parser.peek()}`);
  return result;
}

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  eof(): boolean {
    return this.pos >= this.text.length;
  }

  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? "";
  }

  fail(detail: string): never {
    throw new SelectorSyntaxError(detail, this.text, this.pos);
  }

  ws(): void {
    while (!this.eof()) {
      const c = this.peek();
      if (c === " " || c === "\t" || c === "\n" || c === "\r") {
        this.pos++;
      } else if (c === "/" && this.peek(1) === "/") {
        while (!this.eof() && this.peek() !== "\n") this.pos++;
      } else {
        return;
      }
    }
  }

  expect(...chars: string[]): string {
    const c = this.peek();
    if (c === "" || !chars.includes(c)) {
      const what = c === "" ? "end of selector" : `'${c}'`;
      this.fail(`Expected one of ${chars.map((x) => `'${x}'`).join(", ")} but found ${what}`);
    }
    this.pos++;
    return c;
  }

  sequence(): Selector {
    const steps: Selector = [];
    this.ws();
    steps.push(this.step());
    this.ws();
    while (!this.eof() && !BREAK.has(this.peek())) {
      steps.push(this.step());
      this.ws();
    }
    // `*` is the identity step; an empty sequence passes every shape through.
    return steps.filter((s) => s.kind !== "any");
  }

  step(): SelectorStep {
    this.ws();
    const c = this.peek();
    switch (c) {
      case ":":
        this.pos++;
        return this.func();
      case "[":
        this.pos++;
        if (this.peek() === "@") {
          this.pos++;
          return this.scoped();
        }
        return this.attribute();
      case ">":
        this.pos++;
        return { kind: "neighbor", reverse: false, rels: [] };
      case "<":
        this.pos++;
        if (this.peek() === "-") {
          this.pos++;
          this.expect("[");
          const rels = this.relationships();
          this.expect("-");
          return { kind: "neighbor", reverse: true, rels };
        }
        return { kind: "neighbor", reverse: true, rels: [] };
      case "~":
        this.pos++;
        this.expect(">");
        return { kind: "recursiveNeighbor" };
      case "-": {
        this.pos++;
        this.expect("[");
        const rels = this.relationships();
        this.expect("-");
        this.expect(">");
        return { kind: "neighbor", reverse: false, rels };
      }
      case "*":
        this.pos++;
        return { kind: "any" };
      case "$":
        this.pos++;
        return this.variable();
      case "":
        return this.fail("Unexpected selector EOF");
      default: {
        if (!isIdentifierStart(c)) this.fail(`Unexpected selector character: ${c}`);
        const name = this.identifier();
        if (!SHAPE_TYPES.has(name)) {
          this.pos -= name.length;
          this.fail(`Unknown shape type: ${name}`);
        }
        return { kind: "type", name };
      }
    }
  }

  identifier(): string {
    const start = this.pos;
    if (!isIdentifierStart(this.peek())) {
      const found = this.eof() ? "end of selector" : `'${this.peek()}'`;
      this.fail(`Expected a valid identifier character, but found ${found}`);
    }
    while (/[A-Za-z0-9_]/.test(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }

  relationships(): string[] {
    const rels: string[] = [];
    let next: string;
    do {
      this.ws();
      rels.push(this.identifier());
      this.ws();
      next = this.expect("]", ",");
    } while (next !== "]");
    return rels;
  }

  func(): SelectorStep {
    const name = this.identifier();
    this.ws();
    this.expect("(");
    const args: Selector[] = [];
    let next: string;
    do {
      args.push(this.sequence());
      this.ws();
      next = this.expect(")", ",");
    } while (next !== ")");
    const single = (fn: string) => {
      if (args.length !== 1) this.fail(`The :${fn} function requires a single selector argument`);
    };
    switch (name) {
      case "not":
      case "in":
      case "root":
      case "recursive":
        single(name);
        return { kind: "function", name, args };
      case "topdown":
        if (args.length > 2)
          this.fail(`The :topdown function accepts 1 or 2 selectors, but found ${args.length}`);
        return { kind: "function", name, args };
      case "each":
        return { kind: "function", name: "is", args };
      default:
        return { kind: "function", name: FUNCTIONS.has(name) ? (name as "test" | "is") : "unknown", args };
    }
  }

  variable(): SelectorStep {
    this.ws();
    if (this.peek() === "{") {
      this.pos++;
      this.ws();
      const name = this.identifier();
      this.ws();
      this.expect("}");
      return { kind: "getVariable", name };
    }
    const name = this.identifier();
    this.ws();
    this.expect("(");
    const selector = this.sequence();
    this.ws();
    this.expect(")");
    return { kind: "setVariable", name, selector };
  }

  attribute(): SelectorStep {
    this.ws();
    const path = this.attributePath();
    this.ws();
    const next = this.expect("]", "=", "!", "^", "$", "*", "?", ">", "<", "{");
    if (next === "]") return { kind: "attribute", path, insensitive: false };
    const comparator = this.comparator(next);
    const values = [this.value()];
    this.ws();
    while (this.peek() === ",") {
      this.pos++;
      values.push(this.value());
      this.ws();
    }
    const insensitive = this.insensitive();
    this.expect("]");
    return { kind: "attribute", path, comparator, values, insensitive };
  }

  insensitive(): boolean {
    this.ws();
    if (this.peek() === "i") {
      this.pos++;
      this.ws();
      return true;
    }
    return false;
  }

  comparator(first: string): Comparator {
    let result: Comparator;
    switch (first) {
      case "=":
        result = "=";
        break;
      case "!":
      case "^":
      case "$":
      case "*":
      case "?":
        this.expect("=");
        result = `${first}=` as Comparator;
        break;
      case ">":
      case "<":
        if (this.peek() === "=") {
          this.pos++;
          result = `${first}=` as Comparator;
        } else {
          result = first;
        }
        break;
      case "{": {
        const c = this.expect("<", "=", "!");
        if (c === "<") {
          if (this.peek() === "<") {
            this.pos++;
            result = "{<<}";
          } else {
            result = "{<}";
          }
        } else if (c === "=") {
          result = "{=}";
        } else {
          this.expect("=");
          result = "{!=}";
        }
        this.expect("}");
        break;
      }
      default:
        return this.fail(`Unknown attribute comparator token '${first}'`);
    }
    this.ws();
    return result;
  }

  attributePath(): string[] {
    this.ws();
    if (this.peek() === ":") return [];
    const path = [this.identifier()];
    path.push(...this.pathSegments());
    return path;
  }

  pathSegments(): string[] {
    this.ws();
    const out: string[] = [];
    while (this.peek() === "|") {
      this.pos++;
      out.push(this.pathSegment());
    }
    return out;
  }

  pathSegment(): string {
    this.ws();
    if (this.peek() === "(") {
      this.pos++;
      const name = this.identifier();
      this.expect(")");
      return `(${name})`;
    }
    return this.value();
  }

  value(): string {
    this.ws();
    const c = this.peek();
    if (c === "'" || c === '"') {
      this.pos++;
      const start = this.pos;
      while (!this.eof() && this.peek() !== c) this.pos++;
      if (this.eof()) this.fail(`Expected ${c} to close ${this.text.slice(start)}`);
      const result = this.text.slice(start, this.pos);
      this.pos++;
      this.ws();
      return result;
    }
    if (c === "-" || /[0-9]/.test(c)) return this.number();
    return this.rootShapeId();
  }

  number(): string {
    const start = this.pos;
    if (this.peek() === "-") this.pos++;
    if (!/[0-9]/.test(this.peek())) this.fail("Invalid number");
    while (/[0-9]/.test(this.peek())) this.pos++;
    if (this.peek() === ".") {
      this.pos++;
      if (!/[0-9]/.test(this.peek())) this.fail("Invalid number: '.' must be followed by a digit");
      while (/[0-9]/.test(this.peek())) this.pos++;
    }
    if (this.peek() === "e" || this.peek() === "E") {
      this.pos++;
      if (this.peek() === "+" || this.peek() === "-") this.pos++;
      if (!/[0-9]/.test(this.peek())) this.fail("Invalid number: exponent must be followed by a digit");
      while (/[0-9]/.test(this.peek())) this.pos++;
    }
    return this.text.slice(start, this.pos);
  }

  rootShapeId(): string {
    const start = this.pos;
    this.identifier();
    while (this.peek() === ".") {
      this.pos++;
      this.identifier();
    }
    if (this.peek() === "#") {
      this.pos++;
      this.identifier();
    }
    return this.text.slice(start, this.pos);
  }

  scoped(): SelectorStep {
    this.ws();
    const path = this.attributePath();
    this.ws();
    this.expect(":");
    this.ws();
    const assertions: ScopedAssertion[] = [this.scopedAssertion()];
    this.ws();
    while (this.peek() === "&") {
      this.expect("&");
      this.expect("&");
      this.ws();
      assertions.push(this.scopedAssertion());
    }
    this.expect("]");
    return { kind: "scoped", path, assertions };
  }

  scopedAssertion(): ScopedAssertion {
    const lhs = this.scopedValue();
    const c = this.peek();
    this.pos++;
    const comparator = this.comparator(c);
    const rhs = [this.scopedValue()];
    while (this.peek() === ",") {
      this.pos++;
      rhs.push(this.scopedValue());
    }
    const insensitive = this.insensitive();
    return { lhs, comparator, rhs, insensitive };
  }

  scopedValue(): ScopedValue {
    this.ws();
    if (this.peek() === "@") {
      this.pos++;
      this.expect("{");
      const path = [this.pathSegment(), ...this.pathSegments()];
      this.expect("}");
      this.ws();
      return { kind: "path", path };
    }
    const value = this.value();
    this.ws();
    return { kind: "literal", value };
  }
}

function isIdentifierStart(c: string): boolean {
  return /[A-Za-z_]/.test(c);
}
