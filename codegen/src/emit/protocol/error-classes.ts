/**
 * The service's error classes by error name (`models/error-classes.ts`, exported by the models index), so
 * runtimes that construct or recognise an error by name read the generated classes instead of listing them.
 */

import type { ServiceIR } from "../../ir/types.js";
import { isError } from "../client/models.js";
import { FILES, relativeImport } from "../client/names.js";
import { CodeWriter, tsPropertyKey, tsString } from "../code-writer.js";
import { typeNameOf } from "../ts-names.js";

/** The table's module, relative to the generated root. */
export const ERROR_CLASSES_FILE = "models/error-classes.ts";

/** The `errorClasses` module: each modelled error's class under its error name (the shape's own name). */
export function errorClassesFile(ir: ServiceIR): string {
  const w = new CodeWriter();
  const errors = relativeImport(ERROR_CLASSES_FILE, FILES.errors);
  const entries = [...ir.shapes.values()].filter(isError).map((shape) => {
    const local = w.import(errors, typeNameOf(ir, shape.name));
    return local === shape.name ? `${local},` : `${tsPropertyKey(shape.name)}: ${local},`;
  });
  w.doc("The service's error classes by error name (the `name` of their instances).");
  w.block(
    "export const errorClasses =",
    () => {
      for (const entry of entries) w.line(entry);
    },
    " as const;",
  );
  return w.toString();
}

/**
 * The models files (relative to the generated root) with the error class table added and exported from the
 * models index.
 */
export function withErrorClasses(ir: ServiceIR, models: Map<string, string>): Map<string, string> {
  const index = models.get(FILES.modelsIndex);
  if (index === undefined) throw new Error(`the models have no ${FILES.modelsIndex} to export errorClasses`);
  const from = tsString(relativeImport(FILES.modelsIndex, ERROR_CLASSES_FILE));
  return new Map([
    ...models,
    [ERROR_CLASSES_FILE, errorClassesFile(ir)],
    [FILES.modelsIndex, `${index.trimEnd()}\nexport { errorClasses } from ${from};\n`],
  ]);
}
