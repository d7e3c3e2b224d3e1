/**
 * TypeScript identifiers of the IR's names, shared by every emitter that writes TypeScript, so the
 * client's model types and the server's and MSW's imports of them always agree.
 *
 * A model may name its shapes anything Smithy allows: `Record`, `Date`, `Object`, `Promise`,
 * `Error`, a reserved word, a runtime export such as `ServiceException` or `DocumentType`, or a
 * name the emitters generate themselves (`<Op>Command`, the client class). Such a shape's type is
 * prefixed with `_` (as smithy-typescript does: kinesis's `Record` becomes `_Record`) until the name
 * is free. The wire never sees these identifiers: error codes, schema keys and OpenAPI component
 * names keep the modelled name.
 */
import { RESERVED_WORDS } from "../ir/identifiers.js";
import type { ServiceIR } from "../ir/types.js";

export { safeValueName } from "../ir/identifiers.js";

/**
 * Global names generated code uses (`Record`, `Date`, `Uint8Array`, `Promise`, `Omit`, `Object.keys`)
 * and the built-in constructors a reader would take a shadowing type for. Other globals (`Response`,
 * `InstanceType`) stay as modelled: a module may declare them, and the AWS SDK keeps those names.
 */
const GLOBAL_NAMES = [
  ...["Array", "ArrayBuffer", "BigInt", "Boolean", "Date", "Error", "Function", "JSON", "Map", "Math"],
  ...["Number", "Object", "Promise", "RegExp", "Set", "String", "Symbol", "Uint8Array", "Record", "Omit"],
];

/**
 * Names the hand-written runtimes export that generated code imports or re-exports (client, server
 * and MSW runtimes), plus the fixed names generated files declare.
 */
const RUNTIME_AND_FIXED_NAMES = [
  // Client runtime.
  ...["Client", "ClientConfig", "ResolvedClientConfig", "ServiceDescriptor", "Callback", "Command"],
  ...["Operation", "MetadataBearer", "ResponseMetadata", "JsonObject", "DocumentType", "ServiceException"],
  ...["ServiceExceptionOptions", "ExceptionOptionType", "HttpHandler", "HttpHandlerOptions", "HttpRequest"],
  ...["HttpResponse", "FetchHttpHandler", "FetchHttpHandlerOptions", "DeserializationError", "Provider"],
  ...["AwsCredentialIdentity", "AwsCredentialIdentityProvider", "CredentialsProviderError"],
  ...["PaginationConfiguration", "Paginator", "createPaginator", "RequestSigner", "SigningOptions"],
  ...["generateIdempotencyToken", "asObject", "asArray", "serializeDateTime", "serializeHttpDate"],
  ...["serializeEpochSeconds", "serializeBlob", "serializeFloat", "parseDateTime", "parseHttpDate"],
  ...[
    "parseEpochSeconds",
    "parseBlob",
    "parseFloatValue",
    "copyMembers",
    "ModelledError",
    "deserializeError",
  ],
  ...[
    "addQueryErrorFields",
    "resolveCompressionConfig",
    "CompressionClientConfig",
    "ResolvedCompressionConfig",
  ],
  // Server and MSW runtimes.
  ...["ServiceSchema", "HandlerContext", "HandlerOptions", "OperationResolver", "createOperationHandler"],
  // Declared by generated files.
  ...["ServiceInputTypes", "ServiceOutputTypes", "ServiceHandlers", "serviceSchema", "operationNames"],
  ...["operationHandlers", "operation", "operations", "service", "de_CommandError", "errors"],
];

const RESERVED = new Set([...RESERVED_WORDS, ...GLOBAL_NAMES, ...RUNTIME_AND_FIXED_NAMES]);

/** Whether `name` is a word no generated declaration may use as it is. */
export function isReservedName(name: string): boolean {
  return RESERVED.has(name);
}

/** The PascalCase client stem as an identifier: `_` before a leading digit or a reserved name. */
export function clientStem(ir: ServiceIR): string {
  const stem = ir.clientName === "" ? ir.shapeName : ir.clientName;
  return /^[0-9]/.test(stem) || RESERVED.has(stem) ? `_${stem}` : stem;
}

/** Names the emitters derive from the service and its operations (`<Op>Command`, the client classes, ...). */
function derivedNames(ir: ServiceIR): Set<string> {
  const stem = clientStem(ir);
  const names = new Set([
    stem,
    `${stem}Client`,
    `${stem}ServiceException`,
    `${stem}ClientConfig`,
    `${stem}ClientResolvedConfig`,
    `${stem}PaginationConfiguration`,
    `${stem}Handlers`,
  ]);
  // `de_<Error>Res` and `de_CommandError` sit beside `se_<Shape>` / `de_<Shape>` in the protocol module.
  names.add("CommandError");
  for (const shape of ir.shapes.values()) {
    if (shape.kind === "structure" && shape.error) names.add(`${shape.name}Res`);
  }
  for (const op of ir.operations) {
    for (const suffix of ["Command", "CommandInput", "CommandOutput"]) names.add(`${op.name}${suffix}`);
    names.add(`paginate${op.name}`);
  }
  return names;
}

const cache = new WeakMap<ServiceIR, ReadonlyMap<string, string>>();

/** Every shape's TypeScript type name, by IR shape name. */
export function typeNames(ir: ServiceIR): ReadonlyMap<string, string> {
  const cached = cache.get(ir);
  if (cached) return cached;
  const derived = derivedNames(ir);
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const name of ir.shapes.keys()) {
    let ts = name;
    while (
      RESERVED.has(ts) ||
      derived.has(ts) ||
      /^(se|de)_/.test(ts) ||
      used.has(ts) ||
      (ts !== name && ir.shapes.has(ts))
    ) {
      ts = `_${ts}`;
    }
    used.add(ts);
    out.set(name, ts);
  }
  cache.set(ir, out);
  return out;
}

/** The TypeScript type name of the IR shape `name`. */
export function typeNameOf(ir: ServiceIR, name: string): string {
  const ts = typeNames(ir).get(name);
  if (ts === undefined) throw new Error(`unknown shape ${name}`);
  return ts;
}
