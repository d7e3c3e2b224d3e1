/** `<Client>Client.ts` (the bare client) and `<Client>.ts` (one method per operation and paginator). */
import type { ServiceIR } from "../../ir/types.js";
import { CodeWriter, tsString } from "../code-writer.js";
import {
  type ClientNames,
  commandInput,
  commandName,
  commandOutput,
  FILES,
  paginatorName,
  RUNTIME,
  relativeImport,
} from "./names.js";

/** Options of the client emitter that a model cannot express. */
export interface ClientEmitterOptions {
  /**
   * DNS suffix of the default endpoint `https://<endpointPrefix>.<region>.<suffix>`. The IR does not
   * carry the endpoint rule set; `api.aws` is the dual-stack suffix (`@dualStackOnlyEndpoints`).
   */
  endpointSuffix: string;
}

function clientFile(ir: ServiceIR, names: ClientNames, options: ClientEmitterOptions): string {
  const w = new CodeWriter();
  const from = FILES.client(names);
  const Client = w.import(relativeImport(from, RUNTIME.client), "Client");
  const ClientConfig = w.importType(relativeImport(from, RUNTIME.config), "ClientConfig");
  const Resolved = w.importType(relativeImport(from, RUNTIME.config), "ResolvedClientConfig");
  const Descriptor = w.importType(relativeImport(from, RUNTIME.config), "ServiceDescriptor");
  // Only clients of services with `@requestCompression` operations take (and bundle) the compression options.
  const compression = ir.operations.some((op) => op.requestCompression !== undefined);
  const configBases = [ClientConfig];
  const resolvedBases = [Resolved];
  if (compression) {
    const runtime = relativeImport(from, RUNTIME.compression);
    configBases.push(w.importType(runtime, "CompressionClientConfig"));
    resolvedBases.push(w.importType(runtime, "ResolvedCompressionConfig"));
  }
  const inputs: string[] = [];
  const outputs: string[] = [];
  for (const op of ir.operations) {
    inputs.push(w.importType(relativeImport(from, FILES.command(op)), commandInput(op)));
    outputs.push(w.importType(relativeImport(from, FILES.command(op)), commandOutput(op)));
  }
  const union = (items: string[]): string =>
    items.length === 0 ? "never" : items.map((i) => `\n  | ${i}`).join("");
  w.doc(undefined, ["@public"]);
  w.line(`export type ServiceInputTypes =${union(inputs)};`);
  w.line();
  w.doc(undefined, ["@public"]);
  w.line(`export type ServiceOutputTypes =${union(outputs)};`);
  w.line();
  w.doc(`Configuration of {@link ${names.client}}.`, ["@public"]);
  w.line(`export interface ${names.clientConfig} extends ${configBases.join(", ")} {}`);
  w.line();
  w.doc(`The resolved configuration, as \`client.config\`.`, ["@public"]);
  w.line(`export interface ${names.resolvedConfig} extends ${resolvedBases.join(", ")} {}`);
  w.line();
  const prefix = ir.endpointPrefix ?? ir.sdkId.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  w.line(`const service: ${Descriptor} = {`);
  w.indent(() => {
    w.line(`contentType: ${tsString(ir.protocol.contentType)},`);
    if (ir.auth.sigv4) w.line(`signingName: ${tsString(ir.auth.sigv4.signingName)},`);
    w.line(`endpointTemplate: ${tsString(`https://${prefix}.{region}.${options.endpointSuffix}`)},`);
    w.line(`endpointEnvSuffix: ${tsString(ir.sdkId.toUpperCase().replace(/[^A-Z0-9]+/g, "_"))},`);
    if (ir.awsQueryCompatible) {
      const addQueryErrorFields = w.import(
        relativeImport(from, RUNTIME.queryCompatible),
        "addQueryErrorFields",
      );
      w.line(`awsQueryCompatible: ${addQueryErrorFields},`);
    }
    if (compression) {
      const resolve = w.import(relativeImport(from, RUNTIME.compression), "resolveCompressionConfig");
      w.line(`compression: ${resolve},`);
    }
  });
  w.line("};");
  w.line();
  w.doc(ir.documentation, ["@public"]);
  w.block(`export class ${names.client} extends ${Client}<ServiceInputTypes, ServiceOutputTypes>`, () => {
    w.line(`declare readonly config: ${names.resolvedConfig};`);
    w.line();
    w.block(`constructor(configuration: ${names.clientConfig} = {})`, () =>
      w.line("super(service, configuration);"),
    );
  });
  return w.toString();
}

function aggregatedFile(ir: ServiceIR, names: ClientNames): string {
  const w = new CodeWriter();
  const from = FILES.aggregated(names);
  const Callback = w.importType(relativeImport(from, RUNTIME.client), "Callback");
  const Options = w.importType(relativeImport(from, RUNTIME.http), "HttpHandlerOptions");
  const Client = w.import(relativeImport(from, FILES.client(names)), names.client);
  const paginated = ir.operations.filter((op) => op.paginated);
  const Paginator =
    paginated.length > 0 ? w.importType(relativeImport(from, RUNTIME.paginator), "Paginator") : "";
  const PaginationConfig =
    paginated.length > 0
      ? w.importType(relativeImport(from, FILES.paginationInterfaces), names.paginationConfig)
      : "";
  w.doc(ir.documentation, [
    "@public",
    "",
    `{@link ${names.client}} with one method per operation and paginator.`,
  ]);
  w.block(`export class ${names.aggregated} extends ${Client}`, () => {
    for (const op of ir.operations) {
      const file = relativeImport(from, FILES.command(op));
      const Cmd = w.import(file, commandName(op));
      const In = w.importType(file, commandInput(op));
      const Out = w.importType(file, commandOutput(op));
      const method = op.names.method;
      w.doc(`@see {@link ${Cmd}}`);
      w.line(`${method}(args: ${In}, options?: ${Options}): Promise<${Out}>;`);
      w.line(`${method}(args: ${In}, cb: ${Callback}<${Out}>): void;`);
      w.line(`${method}(args: ${In}, options: ${Options}, cb: ${Callback}<${Out}>): void;`);
      w.block(
        `${method}(args: ${In}, optionsOrCb?: ${Options} | ${Callback}<${Out}>, cb?: ${Callback}<${Out}>): Promise<${Out}> | undefined`,
        () => w.line(`return this.dispatch(new ${Cmd}(args), optionsOrCb, cb);`),
      );
      w.line();
    }
    for (const op of paginated) {
      const file = relativeImport(from, FILES.command(op));
      const In = w.importType(file, commandInput(op));
      const Out = w.importType(file, commandOutput(op));
      const paginate = w.import(relativeImport(from, FILES.paginator(op)), paginatorName(op));
      w.doc(`@see {@link ${paginate}}`);
      w.block(
        `${paginatorName(op)}(args: ${In}, paginationConfig?: Omit<${PaginationConfig}, "client">): ${Paginator}<${Out}>`,
        () => w.line(`return ${paginate}({ ...paginationConfig, client: this }, args);`),
      );
      w.line();
    }
  });
  return w.toString();
}

export function emitClients(
  ir: ServiceIR,
  names: ClientNames,
  options: ClientEmitterOptions,
): Map<string, string> {
  return new Map([
    [FILES.client(names), clientFile(ir, names, options)],
    [FILES.aggregated(names), aggregatedFile(ir, names)],
  ]);
}
