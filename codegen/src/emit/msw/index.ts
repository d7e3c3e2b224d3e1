/**
 * The MSW emitter: `packages/msw/src/generated/handlers.ts` gets one typed handler factory per operation,
 * each a thin call into the hand-written runtime (`createOperationHandler`) with the protocol's schema table.
 */

import type { ServiceIR } from "../../ir/types.js";
import { CodeWriter, tsPropertyKey, tsString } from "../code-writer.js";
import type { Emitter, GeneratedFile } from "../emitter.js";
import { summaryOf } from "../protocol/doc-summary.js";
import { typeNameOf } from "../ts-names.js";

export interface MswEmitterOptions {
  /** Repository-relative package folder. */
  packageDir: string;
  /** Module exporting the model types. */
  modelsModule: string;
  /** Module exporting the protocol's `serviceSchema`. */
  schemaModule: string;
}

export const MSW_DEFAULTS: MswEmitterOptions = {
  packageDir: "packages/msw",
  modelsModule: "@pc-benefits/protocol/models",
  schemaModule: "@pc-benefits/protocol",
};

export function createMswEmitter(options: MswEmitterOptions = MSW_DEFAULTS): Emitter {
  return {
    name: "msw",
    emit(ir: ServiceIR): GeneratedFile[] {
      return [
        { path: `${options.packageDir}/src/generated/handlers.ts`, contents: handlersFile(ir, options) },
      ];
    },
  };
}

export const mswEmitter: Emitter = createMswEmitter();

function handlersFile(ir: ServiceIR, options: MswEmitterOptions): string {
  const w = new CodeWriter();
  const runtime = "../runtime/operation-handler.js";
  const schema = w.import(options.schemaModule, "serviceSchema");
  const httpHandler = w.importType("msw", "HttpHandler");
  const create = w.import(runtime, "createOperationHandler");
  const handlerOptions = w.importType(runtime, "HandlerOptions");
  const resolverType = w.importType(runtime, "OperationResolver");
  ir.operations.forEach((op, index) => {
    const input = w.importType(options.modelsModule, typeNameOf(ir, op.input));
    const output = w.importType(options.modelsModule, typeNameOf(ir, op.output));
    const outputShape = ir.shapes.get(op.output);
    const empty = outputShape?.kind === "structure" && outputShape.members.length === 0;
    const summary = summaryOf(op.documentation);
    if (index > 0) w.line();
    const mocks = `Mocks \`${op.name}\` (\`X-Amz-Target: ${ir.protocol.targetPrefix}.${op.name}\`).`;
    w.doc(summary ? `${summary}\n\n${mocks}` : mocks, op.deprecated ? ["@deprecated"] : []);
    w.line(`export function ${op.names.factory}(`);
    w.indent(() => {
      w.line(`resolver: ${resolverType}<${input}, ${output}${empty ? " | void" : ""}>,`);
      w.line(`options?: ${handlerOptions},`);
    });
    w.block(`): ${httpHandler}`, () => {
      w.line(`return ${create}(${schema}, ${tsString(op.name)}, resolver, options);`);
    });
  });
  w.line();
  w.doc("Every factory above, keyed by operation name.");
  w.block(
    "export const operationHandlers =",
    () => {
      for (const op of ir.operations) w.line(`${tsPropertyKey(op.name)}: ${op.names.factory},`);
    },
    " as const;",
  );
  return w.toString();
}
