/**
 * The TypeScript identifiers an operation goes by, computed once here and carried by the IR
 * (`OperationIR.names`), so the client, the protocol package, the MSW handlers and the runtimes that read
 * the generated `operations` table all agree (an operation `ARNLookup` is `arnLookup` everywhere).
 */

/** Words that cannot name a type or a value in strict-mode TypeScript modules, or that read as a type keyword. */
export const RESERVED_WORDS: readonly string[] = [
  // ECMAScript reserved words (strict mode and modules).
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do"],
  ...["else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in"],
  ...["instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof"],
  ...["var", "void", "while", "with", "yield", "let", "static", "implements", "interface", "package"],
  ...["private", "protected", "public", "await", "arguments", "eval"],
  // TypeScript's type keywords and contextual keywords.
  ...["any", "unknown", "never", "undefined", "object", "string", "number", "boolean", "symbol", "bigint"],
  ...["type", "namespace", "module", "declare", "abstract", "as", "asserts", "infer", "is", "keyof"],
  ...["readonly", "unique", "global", "require", "satisfies", "accessor", "out", "override", "of"],
  ...["from", "get", "set", "constructor", "async"],
];

/** `name`, or `_name` (repeated) while it is a reserved word or in `taken`. */
export function safeValueName(name: string, taken: ReadonlySet<string> = new Set()): string {
  let out = name;
  while (RESERVED_WORDS.includes(out) || taken.has(out)) out = `_${out}`;
  return out;
}

/** `GetBenefit` -> `getBenefit`, `ARNLookup` -> `arnLookup`, `S3Copy` -> `s3Copy` (as the AWS SDK names methods). */
export function lowerCamel(name: string): string {
  const lead = /^[A-Z]+(?=[A-Z][a-z]|[0-9]|$)/.exec(name)?.[0];
  if (lead && lead.length > 1) return lead.toLowerCase() + name.slice(lead.length);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The identifiers of one operation. */
export interface OperationNames {
  /** Method of the aggregated client (`client.getBenefit(...)`). */
  method: string;
  /** Key of the operation's function in a handlers object (`ServiceHandlers`, the dispatcher's lookup). */
  handler: string;
  /** Exported MSW handler factory (`getBenefit(resolver)`). */
  factory: string;
}

/** Members of the client runtime's `Client` an aggregated client method must not replace. */
const CLIENT_MEMBERS: ReadonlySet<string> = new Set(["send", "destroy", "dispatch", "config", "constructor"]);

/** Keys every object inherits (`constructor`, `toString`, ...): a handler key must be an own property. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Names the generated MSW handlers module imports or declares besides the factories. */
const MSW_MODULE_NAMES: ReadonlySet<string> = new Set([
  "serviceSchema",
  "createOperationHandler",
  "operationHandlers",
]);

/**
 * The one naming rule: the lower-camel operation name, `_`-prefixed where it would be a reserved word or
 * clash with what shares its namespace (the client's members, `Object.prototype`, the MSW module's names).
 */
export function operationNames(operationName: string): OperationNames {
  const base = lowerCamel(operationName);
  return {
    method: safeValueName(base, CLIENT_MEMBERS),
    handler: safeValueName(base, PROTOTYPE_KEYS),
    factory: safeValueName(base, MSW_MODULE_NAMES),
  };
}
