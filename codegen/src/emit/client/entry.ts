/**
 * `index.ts`, the package entry: explicit named exports of the clients, commands, paginators,
 * models and the runtime types users name. Every module behind it is side-effect free, so a
 * bundle that imports one command keeps only that command's code.
 */
import type { ServiceIR } from "../../ir/types.js";
import { CodeWriter, tsString } from "../code-writer.js";
import { typeNameOf } from "../ts-names.js";
import {
  type ClientNames,
  commandInput,
  commandName,
  commandOutput,
  FILES,
  modelsImport,
  paginatorName,
  RUNTIME,
  relativeImport,
} from "./names.js";

function exportLine(names: string[], from: string, typeOnly = false): string {
  const body = names.map((n) => `  ${n},`).join("\n");
  return `export ${typeOnly ? "type " : ""}{\n${body}\n} from ${tsString(from)};`;
}

export function emitEntry(ir: ServiceIR, names: ClientNames): Map<string, string> {
  const w = new CodeWriter();
  const from = FILES.index;
  const rel = (to: string): string => relativeImport(from, to);
  w.line(
    exportLine(
      [
        names.client,
        `type ${names.clientConfig}`,
        `type ${names.resolvedConfig}`,
        "type ServiceInputTypes",
        "type ServiceOutputTypes",
      ],
      rel(FILES.client(names)),
    ),
  );
  w.line(exportLine([names.aggregated], rel(FILES.aggregated(names))));
  for (const op of ir.operations) {
    w.line(
      exportLine(
        [commandName(op), `type ${commandInput(op)}`, `type ${commandOutput(op)}`],
        rel(FILES.command(op)),
      ),
    );
  }
  const paginated = ir.operations.filter((op) => op.paginated);
  if (paginated.length > 0) {
    w.line(exportLine([names.paginationConfig], rel(FILES.paginationInterfaces), true));
    for (const op of paginated) w.line(exportLine([paginatorName(op)], rel(FILES.paginator(op))));
  }
  const shapes = [...ir.shapes.values()];
  const tsName = (name: string): string => typeNameOf(ir, name);
  const enums = shapes.filter((s) => s.kind === "enum" || s.kind === "intEnum").map((s) => tsName(s.name));
  const errors = shapes.filter((s) => s.kind === "structure" && s.error).map((s) => tsName(s.name));
  const types = shapes
    .filter((s) => (s.kind === "structure" && !s.error) || s.kind === "union")
    .map((s) => tsName(s.name));
  const models = modelsImport(from, names);
  if (enums.length > 0) w.line(exportLine(enums, models));
  if (errors.length > 0) w.line(exportLine(errors, models));
  if (types.length > 0) w.line(exportLine(types, models, true));
  w.line(exportLine([names.baseException], models));
  w.line(
    exportLine(
      ["type ExceptionOptionType", "ServiceException", "type ServiceExceptionOptions"],
      rel(RUNTIME.exception),
    ),
  );
  w.line(exportLine(["type Callback"], rel(RUNTIME.client)));
  w.line(
    exportLine(["type ClientConfig", "type Provider", "type ResolvedClientConfig"], rel(RUNTIME.config)),
  );
  w.line(
    exportLine(
      ["type AwsCredentialIdentity", "type AwsCredentialIdentityProvider", "CredentialsProviderError"],
      rel(RUNTIME.credentials),
    ),
  );
  w.line(exportLine(["FetchHttpHandler", "type FetchHttpHandlerOptions"], rel(RUNTIME.fetchHandler)));
  w.line(
    exportLine(["HttpHandler", "HttpHandlerOptions", "HttpRequest", "HttpResponse"], rel(RUNTIME.http), true),
  );
  w.line(exportLine(["DeserializationError"], rel(RUNTIME.jsonBody)));
  w.line(exportLine(["MetadataBearer", "ResponseMetadata"], rel(RUNTIME.metadata), true));
  w.line(exportLine(["PaginationConfiguration", "Paginator"], rel(RUNTIME.paginator), true));
  w.line(exportLine(["DocumentType"], rel(RUNTIME.serde), true));
  w.line(exportLine(["RequestSigner", "SigningOptions"], rel(RUNTIME.signer), true));
  return new Map([[from, w.toString()]]);
}
