/**
 * Checks JSON bodies against the OpenAPI document with Ajv (JSON Schema 2020-12, the OpenAPI 3.1
 * dialect): a wire response against the schema its operation declares for its status, or any value
 * against a component schema (`#/components/schemas/X`) or an operation's request schema.
 */
import {
  type ErrorBody,
  mediaType,
  type OperationName,
  openapiDocument,
  type ResponseBody,
} from "@pc-benefits/openapi";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { componentSchema, responsesOf } from "./document.js";

const DOCUMENT_ID = "pc-benefits-openapi.json";

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
ajv.addSchema(openapiDocument as object, DOCUMENT_ID);

function pointer(...segments: string[]): string {
  return segments.map((s) => s.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
}

const validators = new Map<string, ValidateFunction>();

function compiled(path: string): ValidateFunction {
  const cached = validators.get(path);
  if (cached) return cached;
  const validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${path}` });
  validators.set(path, validate);
  return validate;
}

function problemsOf(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
}

/** What is wrong with `value` against the component schema `name`; `[]` when it is valid. */
export function schemaProblems(name: string, value: unknown): string[] {
  componentSchema(name);
  const validate = compiled(pointer("components", "schemas", name));
  return validate(value) ? [] : problemsOf(validate.errors);
}

/** What is wrong with `body` as the request of `operation`; `[]` when it is valid. */
export function requestProblems(operation: OperationName, body: unknown): string[] {
  responsesOf(operation);
  const validate = compiled(
    pointer("paths", `/${operation}`, "post", "requestBody", "content", mediaType, "schema"),
  );
  return validate(body) ? [] : problemsOf(validate.errors);
}

/** A response body as the document types it, for one operation and any of its statuses. */
export type WireBody<Op extends OperationName> = ResponseBody<Op> | ErrorBody<Op>;

export interface CheckedBody<Op extends OperationName> {
  /** Empty when the body satisfies the document's schema for that operation and status. */
  problems: string[];
  body: WireBody<Op>;
}

/**
 * Parses a wire body and checks it against the schema the document declares for the operation and
 * status. An undeclared status or a body that is not JSON is a problem too. An empty body stands for
 * the empty object (AWS JSON 1.0 allows either for an output without members).
 */
export function checkWireBody<Op extends OperationName>(
  operation: Op,
  status: number,
  text: string,
): CheckedBody<Op> {
  const declared = responsesOf(operation)[String(status)]?.content?.[mediaType];
  let parsed: unknown;
  try {
    parsed = text === "" ? {} : JSON.parse(text);
  } catch {
    return { problems: [`not JSON: ${text.slice(0, 80)}`], body: {} as WireBody<Op> };
  }
  if (!declared)
    return { problems: [`status ${status} is not declared for ${operation}`], body: parsed as WireBody<Op> };
  const validate = compiled(
    pointer("paths", `/${operation}`, "post", "responses", String(status), "content", mediaType, "schema"),
  );
  return { problems: validate(parsed) ? [] : problemsOf(validate.errors), body: parsed as WireBody<Op> };
}
