/**
 * Names and paths of the generated client, following smithy-typescript's layout:
 * `<Client>Client.ts`, `<Client>.ts`, `commands/<Op>Command.ts`, `models/`, `protocols/`, `pagination/`.
 */
import type { OperationIR, ServiceIR } from "../../ir/types.js";
import { clientStem } from "../ts-names.js";

/** Where the client package's generated folder is, relative to the repository root. */
export const DEFAULT_OUT_DIR = "packages/client/src/generated";

/**
 * The module the client imports the model types, enums and error classes from (the protocol package's
 * `models/`): a package name, or a path relative to the client's generated root (`../../x/models/index.ts`).
 */
export const DEFAULT_MODELS_MODULE = "@pc-benefits/protocol/models";

/** The names derived from the service's client stem (e.g. `Weather` -> `WeatherClient`). */
export interface ClientNames {
  /** Bare client class (`WeatherClient`). */
  client: string;
  /** Aggregated client with one method per operation (`Weather`). */
  aggregated: string;
  /** Base exception of every service error (`WeatherServiceException`). */
  baseException: string;
  clientConfig: string;
  resolvedConfig: string;
  paginationConfig: string;
  /** File name of the AWS JSON serde module (`Aws_json1_0`). */
  protocolModule: string;
  /** Where the model types come from (see {@link DEFAULT_MODELS_MODULE}). */
  modelsModule: string;
}

export function clientNames(ir: ServiceIR, modelsModule = DEFAULT_MODELS_MODULE): ClientNames {
  const stem = clientStem(ir);
  return {
    client: `${stem}Client`,
    aggregated: stem,
    baseException: `${stem}ServiceException`,
    clientConfig: `${stem}ClientConfig`,
    resolvedConfig: `${stem}ClientResolvedConfig`,
    paginationConfig: `${stem}PaginationConfiguration`,
    protocolModule: ir.protocol.name === "awsJson1_1" ? "Aws_json1_1" : "Aws_json1_0",
    modelsModule,
  };
}

export const commandName = (op: OperationIR): string => `${op.name}Command`;
export const commandInput = (op: OperationIR): string => `${op.name}CommandInput`;
export const commandOutput = (op: OperationIR): string => `${op.name}CommandOutput`;
export const paginatorName = (op: OperationIR): string => `paginate${op.name}`;

/** Import specifier from one generated file to another (both relative to the generated root). */
export function relativeImport(fromFile: string, toFile: string): string {
  const from = fromFile.split("/").slice(0, -1);
  const to = toFile.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join("/").replace(/\.ts$/, ".js");
  if (up > 0) return `${"../".repeat(up)}${rest}`;
  return rest.startsWith("../") ? rest : `./${rest}`;
}

/** The specifier a generated client file imports the models module by. */
export function modelsImport(fromFile: string, names: ClientNames): string {
  return names.modelsModule.startsWith(".")
    ? relativeImport(fromFile, names.modelsModule)
    : names.modelsModule;
}

/** Paths of generated files, relative to the generated root (the models' to the protocol package's). */
export const FILES = {
  index: "index.ts",
  models: "models/models_0.ts",
  enums: "models/enums.ts",
  errors: "models/errors.ts",
  /** The error classes by error name (`errorClasses`). */
  errorClasses: "models/error-classes.ts",
  modelsIndex: "models/index.ts",
  paginationInterfaces: "pagination/Interfaces.ts",
  baseException: (n: ClientNames): string => `models/${n.baseException}.ts`,
  client: (n: ClientNames): string => `${n.client}.ts`,
  aggregated: (n: ClientNames): string => `${n.aggregated}.ts`,
  protocol: (n: ClientNames): string => `protocols/${n.protocolModule}.ts`,
  command: (op: OperationIR): string => `commands/${commandName(op)}.ts`,
  paginator: (op: OperationIR): string => `pagination/${op.name}Paginator.ts`,
} as const;

/** Runtime modules (hand-written, in `src/runtime/`), as paths comparable with generated ones. */
export const RUNTIME = {
  client: "../runtime/client.ts",
  command: "../runtime/command.ts",
  config: "../runtime/config.ts",
  credentials: "../runtime/credentials.ts",
  compression: "../runtime/compression.ts",
  fetchHandler: "../runtime/fetch-http-handler.ts",
  hostPrefix: "../runtime/host-prefix.ts",
  http: "../runtime/http.ts",
  jsonBody: "../runtime/json-body.ts",
  metadata: "../runtime/metadata.ts",
  modelledError: "../runtime/modelled-error.ts",
  paginator: "../runtime/paginator.ts",
  queryCompatible: "../runtime/query-compatible.ts",
  serde: "../runtime/serde.ts",
  /** The protocol package's, beside its generated models (the client's re-exports it). */
  documentType: "../runtime/document-type.ts",
  exception: "../runtime/service-exception.ts",
  signer: "../runtime/signer.ts",
  uuid: "../runtime/uuid.ts",
} as const;
