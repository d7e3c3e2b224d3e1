/** Every (operation, modelled error) pair the OpenAPI document declares, with its status, fault and members. */
import { mediaType, type OperationName } from "@pc-benefits/openapi";
import { componentSchema, type JsonSchema, OPERATIONS, refName, responsesOf } from "./document.js";
import { sampleOf } from "./schema-sample.js";

export interface ModelledError {
  operation: OperationName;
  name: string;
  status: number;
  fault: "client" | "server";
  /** The members the error's schema requires besides `Message` and `__type`, with valid sample values. */
  members: Record<string, unknown>;
}

function errorOf(operation: OperationName, status: number, name: string): ModelledError {
  const schema = componentSchema(name);
  const declared = schema["x-amz-error"] as { fault: "client" | "server"; httpStatus: number } | undefined;
  if (!declared) throw new Error(`${operation} ${status}: ${name} has no x-amz-error`);
  if (declared.httpStatus !== status)
    throw new Error(`${operation}: ${name} is listed under ${status} but declares ${declared.httpStatus}`);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = ((schema.required ?? []) as string[]).filter((m) => m !== "Message" && m !== "__type");
  const members = Object.fromEntries(
    required.map((m) => [
      m,
      sampleOf(properties[m] ?? {}, { members: "required", timestamps: "typed" }, `${name}.${m}`),
    ]),
  );
  return { operation, name, status, fault: declared.fault, members };
}

/** Every modelled error of every operation, read from the operations' responses in document order. */
export function modelledErrors(): ModelledError[] {
  const out: ModelledError[] = [];
  for (const operation of OPERATIONS) {
    for (const [code, response] of Object.entries(responsesOf(operation))) {
      const status = Number(code);
      if (status === 200) continue;
      const schema = response.content?.[mediaType]?.schema ?? {};
      const alternatives = Array.isArray(schema.oneOf) ? (schema.oneOf as JsonSchema[]) : [schema];
      for (const alternative of alternatives) {
        const name = refName(alternative);
        if (!name) throw new Error(`${operation} ${status}: an error schema without $ref`);
        out.push(errorOf(operation, status, name));
      }
    }
  }
  return out;
}
