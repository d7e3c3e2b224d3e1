/**
 * What the OpenAPI document of `@pc-benefits/openapi` promises: the schema of each operation's response
 * per HTTP status (checked with Ajv 2020 against the document's own components), and each operation's
 * modelled errors with their status and fault (`x-amz-error`).
 */
import { type ErrorBody, type OperationName, openapiDocument, type ResponseBody } from "@pc-benefits/openapi";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const MEDIA_TYPE = "application/x-amz-json-1.0";
const DOCUMENT_ID = "pc-benefits-openapi.json";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
ajv.addSchema(openapiDocument as object, DOCUMENT_ID);

/** A response body as the document types it, for one operation and any of its statuses. */
export type WireBody<Op extends OperationName> = ResponseBody<Op> | ErrorBody<Op>;

type Json = Record<string, unknown>;
const document = openapiDocument as unknown as {
  paths: Record<
    string,
    { post: { responses: Record<string, { content?: Record<string, { schema: Json }> }> } }
  >;
  components: { schemas: Record<string, Json> };
};

function pointer(...segments: string[]): string {
  return segments.map((s) => s.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
}

function responses(operation: OperationName) {
  const item = document.paths[`/${operation}`];
  if (!item) throw new Error(`the document has no path /${operation}`);
  return item.post.responses;
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(operation: OperationName, status: number): ValidateFunction | undefined {
  const key = `${operation} ${status}`;
  const cached = validators.get(key);
  if (cached) return cached;
  if (!responses(operation)[String(status)]?.content?.[MEDIA_TYPE]) return undefined;
  const ref = `${DOCUMENT_ID}#/${pointer("paths", `/${operation}`, "post", "responses", String(status), "content", MEDIA_TYPE, "schema")}`;
  const validate = ajv.compile({ $ref: ref });
  validators.set(key, validate);
  return validate;
}

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
  const validate = validatorFor(operation, status);
  let parsed: unknown;
  try {
    parsed = text === "" ? {} : JSON.parse(text);
  } catch {
    return { problems: [`not JSON: ${text.slice(0, 80)}`], body: {} as WireBody<Op> };
  }
  if (!validate)
    return { problems: [`status ${status} is not declared for ${operation}`], body: parsed as WireBody<Op> };
  const problems = validate(parsed)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
  return { problems, body: parsed as WireBody<Op> };
}

export interface ModelledError {
  operation: OperationName;
  name: string;
  status: number;
  fault: "client" | "server";
  /** The members the error's schema requires besides `Message` and `__type`, with valid sample values. */
  members: Record<string, unknown>;
}

function refName(schema: Json): string | undefined {
  return typeof schema.$ref === "string" ? schema.$ref.split("/").pop() : undefined;
}

/** A value valid for a member schema: the first enum value, a string, a number, or a list of one. */
function sampleValue(schema: Json): unknown {
  const name = refName(schema);
  const resolved = name ? (document.components.schemas[name] ?? {}) : schema;
  if (Array.isArray(resolved.enum)) return resolved.enum[0];
  if (resolved.type === "array") return [sampleValue((resolved.items ?? {}) as Json)];
  if (resolved.type === "integer" || resolved.type === "number") return 1;
  if (resolved.type === "object") return {};
  return "sample";
}

function errorOf(operation: OperationName, status: number, name: string): ModelledError {
  const schema = document.components.schemas[name];
  if (!schema) throw new Error(`the document has no schema ${name}`);
  const declared = schema["x-amz-error"] as { fault: "client" | "server"; httpStatus: number };
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = ((schema.required ?? []) as string[]).filter((m) => m !== "Message" && m !== "__type");
  const members = Object.fromEntries(required.map((m) => [m, sampleValue(properties[m] ?? {})]));
  if (declared.httpStatus !== status) {
    throw new Error(`${operation}: ${name} is listed under ${status} but declares ${declared.httpStatus}`);
  }
  return { operation, name, status, fault: declared.fault, members };
}

/** Every (operation, modelled error) pair the document declares, read from its responses. */
export function modelledErrors(): ModelledError[] {
  const out: ModelledError[] = [];
  for (const path of Object.keys(document.paths)) {
    const operation = path.slice(1) as OperationName;
    for (const [code, response] of Object.entries(responses(operation))) {
      const status = Number(code);
      if (status === 200) continue;
      const schema = response.content?.[MEDIA_TYPE]?.schema ?? {};
      const alternatives = Array.isArray(schema.oneOf) ? (schema.oneOf as Json[]) : [schema];
      for (const alternative of alternatives) {
        const name = refName(alternative);
        if (!name) throw new Error(`${operation} ${status}: an error schema without $ref`);
        out.push(errorOf(operation, status, name));
      }
    }
  }
  return out;
}

/** The operation names, in document order. */
export const OPERATIONS: readonly OperationName[] = Object.keys(document.paths).map(
  (path) => path.slice(1) as OperationName,
);
