/**
 * The Smithy IDL 2.0 parser: turns one `.smithy` file into
 * shape definitions for the assembler. Syntax errors become diagnostics located at the
 * offending token; after an error the parser skips to the next statement that starts at
 * column 1 (as Smithy does) and goes on. It never throws.
 */
import { type ShapeType, SIMPLE_SHAPE_TYPES } from "../model/ast.js";
import {
  type ApplyDef,
  emptyParsedFile,
  type MemberDef,
  type ParsedFile,
  type RawNode,
  type RawObject,
  type RefDef,
  type ShapeDef,
  SyntacticShapeId,
  type TraitDef,
} from "../model/definitions.js";
import type { Severity } from "../model/diagnostic.js";
import { setKey } from "../model/node-value.js";
import { Located, type SourceLocation } from "../model/source-location.js";
import { nodeText, readEntityBody } from "./entity-body.js";
import { Interner } from "./interner.js";
import { Lexer } from "./lexer.js";
import { describeExpected, describeFound, T } from "./token.js";

const MAX_DEPTH = 64;

/** Shared empty lists (most members have no traits, most shapes no mixins); never mutated. */
const NO_TRAITS: TraitDef[] = [];
const NO_MEMBERS: MemberDef[] = [];
const NO_REFS: RefDef[] = [];

/** Members up to this count are checked for duplicates by a scan instead of a Set. */
const SCAN_LIMIT = 16;

/** Pops `stack[base..]` as a list of its exact size (pushing onto `[]` over-allocates). */
function popFrom<V>(stack: V[], base: number, empty: V[]): V[] {
  if (stack.length === base) return empty;
  const list = stack.slice(base);
  stack.length = base;
  return list;
}

/** The traits an inline input or output structure gets (constants: one string for every use). */
const INPUT_TRAIT = "smithy.api#input";
const DOCUMENTATION = "smithy.api#documentation";
const OUTPUT_TRAIT = "smithy.api#output";

const DANGLING_DOCS =
  "Found documentation comments ('///') attached to nothing. Documentation comments must appear on their own lines, directly before shapes and members, and before any traits. The invalid comments were: ";

class IdlSyntaxError {
  constructor(
    readonly message: string,
    readonly line: number,
    readonly column: number,
    readonly shapeId?: string,
  ) {}
}

/**
 * The documentation comment block read but not attached yet. There is at most one at a time, so the
 * parser reuses one record: a block costs no object but its text (models document nearly every
 * shape and member).
 */
class PendingDocs {
  active = false;
  /** The first line, and every line once there are several (`more[0]` is the first). */
  first = "";
  more: string[] | undefined = undefined;
  line = 0;
  column = 0;
  /** Token index right after the comments; docs are dangling once any token is consumed. */
  index = 0;

  start(text: string, line: number, column: number): void {
    this.active = true;
    this.first = text;
    this.more = undefined;
    this.line = line;
    this.column = column;
  }

  add(text: string): void {
    if (this.more === undefined) this.more = [this.first, text];
    else this.more.push(text);
  }

  text(): string {
    return this.more === undefined ? this.first : this.more.join("\n");
  }
}

/** How `parseIdl` hands over what it reads. */
export interface ParseOptions {
  /** Given each shape definition as soon as it is read, instead of collecting them in `shapes`. */
  onShape?: (def: ShapeDef) => void;
  /** Shares identifier strings with the other files of a model. */
  names?: Interner;
}

/** A trait application as read (only error messages ask where it was written: see `Located`). */
class ParsedTrait extends Located implements TraitDef {
  constructor(
    readonly name: string,
    readonly value: RawNode | undefined,
    file: string,
    line: number,
    column: number,
  ) {
    super(file, line, column);
  }
}

/** Parses one IDL file. `file` is used in source locations. */
export function parseIdl(text: string, file: string, options: ParseOptions = {}): ParsedFile {
  return new IdlParser(text, file, options).parse();
}

class IdlParser {
  readonly lex: Lexer;
  readonly out: ParsedFile;
  readonly docs = new PendingDocs();
  /** Whether the file declared `$version: "2"` / "2.0". */
  v2 = false;
  inputSuffix = "Input";
  outputSuffix = "Output";
  readonly names: Interner;
  readonly onShape: ((def: ShapeDef) => void) | undefined;
  /** `namespace#`, once the namespace is known and a shape is read. */
  idPrefix: string | undefined;
  /** Traits, members and shape references being collected; lists are copied out at their exact size. */
  readonly traitStack: TraitDef[] = [];
  readonly memberStack: MemberDef[] = [];
  readonly refStack: RefDef[] = [];

  constructor(
    readonly src: string,
    readonly file: string,
    options: ParseOptions,
  ) {
    const text = src.charCodeAt(0) === 0xfeff ? src.slice(1) : src;
    this.names = options.names?.read(text) ?? new Interner(text);
    this.lex = new Lexer(text, this.names);
    this.onShape = options.onShape;
    this.out = emptyParsedFile(file, false);
    this.out.scope.version = "1.0";
  }

  /** The current token kind (a method, so TypeScript does not narrow it across calls). */
  t(): T {
    return this.lex.type;
  }

  // ------------------------------------------------------------------ diagnostics

  here(): SourceLocation {
    return { file: this.file, line: this.lex.line, column: this.lex.column };
  }

  fail(message: string, shapeId?: string): never {
    throw new IdlSyntaxError(message, this.lex.line, this.lex.column, shapeId);
  }

  found(): string {
    if (this.t() === T.ERROR) return `ERROR('${this.lex.lexeme()}')`;
    return describeFound(this.t(), this.lex.lexeme());
  }

  /** Throws the lexer's own message for ERROR tokens, else "Expected X but found Y". */
  unexpected(...expected: T[]): never {
    if (this.t() === T.ERROR) this.fail(this.lex.text);
    if (expected.length === 1)
      this.fail(`Expected ${describeExpected(expected[0] as T)} but found ${this.found()}`);
    this.fail(`Expected one of ${expected.map(describeExpected).join(", ")}; but found ${this.found()}`);
  }

  warn(severity: Severity, message: string, location: SourceLocation, id = "Model"): void {
    this.out.diagnostics.push({ severity, id, message, location });
  }

  error(message: string, location: SourceLocation, shapeId?: string): void {
    const d = { severity: "ERROR" as const, id: "Model", message, location, shapeId };
    if (shapeId === undefined) delete d.shapeId;
    this.out.diagnostics.push(d);
  }

  // ------------------------------------------------------------------ whitespace

  /** Skips spaces only (`SP`). */
  sp(): void {
    while (this.t() === T.SPACE) this.lex.next();
  }

  /** Skips `WS`: spaces, newlines, commas, comments; collects documentation comments. */
  ws(): void {
    this.flushDanglingDocs();
    const lex = this.lex;
    for (;;) {
      switch (this.t()) {
        case T.SPACE:
        case T.NEWLINE:
        case T.COMMA:
        case T.COMMENT:
          lex.next();
          continue;
        case T.DOC_COMMENT:
          this.collectDoc();
          continue;
        default:
          this.docs.index = lex.index;
          return;
      }
    }
  }

  collectDoc(): void {
    const lex = this.lex;
    const docs = this.docs;
    if (docs.active) docs.add(lex.text);
    else docs.start(lex.text, lex.line, lex.column);
    lex.next();
  }

  /** Docs collected before the current token, if nothing was consumed since. */
  takeDocs(): TraitDef | undefined {
    const docs = this.docs;
    if (!docs.active) return undefined;
    docs.active = false;
    if (docs.index !== this.lex.index) {
      this.danglingDocs(docs);
      return undefined;
    }
    return new ParsedTrait(DOCUMENTATION, docs.text(), this.file, docs.line, docs.column);
  }

  dropDocs(): void {
    this.docs.active = false;
  }

  flushDanglingDocs(): void {
    if (this.docs.active && this.docs.index !== this.lex.index) {
      this.danglingDocs(this.docs);
      this.docs.active = false;
    }
  }

  danglingDocs(docs: PendingDocs): void {
    this.warn(
      "WARNING",
      DANGLING_DOCS + docs.text(),
      { file: this.file, line: docs.line, column: docs.column },
      "Model.BadDocumentationComment",
    );
  }

  /** A mandatory line break (`BR`), satisfied by a newline or comment; EOF also ends a statement. */
  br(): void {
    this.sp();
    const lex = this.lex;
    if (this.t() === T.EOF) return;
    if (this.t() === T.DOC_COMMENT) {
      // a trailing `///` on a statement's line documents nothing
      this.warn("WARNING", DANGLING_DOCS + lex.text, this.here(), "Model.BadDocumentationComment");
      lex.next();
      this.ws();
      return;
    }
    if (this.t() !== T.NEWLINE && this.t() !== T.COMMENT) {
      if (this.t() === T.ERROR) this.fail(lex.text);
      this.fail(`Expected a line break, but found ${this.found()}`);
    }
    this.ws();
  }

  expect(type: T): void {
    if (this.t() !== type) this.unexpected(type);
    this.lex.next();
  }

  /** Requires at least one space (`SP`). */
  expectSp(): void {
    if (this.t() !== T.SPACE) {
      if (this.t() === T.ERROR) this.fail(this.lex.text);
      this.fail(`Expected one or more whitespace characters, but found ${this.found()}`);
    }
    this.sp();
  }

  identifier(): string {
    if (this.t() !== T.IDENTIFIER) this.unexpected(T.IDENTIFIER);
    const name = this.names.get(this.lex.start, this.lex.end);
    this.lex.next();
    return name;
  }

  isKeyword(word: string): boolean {
    const lex = this.lex;
    return (
      this.t() === T.IDENTIFIER &&
      lex.end - lex.start === word.length &&
      this.lex.src.startsWith(word, lex.start)
    );
  }

  // ------------------------------------------------------------------ shape ids

  namespace(): string {
    let ns = this.identifier();
    while (this.t() === T.DOT) {
      this.lex.next();
      ns += `.${this.identifier()}`;
    }
    return ns;
  }

  /** Consumes one IDENTIFIER token without copying its text. */
  skipIdentifier(): void {
    if (this.t() !== T.IDENTIFIER) this.unexpected(T.IDENTIFIER);
    this.lex.next();
  }

  /** `ShapeId`: contiguous `ns.a#Name$member`, `Name`, `Name$member`. */
  shapeId(): RefDef {
    const location = this.here();
    return { id: this.shapeIdText(), location };
  }

  /** The text of a `ShapeId`. */
  shapeIdText(): string {
    const start = this.lex.start;
    this.skipIdentifier();
    let sawDot = false;
    while (this.t() === T.DOT) {
      sawDot = true;
      this.lex.next();
      this.skipIdentifier();
    }
    if (this.t() === T.POUND) {
      this.lex.next();
      this.skipIdentifier();
    } else if (sawDot) {
      this.fail(`Expected ${describeExpected(T.POUND)} but found ${this.found()}`);
    }
    if (this.t() === T.DOLLAR) {
      this.lex.next();
      this.skipIdentifier();
    }
    return this.names.get(start, this.lex.start);
  }

  // ------------------------------------------------------------------ file

  parse(): ParsedFile {
    let phase: "control" | "metadata" | "namespace" | "shapes" = "control";
    const seenControl = new Set<string>();
    this.ws();
    while (this.t() !== T.EOF) {
      try {
        if (phase === "control" && this.t() === T.DOLLAR) {
          this.controlStatement(seenControl);
          continue;
        }
        if (phase === "control") {
          phase = "metadata";
          this.out.scope.version = this.v2 ? "2.0" : "1.0";
        }
        if (phase === "metadata" && this.isKeyword("metadata")) {
          this.metadataStatement();
          continue;
        }
        if (phase === "metadata") phase = "namespace";
        if (phase === "namespace") {
          if (!this.isKeyword("namespace")) {
            this.fail(`Expected a namespace definition but found ${this.found()}`);
          }
          this.namespaceStatement();
          phase = "shapes";
          while (this.isKeyword("use")) this.useStatement();
          continue;
        }
        this.shapeOrApply();
      } catch (e) {
        if (!(e instanceof IdlSyntaxError)) throw e;
        this.traitStack.length = 0;
        this.memberStack.length = 0;
        this.refStack.length = 0;
        const d = {
          severity: "ERROR" as const,
          id: "Model",
          message: e.message,
          location: { file: this.file, line: e.line, column: e.column },
          shapeId: e.shapeId,
        };
        if (e.shapeId === undefined) delete d.shapeId;
        this.out.diagnostics.push(d);
        if (!this.recover()) break;
        if (phase === "control") {
          phase = "metadata";
          this.out.scope.version = this.v2 ? "2.0" : "1.0";
        }
      }
    }
    this.flushDanglingDocs();
    if (this.docs.active) {
      this.danglingDocs(this.docs);
      this.docs.active = false;
    }
    return this.out;
  }

  /** Skips to the next token at column 1 that can start a statement. False at EOF. */
  recover(): boolean {
    const lex = this.lex;
    this.docs.active = false;
    if (this.t() === T.EOF) return false;
    lex.next();
    for (;;) {
      if (this.t() === T.EOF) return false;
      if (
        lex.column === 1 &&
        (this.t() === T.IDENTIFIER ||
          this.t() === T.DOC_COMMENT ||
          this.t() === T.AT ||
          this.t() === T.DOLLAR)
      ) {
        if (this.t() === T.DOC_COMMENT) this.ws();
        return true;
      }
      lex.next();
    }
  }

  controlStatement(seen: Set<string>): void {
    const location = this.here();
    this.expect(T.DOLLAR);
    const key = this.objectKey();
    this.sp();
    this.expect(T.COLON);
    this.sp();
    const valueLocation = this.here();
    const value = this.nodeValue(0);
    if (seen.has(key)) this.error(`Duplicate control statement \`${key}\``, location);
    seen.add(key);
    switch (key) {
      case "version":
        if (typeof value !== "string") {
          this.error(
            `The $version control statement must have a string value, but found ${nodeText(value)}`,
            valueLocation,
          );
        } else if (value === "2" || value === "2.0") {
          this.v2 = true;
        } else if (value !== "1" && value !== "1.0") {
          this.error(`Unsupported Smithy version number: ${value}`, valueLocation);
        }
        break;
      case "operationInputSuffix":
      case "operationOutputSuffix":
        if (typeof value !== "string") {
          this.error(`Expected a string value for \`${key}\``, valueLocation);
        } else if (key === "operationInputSuffix") {
          this.inputSuffix = value;
        } else {
          this.outputSuffix = value;
        }
        break;
      default:
        this.warn(
          "WARNING",
          `Unknown control statement \`${key}\` with value \`${nodeText(value)}\``,
          location,
        );
    }
    this.br();
  }

  metadataStatement(): void {
    this.lex.next(); // metadata
    this.expectSp();
    const location = this.here();
    const key = this.objectKey();
    this.sp();
    this.expect(T.EQUAL);
    this.sp();
    const value = this.nodeValue(0);
    this.out.metadata.push({ key, value, location, scope: this.out.scope });
    this.br();
  }

  namespaceStatement(): void {
    this.lex.next();
    this.expectSp();
    this.out.scope.namespace = this.namespace();
    this.br();
  }

  useStatement(): void {
    this.lex.next();
    this.expectSp();
    const ref = this.shapeId();
    if (!ref.id.includes("#")) {
      throw new IdlSyntaxError(
        `Use statements must use absolute shape IDs: ${ref.id}`,
        ref.location.line,
        ref.location.column,
      );
    }
    if (ref.id.includes("$")) {
      throw new IdlSyntaxError("Use statements cannot use members", ref.location.line, ref.location.column);
    }
    const name = ref.id.slice(ref.id.indexOf("#") + 1);
    const previous = this.out.scope.uses.get(name);
    if (previous && previous.id !== ref.id) {
      this.error(`Cannot use name \`${ref.id}\` because it conflicts with \`${previous.id}\``, ref.location);
    } else {
      this.out.scope.uses.set(name, ref);
    }
    this.br();
  }

  // ------------------------------------------------------------------ shapes

  shapeOrApply(): void {
    const docs = this.takeDocs();
    if (this.isKeyword("apply")) {
      this.applyStatement();
      return;
    }
    const base = this.traitStack.length;
    if (docs) this.traitStack.push(docs);
    this.traitStatements();
    const traits = popFrom(this.traitStack, base, NO_TRAITS);
    const location = this.here();
    if (this.isKeyword("apply")) {
      this.fail("Traits applied to apply statement");
    }
    if (this.t() !== T.IDENTIFIER) this.unexpected(T.IDENTIFIER);
    const keyword = this.names.get(this.lex.start, this.lex.end);
    if (SIMPLE_SHAPE_TYPES.has(keyword)) {
      const def = this.shapeHeader(keyword as ShapeType, traits, location, false);
      this.push(def);
    } else if (keyword === "enum" || keyword === "intEnum") {
      if (!this.v2) this.fail(`${keyword} shapes cannot be used in Smithy version 1.0`);
      const def = this.shapeHeader(keyword, traits, location, false);
      this.ws();
      this.enumMembers(def);
      this.push(def);
    } else if (keyword === "list" || keyword === "map" || keyword === "structure" || keyword === "union") {
      const def = this.shapeHeader(keyword, traits, location, true);
      this.ws();
      this.shapeMembers(def);
      this.push(def);
    } else if (keyword === "set") {
      if (this.v2) this.fail("set shapes cannot be used in Smithy version 2.0");
      const def = this.shapeHeader("set", traits, location, true);
      this.ws();
      this.shapeMembers(def);
      this.push(def);
    } else if (keyword === "service" || keyword === "resource") {
      const def = this.shapeHeader(keyword, traits, location, false);
      this.ws();
      this.entityBody(def);
      this.push(def);
    } else if (keyword === "operation") {
      const def = this.shapeHeader(keyword, traits, location, false);
      this.ws();
      const inline = this.operationBody(def);
      this.push(def);
      for (const s of inline) this.push(s);
    } else {
      this.fail(`Unknown shape type: ${keyword}`);
    }
    this.br();
  }

  /** Duplicate IDs (in this file or across files) are reported by the assembler. */
  push(def: ShapeDef): void {
    if (this.onShape) this.onShape(def);
    else this.out.shapes.push(def);
  }

  /** `type SP Name [for R] [with [...]]`. */
  shapeHeader(
    type: ShapeType | "set",
    traits: TraitDef[],
    location: SourceLocation,
    allowFor: boolean,
  ): ShapeDef {
    this.lex.next(); // type keyword
    this.expectSp();
    const line = this.lex.line;
    const column = this.lex.column;
    const name = this.identifier();
    // one string concatenation per shape ID (`ns#` is made once per file)
    this.idPrefix ??= `${this.out.scope.namespace ?? ""}#`;
    const id = this.idPrefix + name;
    const imported = this.out.scope.uses.size > 0 ? this.out.scope.uses.get(name) : undefined;
    if (imported && imported.id !== id) {
      this.error(
        `Shape name \`${name}\` conflicts with imported shape \`${imported.id}\``,
        { file: this.file, line, column },
        id,
      );
    }
    const def: ShapeDef = {
      id,
      type,
      scope: this.out.scope,
      location,
      traits,
      mixins: NO_REFS,
      members: NO_MEMBERS,
    };
    this.checkTraitsVersion(traits);
    this.sp();
    if (allowFor && this.isKeyword("for")) {
      if (!this.v2)
        this.fail("Resource-bound structures (`for`) can only be used with Smithy version 2 or later.");
      this.lex.next();
      this.expectSp();
      def.forResource = this.shapeId();
      this.sp();
    }
    if (this.isKeyword("with")) this.mixins(def);
    return def;
  }

  mixins(def: ShapeDef): void {
    if (!this.v2) {
      this.fail(
        "Mixins can only be used with Smithy version 2 or later. Attempted to use mixins with version `1.0`.",
      );
    }
    this.lex.next(); // with
    this.ws();
    this.expect(T.LBRACKET);
    this.ws();
    if (this.t() === T.RBRACKET) this.unexpected(T.IDENTIFIER);
    def.mixins = this.shapeIdList();
  }

  checkTraitsVersion(traits: readonly TraitDef[], from = 0): void {
    for (let i = from; i < traits.length; i++) {
      const t = traits[i] as TraitDef;
      const short = t.name === "smithy.api#box" || t.name === "box";
      if (short && this.v2) this.error("@box is not supported in Smithy IDL 2.0", t.location);
      if (!this.v2 && (t.name === "default" || t.name === "smithy.api#default")) {
        this.error("@default is only supported in IDL version 2 or later", t.location);
      }
    }
  }

  /** `*(Trait [WS])`, pushed onto the trait stack. */
  traitStatements(): void {
    while (this.t() === T.AT) {
      this.traitStack.push(this.trait());
      this.ws();
    }
  }

  /** Shape IDs up to `]` (consumed), as an exact-size list. */
  shapeIdList(): RefDef[] {
    const stack = this.refStack;
    const base = stack.length;
    while (this.t() !== T.RBRACKET) {
      stack.push(this.shapeId());
      this.ws();
    }
    this.lex.next();
    return stack.length === base ? [] : popFrom(stack, base, NO_REFS);
  }

  /** Whether `name` is already a member collected since `base` (`seen` holds them past a few). */
  isDuplicateMember(name: string, base: number, seen: Set<string> | undefined): boolean {
    if (seen) return seen.has(name);
    const stack = this.memberStack;
    for (let i = base; i < stack.length; i++) if ((stack[i] as MemberDef).name === name) return true;
    return false;
  }

  /** Records a member name for duplicate checks; returns the Set once there are many. */
  noteMember(name: string, base: number, seen: Set<string> | undefined): Set<string> | undefined {
    if (seen) return seen.add(name);
    const stack = this.memberStack;
    if (stack.length - base < SCAN_LIMIT) return undefined;
    const all = new Set<string>([name]);
    for (let i = base; i < stack.length; i++) all.add((stack[i] as MemberDef).name);
    return all;
  }

  trait(): TraitDef {
    const line = this.lex.line;
    const column = this.lex.column;
    this.expect(T.AT);
    const name = this.shapeIdText();
    if (this.t() !== T.LPAREN) return new ParsedTrait(name, undefined, this.file, line, column);
    this.lex.next();
    this.ws();
    if (this.t() === T.RPAREN) {
      this.lex.next();
      return new ParsedTrait(name, undefined, this.file, line, column);
    }
    let value: RawNode;
    if ((this.t() === T.IDENTIFIER || this.t() === T.STRING) && this.lex.peekSignificant() === 58) {
      value = this.traitStructure();
    } else {
      value = this.nodeValue(1);
    }
    this.ws();
    this.expect(T.RPAREN);
    return new ParsedTrait(name, value, this.file, line, column);
  }

  traitStructure(): RawObject {
    const obj: RawObject = {};
    while (this.t() !== T.RPAREN) {
      const keyLocation = this.here();
      const key = this.objectKey();
      if (Object.hasOwn(obj, key)) {
        throw new IdlSyntaxError(`Duplicate member of trait: '${key}'`, keyLocation.line, keyLocation.column);
      }
      this.ws();
      this.expect(T.COLON);
      this.ws();
      setKey(obj, key, this.nodeValue(1));
      this.ws();
    }
    return obj;
  }

  shapeMembers(def: ShapeDef): void {
    this.expect(T.LBRACE);
    this.ws();
    let seen: Set<string> | undefined;
    const members = this.memberStack;
    const base = members.length;
    const traitStack = this.traitStack;
    while (this.t() !== T.RBRACE) {
      const docs = this.takeDocs();
      const traitBase = traitStack.length;
      if (docs) traitStack.push(docs);
      this.traitStatements();
      const location = this.here();
      let name: string;
      let target: string | undefined;
      if (this.t() === T.DOLLAR) {
        if (!this.v2) this.fail("Members can only elide targets in IDL version 2 or later");
        this.lex.next();
        name = this.identifier();
      } else {
        name = this.identifier();
        this.sp();
        this.expect(T.COLON);
        this.sp();
        target = this.shapeIdText();
      }
      if (this.isDuplicateMember(name, base, seen)) {
        throw new IdlSyntaxError(
          `Duplicate member of \`${def.id}\`: '${name}'`,
          location.line,
          location.column,
          def.id,
        );
      }
      if (traitStack.length > traitBase) this.checkTraitsVersion(traitStack, traitBase);
      this.valueAssignment("smithy.api#default");
      const traits = popFrom(traitStack, traitBase, NO_TRAITS);
      seen = this.noteMember(name, base, seen);
      members.push({ name, target, traits, location });
      this.ws();
    }
    this.lex.next();
    def.members = popFrom(members, base, NO_MEMBERS);
  }

  /** `[SP] "=" [SP] NodeValue [SP] [Comma] BR`, stored as a trait pushed onto the trait stack. */
  valueAssignment(trait: string): void {
    this.sp();
    if (this.t() !== T.EQUAL) return;
    if (!this.v2 && trait === "smithy.api#default") {
      this.fail("@default assignment is only supported in IDL version 2 or later");
    }
    const line = this.lex.line;
    const column = this.lex.column;
    this.lex.next();
    this.sp();
    const value = this.nodeValue(0);
    this.sp();
    if (this.t() === T.COMMA) this.lex.next();
    this.br();
    this.traitStack.push(new ParsedTrait(trait, value, this.file, line, column));
  }

  enumMembers(def: ShapeDef): void {
    this.expect(T.LBRACE);
    this.ws();
    let seen: Set<string> | undefined;
    const members = this.memberStack;
    const base = members.length;
    const traitStack = this.traitStack;
    if (this.t() === T.RBRACE) this.unexpected(T.IDENTIFIER);
    while (this.t() !== T.RBRACE) {
      const docs = this.takeDocs();
      const traitBase = traitStack.length;
      if (docs) traitStack.push(docs);
      this.traitStatements();
      const location = this.here();
      const name = this.identifier();
      if (this.isDuplicateMember(name, base, seen)) {
        throw new IdlSyntaxError(
          `Found conflicting member name, \`${name}\``,
          location.line,
          location.column,
          def.id,
        );
      }
      this.valueAssignment("smithy.api#enumValue");
      const traits = popFrom(traitStack, traitBase, NO_TRAITS);
      seen = this.noteMember(name, base, seen);
      members.push({ name, target: "smithy.api#Unit", traits, location });
      this.ws();
    }
    this.lex.next();
    def.members = popFrom(members, base, NO_MEMBERS);
  }

  entityBody(def: ShapeDef): void {
    const location = this.here();
    if (this.t() !== T.LBRACE) this.unexpected(T.LBRACE);
    const body = this.nodeValue(0) as RawObject;
    readEntityBody(def, body, location, this.v2, (severity, message, shapeId) => {
      if (severity === "ERROR") this.error(message, location, shapeId);
      else this.warn(severity, message, location);
    });
  }

  /** Operation body; returns the inline input/output structures it defines. */
  operationBody(def: ShapeDef): ShapeDef[] {
    const inline: ShapeDef[] = [];
    this.expect(T.LBRACE);
    this.ws();
    const seen = new Set<string>();
    while (this.t() !== T.RBRACE) {
      const keyLocation = this.here();
      const key = this.identifier();
      if (key !== "input" && key !== "output" && key !== "errors") {
        throw new IdlSyntaxError(
          `Unknown property ${key} for ${def.id}`,
          keyLocation.line,
          keyLocation.column,
          def.id,
        );
      }
      if (seen.has(key)) {
        throw new IdlSyntaxError(
          `Duplicate operation ${key} property for \`${def.id}\``,
          keyLocation.line,
          keyLocation.column,
          def.id,
        );
      }
      seen.add(key);
      this.ws();
      if (key === "errors") {
        this.expect(T.COLON);
        this.ws();
        this.expect(T.LBRACKET);
        this.ws();
        def.errors = this.shapeIdList();
      } else if (this.t() === T.WALRUS) {
        if (!this.v2) {
          this.fail("Inlined operation inputs and outputs can only be used with Smithy version 2 or later.");
        }
        this.dropDocs();
        const location = this.here();
        this.lex.next();
        this.ws();
        const shape = this.inlineStructure(def, key as "input" | "output", location);
        inline.push(shape);
        def[key as "input" | "output"] = { id: shape.id, location };
      } else if (this.t() === T.COLON) {
        this.lex.next();
        this.ws();
        def[key as "input" | "output"] = this.shapeId();
      } else {
        this.unexpected(T.COLON, T.WALRUS);
      }
      this.ws();
    }
    this.lex.next();
    return inline;
  }

  inlineStructure(op: ShapeDef, key: "input" | "output", location: SourceLocation): ShapeDef {
    const docs = this.takeDocs();
    const base = this.traitStack.length;
    if (docs) this.traitStack.push(docs);
    this.traitStatements();
    this.traitStack.push({ name: key === "input" ? INPUT_TRAIT : OUTPUT_TRAIT, value: undefined, location });
    const traits = popFrom(this.traitStack, base, NO_TRAITS);
    const suffix = key === "input" ? this.inputSuffix : this.outputSuffix;
    const def: ShapeDef = {
      id: `${op.id}${suffix}`,
      type: "structure",
      scope: this.out.scope,
      location,
      traits,
      mixins: NO_REFS,
      members: NO_MEMBERS,
    };
    if (this.isKeyword("for")) {
      this.lex.next();
      this.expectSp();
      def.forResource = this.shapeId();
      this.ws();
    }
    if (this.isKeyword("with")) {
      this.mixins(def);
      this.ws();
    }
    this.shapeMembers(def);
    return def;
  }

  applyStatement(): void {
    this.lex.next(); // apply
    this.expectSp();
    const target = this.shapeId();
    this.ws();
    const traits: TraitDef[] = [];
    if (this.t() === T.LBRACE) {
      this.lex.next();
      this.ws();
      const base = this.traitStack.length;
      this.traitStatements();
      traits.push(...popFrom(this.traitStack, base, NO_TRAITS));
      this.dropDocs();
      this.expect(T.RBRACE);
    } else if (this.t() === T.AT) {
      traits.push(this.trait());
    } else {
      this.unexpected(T.AT, T.LBRACE);
    }
    const apply: ApplyDef = { target, traits, scope: this.out.scope };
    this.out.applies.push(apply);
    this.br();
  }

  // ------------------------------------------------------------------ node values

  objectKey(): string {
    const lex = this.lex;
    if (this.t() === T.IDENTIFIER) {
      const key = lex.lexeme();
      lex.next();
      return key;
    }
    if (this.t() === T.STRING) {
      const key = lex.text;
      lex.next();
      return key;
    }
    return this.unexpected(T.IDENTIFIER, T.STRING);
  }

  nodeValue(depth: number): RawNode {
    const lex = this.lex;
    switch (this.t()) {
      case T.STRING:
      case T.TEXT_BLOCK: {
        const v = lex.text;
        lex.next();
        return v;
      }
      case T.NUMBER: {
        const v = lex.number;
        lex.next();
        return v;
      }
      case T.IDENTIFIER: {
        if (this.isKeyword("true") || this.isKeyword("false") || this.isKeyword("null")) {
          const word = lex.lexeme();
          lex.next();
          return word === "null" ? null : word === "true";
        }
        const ref = this.shapeId();
        return new SyntacticShapeId(ref.id, ref.location);
      }
      case T.LBRACKET: {
        if (depth >= MAX_DEPTH) this.fail(`Parser exceeded maximum allowed depth of ${MAX_DEPTH}`);
        lex.next();
        this.ws();
        const items: RawNode[] = [];
        while (this.t() !== T.RBRACKET) {
          items.push(this.nodeValue(depth + 1));
          this.ws();
        }
        lex.next();
        return items;
      }
      case T.LBRACE: {
        if (depth >= MAX_DEPTH) this.fail(`Parser exceeded maximum allowed depth of ${MAX_DEPTH}`);
        lex.next();
        this.ws();
        const obj: RawObject = {};
        while (this.t() !== T.RBRACE) {
          const line = lex.line;
          const column = lex.column;
          const key = this.objectKey();
          if (Object.hasOwn(obj, key)) throw new IdlSyntaxError(`Duplicate member: '${key}'`, line, column);
          this.ws();
          this.expect(T.COLON);
          this.ws();
          setKey(obj, key, this.nodeValue(depth + 1));
          this.ws();
        }
        lex.next();
        return obj;
      }
      default:
        return this.unexpected(T.LBRACE, T.LBRACKET, T.TEXT_BLOCK, T.STRING, T.NUMBER, T.IDENTIFIER);
    }
  }
}
