/**
 * The protocol emitter: `packages/protocol/src/generated/` gets the models (`models/`: types, enums, error
 * classes, their table by error name and the service exception, shared by the client, the server and the MSW
 * handlers), the schema table the runtime interprets (`schema.ts`), the inputs as handlers receive them after
 * validation (`validated.ts`) and the typed handler interface (`handlers.ts`), which takes those inputs.
 */

import type { ServiceIR } from "../../ir/types.js";
import { emitModels } from "../client/models.js";
import { clientNames } from "../client/names.js";
import { CodeWriter, tsPropertyKey, tsString } from "../code-writer.js";
import type { Emitter, GeneratedFile } from "../emitter.js";
import { clientStem, typeNameOf } from "../ts-names.js";
import { summaryOf } from "./doc-summary.js";
import { printLiteral } from "./literal.js";
import { schemaTable } from "./schema-table.js";
import { VALIDATED_NAMESPACE, validatedInputsFile } from "./validated-inputs.js";

export interface ProtocolEmitterOptions {
  /** Repository-relative package folder. */
  packageDir: string;
}

export const PROTOCOL_DEFAULTS: ProtocolEmitterOptions = { packageDir: "packages/protocol" };

/** The models module, relative to the generated root (where the handler interface reads its types). */
const MODELS_MODULE = "./models/index.js";

/** The validated inputs, relative to the generated root. */
const VALIDATED_MODULE = "./validated.js";

export function createProtocolEmitter(options: ProtocolEmitterOptions = PROTOCOL_DEFAULTS): Emitter {
  return {
    name: "protocol",
    emit(ir: ServiceIR): GeneratedFile[] {
      if (ir.protocol.name !== "awsJson1_0" && ir.protocol.name !== "awsJson1_1") {
        throw new Error(`the protocol emitter supports AWS JSON protocols only, not ${ir.protocol.name}`);
      }
      const dir = `${options.packageDir}/src/generated`;
      const models = [...emitModels(ir, clientNames(ir))].map(([path, contents]) => ({
        path: `${dir}/${path}`,
        contents,
      }));
      return [
        ...models,
        { path: `${dir}/schema.ts`, contents: schemaFile(ir) },
        { path: `${dir}/validated.ts`, contents: validatedInputsFile(ir, MODELS_MODULE) },
        { path: `${dir}/handlers.ts`, contents: handlersFile(ir, MODELS_MODULE, VALIDATED_MODULE) },
      ];
    },
  };
}

export const protocolEmitter: Emitter = createProtocolEmitter();

function schemaFile(ir: ServiceIR): string {
  const w = new CodeWriter();
  const schemaType = w.importType("../runtime/schema.js", "ServiceSchema");
  w.doc(`Validation and (de)serialization table of \`${ir.id}\`, interpreted by the protocol runtime.`);
  w.line(`export const serviceSchema: ${schemaType} = ${printLiteral(schemaTable(ir))};`);
  return w.toString();
}

function handlersFile(ir: ServiceIR, modelsModule: string, validatedModule: string): string {
  const w = new CodeWriter();
  const context = w.importType("../runtime/dispatcher.js", "HandlerContext");
  w.doc(
    `The operations of \`${ir.shapeName}\`, one typed async function each. Implement the ones you need;\n` +
      "the server answers the others with an AWS-shaped 501. Each takes its input as validated against the\n" +
      "model (`Validated`: required members present) and answers the model's output type.",
  );
  // An output type of the same name is imported too: the namespace then takes another local name.
  const taken = ir.operations.some((op) => typeNameOf(ir, op.output) === VALIDATED_NAMESPACE);
  const validated = w.importType(
    validatedModule,
    VALIDATED_NAMESPACE,
    taken ? `_${VALIDATED_NAMESPACE}` : undefined,
  );
  w.block("export interface ServiceHandlers", () => {
    for (const op of ir.operations) {
      const input = `${validated}.${typeNameOf(ir, op.input)}`;
      const output = w.importType(modelsModule, typeNameOf(ir, op.output));
      const outputShape = ir.shapes.get(op.output);
      const empty = outputShape?.kind === "structure" && outputShape.members.length === 0;
      w.doc(summaryOf(op.documentation) ?? op.name, op.deprecated ? ["@deprecated"] : []);
      const name = op.names.handler;
      const result = `Promise<${output}${empty ? " | void" : ""}>`;
      const oneLine = `${name}(input: ${input}, context: ${context}): ${result};`;
      if (oneLine.length <= 106) w.line(oneLine);
      else w.line(`${name}(\n  input: ${input},\n  context: ${context},\n): ${result};`);
    }
  });
  w.line();
  w.doc(`\`ServiceHandlers\` under the service's own name.`);
  w.line(`export type ${clientStem(ir)}Handlers = ServiceHandlers;`);
  w.line();
  w.doc("Operation names, in model order of the table above.");
  w.line(
    `export const operationNames = [${ir.operations.map((op) => tsString(op.name)).join(", ")}] as const;`,
  );
  w.line();
  w.doc(
    "Each operation's TypeScript names: the aggregated client's method, the key of its function in\n" +
      "`ServiceHandlers`, and its MSW handler factory. Runtimes read these instead of deriving them.",
  );
  w.block(
    "export const operations =",
    () => {
      for (const op of ir.operations) {
        const { method, handler, factory } = op.names;
        w.line(
          `${tsPropertyKey(op.name)}: { method: ${tsString(method)}, handler: ${tsString(handler)}, factory: ${tsString(factory)} },`,
        );
      }
    },
    " as const;",
  );
  return w.toString();
}
