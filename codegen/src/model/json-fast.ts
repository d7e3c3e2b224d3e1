/**
 * The fast way to read a clean JSON AST file: V8's `JSON.parse` for the values, and the positions
 * of shapes, members, traits and targets worked out only when something reads them (a diagnostic,
 * a message): then the file is parsed once more by the positions-keeping parser (json-parser.ts)
 * and the value found by its key path. A clean model pays `JSON.parse` and building shapes.
 *
 * It reads only what the full reader (`JsonAstReader` in json-loader.ts) would read without a
 * diagnostic, into the same definitions, and records the text of the numbers a double may not hold
 * as it does; anything else (malformed JSON, possible duplicate keys, any structural problem)
 * answers `undefined` and the full reader reads the file, reporting as it always did.
 */
import { type ShapeType, shapeKeysOf } from "./ast.js";
import {
  emptyParsedFile,
  type MemberDef,
  type ParsedFile,
  type RawNode,
  type RefDef,
  type ShapeDef,
  type TraitDef,
} from "./definitions.js";
import { type JsonEntry, type JsonNode, parseJson } from "./json-parser.js";
import { mayLosePrecision, noteNumberText } from "./number-text.js";
import { DeferredLocation, type SourceLocation } from "./source-location.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * A number that may need its source text (more than 15 characters, or an exponent: see
 * number-text.ts), found anywhere in the text; `riskyNumbers` tells the false alarms in strings.
 */
const RISKY_NUMBER = /[:[,]\s*-?(?:\d[\d.]*[eE]|[\d.]{15})/y;
/**
 * Where a risky number may be, searched for first: digits before an exponent, or seven digits in a
 * row (15 characters of digits and one dot hold seven). Rarer than the separators `RISKY_NUMBER`
 * starts with, so the whole text costs one quicker search (the first digit written once: a fifth
 * quicker than `\d{7}|\d[eE]`, which finds the same).
 */
const RISKY_DIGITS = /\d(?:\d{6}|[eE])/g;
/** A JSON number lexeme, read where a risky number starts. */
const NUMBER_LEXEME = /-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

/** Loads the file's text and its position tree on first use. */
class JsonLocator {
  private tree: JsonNode | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  root(): JsonNode {
    if (this.tree === undefined) {
      const result = parseJson(this.text);
      if (!result.node) throw new Error(`JSON positions of ${this.file}: ${result.error.message}`);
      this.tree = result.node;
    }
    return this.tree;
  }
}

/** The position of the value at a key path (object keys and array indexes) of a JSON file. */
class JsonPath extends DeferredLocation {
  private resolved: JsonNode | undefined;

  constructor(
    readonly locator: JsonLocator,
    private readonly parent: JsonPath | undefined,
    private readonly key: string | number,
    /** The position of the key (an object's), not of its value. */
    private readonly atKey = false,
  ) {
    super();
  }

  get file(): string {
    return this.locator.file;
  }

  get line(): number {
    return this.position().line;
  }

  get column(): number {
    return this.position().column;
  }

  visible(): SourceLocation {
    const file = this.locator.file;
    const position = (): { line: number; column: number } => this.position();
    const location = { file } as SourceLocation;
    Object.defineProperty(location, "line", { enumerable: true, get: () => position().line });
    Object.defineProperty(location, "column", { enumerable: true, get: () => position().column });
    return location;
  }

  private position(): { line: number; column: number } {
    if (!this.atKey) return this.node();
    const entry = this.entry();
    return { line: entry.keyLine, column: entry.keyColumn };
  }

  private entry(): JsonEntry {
    const start = this.parent === undefined ? this.locator.root() : this.parent.node();
    let found: JsonEntry | undefined;
    if (start.kind === "object") for (const entry of start.entries) if (entry.key === this.key) found = entry;
    if (found === undefined) throw new Error(`No JSON key ${String(this.key)} in ${this.locator.file}`);
    return found;
  }

  private node(): JsonNode {
    if (this.resolved === undefined) {
      const key = this.key;
      if (typeof key === "number") {
        const start = this.parent === undefined ? this.locator.root() : this.parent.node();
        const found = start.kind === "array" ? start.items[key] : undefined;
        if (found === undefined) throw new Error(`No JSON value at ${key} in ${this.locator.file}`);
        this.resolved = found;
      } else {
        this.resolved = this.entry().value;
      }
    }
    return this.resolved;
  }
}

/**
 * A trait application whose location is worked out when read: only a diagnostic reads it, so a
 * clean model makes no position object per trait (`traits` and the trait's name under its owner).
 */
class FastTraitDef implements TraitDef {
  // private fields are no own keys: the definition has those of the full reader's
  readonly #owner: JsonPath;

  constructor(
    readonly name: string,
    readonly value: RawNode,
    owner: JsonPath,
  ) {
    this.#owner = owner;
  }

  get location(): SourceLocation {
    const locator = this.#owner.locator;
    return new JsonPath(locator, new JsonPath(locator, this.#owner, "traits"), this.name);
  }
}

/**
 * A reference (`{"target": id}`) whose location is worked out when read, as `FastTraitDef`'s: under
 * key `name` of its owner, or entry `entry` of the list or map there.
 */
class FastRefDef implements RefDef {
  readonly #owner: JsonPath;
  readonly #name: string;
  readonly #entry: string | number | undefined;

  constructor(
    readonly id: string,
    owner: JsonPath,
    name: string,
    entry?: string | number,
  ) {
    this.#owner = owner;
    this.#name = name;
    this.#entry = entry;
  }

  get location(): SourceLocation {
    const locator = this.#owner.locator;
    let at = new JsonPath(locator, this.#owner, this.#name);
    if (this.#entry !== undefined) at = new JsonPath(locator, at, this.#entry);
    return new JsonPath(locator, at, "target");
  }
}

/** Shared by the definitions without traits or mixins (the assembler only reads them). */
const NO_TRAIT_DEFS: TraitDef[] = Object.freeze([]) as unknown as TraitDef[];
const NO_REF_DEFS: RefDef[] = Object.freeze([]) as unknown as RefDef[];
const NO_MEMBER_DEFS: MemberDef[] = Object.freeze([]) as unknown as MemberDef[];
/** The shape types whose definitions read members (`pushMember`). */
const MEMBER_TYPES: ReadonlySet<string> = new Set([
  "list",
  "set",
  "map",
  "structure",
  "union",
  "enum",
  "intEnum",
]);

/** Thrown (and caught in `loadJsonAstFast`) when the full reader must read the file. */
const GIVE_UP = new Error("JSON AST: the full reader reads this file");

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Keys of every object in a value, counted. */
function countKeys(v: Json): number {
  if (typeof v !== "object" || v === null) return 0;
  let n = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) n += countKeys(v[i] as Json);
    return n;
  }
  for (const key in v) {
    n++;
    n += countKeys(v[key] as Json);
  }
  return n;
}

/**
 * Keys written in the text: each ends with an unescaped quote followed by a colon, whitespace
 * between them allowed. Inside a string a quote before a colon is escaped, and outside strings
 * every colon ends a key, so one search for colons finds them all (colons are rarer than quotes).
 */
function countKeysWritten(text: string): number {
  let n = 0;
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    let quote = colon - 1;
    let c = text.charCodeAt(quote);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(--quote);
    if (c === 34 && !escaped(text, quote)) n++;
  }
  return n;
}

/**
 * The lexemes of the numbers (not strings) the risky-number search finds, in the order written:
 * each place `RISKY_DIGITS` finds leads back, over the digits and dots before it, a minus and
 * whitespace, to the separator where `RISKY_NUMBER` is tried. Whether that is in a string is told
 * by the unescaped quotes before it, counted only up to the last such place. The text is valid JSON
 * (`JSON.parse` read it), so outside strings there is no backslash, a quote opens or closes one, and
 * a risky number is found from its first digits.
 */
function riskyNumbers(text: string): string[] {
  const out: string[] = [];
  let inString = false;
  let from = 0;
  let lastStart = -1;
  RISKY_DIGITS.lastIndex = 0;
  for (let match = RISKY_DIGITS.exec(text); match !== null; match = RISKY_DIGITS.exec(text)) {
    let start = match.index;
    while (start > 0 && digitOrDot(text.charCodeAt(start - 1))) start--;
    // a number found again (more digits, its exponent): its first place decided it
    if (start <= lastStart) continue;
    lastStart = start;
    let at = start - 1;
    if (text.charCodeAt(at) === 45) at--;
    while (at > 0 && whitespace(text.charCodeAt(at))) at--;
    RISKY_NUMBER.lastIndex = at;
    if (at < 0 || !RISKY_NUMBER.test(text)) continue;
    for (
      let quote = text.indexOf('"', from);
      quote !== -1 && quote < at;
      quote = text.indexOf('"', quote + 1)
    ) {
      if (!escaped(text, quote)) inString = !inString;
    }
    from = at;
    if (inString) continue;
    NUMBER_LEXEME.lastIndex = start - (text.charCodeAt(start - 1) === 45 ? 1 : 0);
    const lexeme = NUMBER_LEXEME.exec(text)?.[0];
    if (lexeme !== undefined) out.push(lexeme);
  }
  return out;
}

function digitOrDot(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46;
}

function whitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Whether the character at `at` follows an odd number of backslashes. */
function escaped(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 92) i--;
  return (at - 1 - i) % 2 === 1;
}

/**
 * The definitions of a clean JSON AST file, as the full reader would make them; `undefined` when the
 * full reader must read it (see the file comment), also for JSON that is not a Smithy model.
 */
export function loadJsonAstFast(
  text: string,
  file: string,
  versions: ReadonlySet<string>,
  isAbsoluteShapeId: (id: string) => boolean,
): ParsedFile | undefined {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
  if (!isObject(root)) return undefined;
  const smithy = root.smithy;
  if (typeof smithy !== "string" || !versions.has(smithy)) return undefined;
  // duplicate keys: JSON.parse keeps the last, so the keys read (counted as they are) must be all
  // the keys written
  let keys = 0;
  for (const key in root) {
    if (key !== "smithy" && key !== "shapes" && key !== "metadata") return undefined;
    keys++;
  }
  const parsed = emptyParsedFile(file, true);
  parsed.scope.version = smithy.startsWith("1") ? "1.0" : "2.0";
  const locator = new JsonLocator(file, text);
  try {
    // the full reader reads the keys in the order written: metadata first where it comes first
    for (const key in root) {
      if (key !== "metadata") continue;
      const metadata = root.metadata;
      if (!isObject(metadata)) return undefined;
      const metadataAt = new JsonPath(locator, undefined, "metadata");
      for (const name in metadata) {
        integerLike(name);
        keys += 1 + countKeys(metadata[name] as Json);
        parsed.metadata.push({
          key: name,
          value: metadata[name] as RawNode,
          location: new JsonPath(locator, metadataAt, name, true),
          scope: parsed.scope,
        });
      }
    }
    if ("shapes" in root) {
      const shapes = root.shapes;
      if (!isObject(shapes)) return undefined;
      const reader = new FastReader(locator, parsed, isAbsoluteShapeId);
      const shapesPath = new JsonPath(locator, undefined, "shapes");
      for (const id in shapes) {
        keys++;
        reader.readShape(id, shapes[id] as Json, new JsonPath(locator, shapesPath, id));
      }
      keys += reader.keys;
    }
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
  if (countKeysWritten(text) !== keys) return undefined;
  // numbers a double may not hold keep their text, as the full reader's do (in the same order)
  for (const lexeme of riskyNumbers(text)) {
    if (mayLosePrecision(lexeme)) noteNumberText(Number(lexeme), lexeme);
  }
  return parsed;
}

class FastReader {
  /** The keys of the objects read so far (a shape's and everything under it). */
  keys = 0;

  constructor(
    readonly locator: JsonLocator,
    readonly out: ParsedFile,
    private readonly absoluteShapeId: (id: string) => boolean,
  ) {}

  /** Target and trait IDs repeat (`smithy.api#String`, `smithy.api#documentation`): each tested once. */
  private readonly absolute = new Set<string>();

  isAbsoluteShapeId(id: string): boolean {
    if (this.absolute.has(id)) return true;
    if (!this.absoluteShapeId(id)) return false;
    this.absolute.add(id);
    return true;
  }

  readShape(id: string, node: Json, at: JsonPath): void {
    if (!this.isAbsoluteShapeId(id) || !isObject(node)) throw GIVE_UP;
    const type = node.type;
    if (typeof type !== "string") throw GIVE_UP;
    const keys = shapeKeysOf(type);
    if (!keys) throw GIVE_UP;
    this.onlyKeys(node, keys);
    const traits = this.readTraits(node, at);
    if (type === "apply") {
      this.out.applies.push({ target: { id, location: at }, traits, scope: this.out.scope });
      return;
    }
    if (id.includes("$")) throw GIVE_UP;
    const def: ShapeDef = {
      id,
      type: type as ShapeType | "set",
      scope: this.out.scope,
      location: at,
      traits,
      mixins: this.readRefList(node, "mixins", at) ?? NO_REF_DEFS,
      // a simple shape, operation, service or resource never has one
      members: MEMBER_TYPES.has(type) ? [] : NO_MEMBER_DEFS,
    };
    switch (type) {
      case "list":
      case "set":
        if (node.member !== undefined) this.pushMember(def, "member", node.member, this.path(at, "member"));
        break;
      case "map":
        if (node.key !== undefined) this.pushMember(def, "key", node.key, this.path(at, "key"));
        if (node.value !== undefined) this.pushMember(def, "value", node.value, this.path(at, "value"));
        break;
      case "structure":
      case "union":
      case "enum":
      case "intEnum": {
        const members = node.members;
        if (members !== undefined) {
          if (!isObject(members)) throw GIVE_UP;
          const membersAt = this.path(at, "members");
          for (const name in members) {
            integerLike(name);
            this.keys++;
            this.pushMember(def, name, members[name] as Json, this.path(membersAt, name));
          }
        }
        break;
      }
      case "operation":
        def.input = this.readRef(node, "input", at);
        def.output = this.readRef(node, "output", at);
        def.errors = this.readRefList(node, "errors", at);
        break;
      case "service": {
        const version = node.version;
        if (version !== undefined) {
          if (typeof version !== "string") throw GIVE_UP;
          def.version = version;
        }
        def.operations = this.readRefList(node, "operations", at);
        def.resources = this.readRefList(node, "resources", at);
        def.errors = this.readRefList(node, "errors", at);
        const rename = node.rename;
        if (rename !== undefined) {
          if (!isObject(rename)) throw GIVE_UP;
          def.rename = [];
          for (const key in rename) {
            integerLike(key);
            this.keys++;
            const value = rename[key];
            if (typeof value !== "string") throw GIVE_UP;
            def.rename.push([key, value]);
          }
        }
        break;
      }
      case "resource":
        def.identifiers = this.readRefMap(node, "identifiers", at);
        def.properties = this.readRefMap(node, "properties", at);
        def.create = this.readRef(node, "create", at);
        def.put = this.readRef(node, "put", at);
        def.read = this.readRef(node, "read", at);
        def.update = this.readRef(node, "update", at);
        def.delete = this.readRef(node, "delete", at);
        def.list = this.readRef(node, "list", at);
        def.operations = this.readRefList(node, "operations", at);
        def.collectionOperations = this.readRefList(node, "collectionOperations", at);
        def.resources = this.readRefList(node, "resources", at);
        break;
    }
    this.out.shapes.push(def);
  }

  /** Any key but these would be a warning: the full reader reports it. Counts the keys. */
  onlyKeys(node: JsonObject, allowed: readonly string[]): void {
    for (const key in node) {
      if (!allowed.includes(key)) throw GIVE_UP;
      this.keys++;
    }
  }

  path(parent: JsonPath, key: string | number): JsonPath {
    return new JsonPath(this.locator, parent, key);
  }

  readTraits(node: JsonObject, at: JsonPath): TraitDef[] {
    const traits = node.traits;
    if (traits === undefined) return NO_TRAIT_DEFS;
    if (!isObject(traits)) throw GIVE_UP;
    let out: TraitDef[] = NO_TRAIT_DEFS;
    for (const name in traits) {
      if (!this.isAbsoluteShapeId(name) || name.includes("$")) throw GIVE_UP;
      if (out === NO_TRAIT_DEFS) out = [];
      const value = traits[name] as Json;
      this.keys += 1 + countKeys(value);
      out.push(new FastTraitDef(name, value as RawNode, at));
    }
    return out;
  }

  pushMember(def: ShapeDef, name: string, node: Json, at: JsonPath): void {
    if (!isObject(node)) throw GIVE_UP;
    this.onlyKeys(node, MEMBER_KEYS);
    const target = node.target;
    if (typeof target !== "string" || !this.isAbsoluteShapeId(target)) throw GIVE_UP;
    const member: MemberDef = { name, target, traits: this.readTraits(node, at), location: at };
    def.members.push(member);
  }

  /** `{"target": id}` under key `name`. */
  readRef(node: JsonObject, name: string, at: JsonPath): RefDef | undefined {
    const ref = node[name];
    if (ref === undefined) return undefined;
    if (!isObject(ref)) throw GIVE_UP;
    this.onlyKeys(ref, TARGET_KEYS);
    return new FastRefDef(this.targetId(ref), at, name);
  }

  targetId(ref: JsonObject): string {
    const id = ref.target;
    if (typeof id !== "string" || !this.isAbsoluteShapeId(id)) throw GIVE_UP;
    return id;
  }

  readRefList(node: JsonObject, name: string, at: JsonPath): RefDef[] | undefined {
    const list = node[name];
    if (list === undefined) return undefined;
    if (!Array.isArray(list)) throw GIVE_UP;
    const refs: RefDef[] = [];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isObject(item)) throw GIVE_UP;
      this.onlyKeys(item, TARGET_KEYS);
      refs.push(new FastRefDef(this.targetId(item), at, name, i));
    }
    return refs;
  }

  readRefMap(node: JsonObject, name: string, at: JsonPath): [string, RefDef][] | undefined {
    const map = node[name];
    if (map === undefined) return undefined;
    if (!isObject(map)) throw GIVE_UP;
    const out: [string, RefDef][] = [];
    for (const key in map) {
      integerLike(key);
      const ref = map[key];
      if (!isObject(ref)) throw GIVE_UP;
      this.keys += 1 + countKeys(ref);
      out.push([key, new FastRefDef(this.targetId(ref), at, name, key)]);
    }
    return out;
  }
}

const MEMBER_KEYS = ["target", "traits"];
const TARGET_KEYS = ["target"];

/**
 * A key that may be an array index (`"0"`, `"12"`): `JSON.parse`'s object lists such keys first, the
 * full reader keeps the order of the text.
 */
function integerLike(key: string): void {
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57) throw GIVE_UP;
}
