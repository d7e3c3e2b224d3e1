/** `pagination/`: one async-iterable `paginate<Op>` per `@paginated` operation. */
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

export function emitPagination(ir: ServiceIR, names: ClientNames): Map<string, string> {
  const files = new Map<string, string>();
  const paginated = ir.operations.filter((op) => op.paginated);
  if (paginated.length === 0) return files;

  const i = new CodeWriter();
  const PaginationConfiguration = i.importType(
    relativeImport(FILES.paginationInterfaces, RUNTIME.paginator),
    "PaginationConfiguration",
  );
  const Client = i.importType(relativeImport(FILES.paginationInterfaces, FILES.client(names)), names.client);
  i.doc(undefined, ["@public"]);
  i.line(`export interface ${names.paginationConfig} extends ${PaginationConfiguration}<${Client}> {}`);
  files.set(FILES.paginationInterfaces, i.toString());

  for (const op of paginated) {
    const p = op.paginated;
    if (!p) continue;
    const w = new CodeWriter();
    const from = FILES.paginator(op);
    const createPaginator = w.import(relativeImport(from, RUNTIME.paginator), "createPaginator");
    const Paginator = w.importType(relativeImport(from, RUNTIME.paginator), "Paginator");
    const file = relativeImport(from, FILES.command(op));
    const Cmd = w.import(file, commandName(op));
    const In = w.importType(file, commandInput(op));
    const Out = w.importType(file, commandOutput(op));
    const Config = w.importType(relativeImport(from, FILES.paginationInterfaces), names.paginationConfig);
    const args = [
      Cmd,
      tsString(p.inputToken),
      tsString(p.outputToken),
      ...(p.pageSize ? [tsString(p.pageSize)] : []),
    ];
    w.doc(`Pages through {@link ${Cmd}}: one output per page, following \`${p.outputToken}\`.`, ["@public"]);
    w.line(`export const ${paginatorName(op)}: (`);
    w.indent(() => {
      w.line(`config: ${Config},`);
      w.line(`input: ${In},`);
      w.line("...rest: unknown[]");
    });
    w.line(`) => ${Paginator}<${Out}> = /* @__PURE__ */ ${createPaginator}(${args.join(", ")});`);
    files.set(from, w.toString());
  }
  return files;
}
