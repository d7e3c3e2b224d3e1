/** Validates JSON bodies against the document's schemas with Ajv (JSON Schema 2020-12, the OpenAPI 3.1 dialect). */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { openapiDocument } from "../src/index.js";

// ajv-formats is CommonJS; its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule.default;

const DOC_ID = "https://pc-benefits.invalid/openapi.json";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: DOC_ID, components: openapiDocument.components }, DOC_ID);

/** Ajv error keywords for `value` against `ref` (`#/components/schemas/X`); `[]` when valid. */
export function schemaErrors(ref: string, value: unknown): string[] {
  const validate = ajv.getSchema(`${DOC_ID}${ref}`);
  if (!validate) throw new Error(`no schema at ${ref}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.keyword}`);
}
