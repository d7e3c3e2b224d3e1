/** `commands/<Op>Command.ts`: one thin class per operation, importing only its own serde functions. */
import type { OperationIR, ServiceIR } from "../../ir/types.js";
import { CodeWriter, tsString } from "../code-writer.js";
import { typeNameOf } from "../ts-names.js";
import {
  type ClientNames,
  commandInput,
  commandName,
  commandOutput,
  FILES,
  modelsImport,
  RUNTIME,
  relativeImport,
} from "./names.js";

function commandFile(ir: ServiceIR, names: ClientNames, op: OperationIR): string {
  const w = new CodeWriter();
  const from = FILES.command(op);
  const Command = w.import(relativeImport(from, RUNTIME.command), "Command");
  const Operation = w.importType(relativeImport(from, RUNTIME.command), "Operation");
  const MetadataBearer = w.importType(relativeImport(from, RUNTIME.metadata), "MetadataBearer");
  const Input = w.importType(modelsImport(from, names), typeNameOf(ir, op.input));
  const Output = w.importType(modelsImport(from, names), typeNameOf(ir, op.output));
  const protocol = relativeImport(from, FILES.protocol(names));
  const se = w.import(protocol, `se_${op.name}Command`);
  const de = w.import(protocol, `de_${op.name}Command`);
  const deError = w.import(protocol, "de_CommandError");
  const name = commandName(op);

  w.doc(undefined, ["@public", "", `The input of {@link ${name}}.`]);
  w.line(`export interface ${commandInput(op)} extends ${Input} {}`);
  w.line();
  w.doc(undefined, ["@public", "", `The output of {@link ${name}}.`]);
  w.line(`export interface ${commandOutput(op)} extends ${Output}, ${MetadataBearer} {}`);
  w.line();
  w.line(`const operation: ${Operation}<${commandInput(op)}, ${commandOutput(op)}> = {`);
  w.indent(() => {
    w.line(`name: ${tsString(op.name)},`);
    w.line(`target: ${tsString(`${ir.protocol.targetPrefix}.${op.name}`)},`);
    w.line(`serialize: ${se},`);
    w.line(`deserialize: ${de},`);
    w.line(`error: ${deError},`);
    // Only commands whose operation has them import the host prefix and compression code.
    if (op.hostPrefix !== undefined) {
      const hostPrefix = w.import(relativeImport(from, RUNTIME.hostPrefix), "hostPrefix");
      w.line(`hostPrefix: ${hostPrefix}(${tsString(op.hostPrefix)}),`);
    }
    // gzip is the one encoding Smithy defines for `@requestCompression`.
    if (op.requestCompression?.includes("gzip")) {
      const gzipRequestBody = w.import(relativeImport(from, RUNTIME.compression), "gzipRequestBody");
      w.line(`compress: ${gzipRequestBody},`);
    }
  });
  w.line("};");
  w.line();
  const tags = ["@public"];
  if (op.deprecated) tags.push(`@deprecated${op.deprecated.message ? ` ${op.deprecated.message}` : ""}`);
  if (op.errors.length > 0) {
    tags.push(
      "",
      `Throws (besides network and base errors): ${op.errors.map((e) => `{@link ${typeNameOf(ir, e)}}`).join(", ")}.`,
    );
  }
  w.doc(op.documentation, tags);
  w.block(`export class ${name} extends ${Command}<${commandInput(op)}, ${commandOutput(op)}>`, () => {
    w.block(`constructor(input: ${commandInput(op)})`, () => w.line("super(input, operation);"));
  });
  return w.toString();
}

export function emitCommands(ir: ServiceIR, names: ClientNames): Map<string, string> {
  return new Map(ir.operations.map((op) => [FILES.command(op), commandFile(ir, names, op)]));
}
