/**
 * The OpenAPI document of `@pc-benefits/openapi` as the test kit reads it: JSON Schema objects, `$ref`
 * resolution (with the keywords a `$ref` carries beside it, such as a member's `maxItems`), and each
 * operation's request and response schemas.
 */
import { mediaType, type OperationName, openapiDocument } from "@pc-benefits/openapi";

export type JsonSchema = Record<string, unknown>;

interface ResponseObject {
  content?: Record<string, { schema: JsonSchema }>;
}

interface OperationObject {
  operationId: string;
  requestBody: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, ResponseObject>;
}

export const document = openapiDocument as unknown as {
  paths: Record<string, { post: OperationObject }>;
  components: { schemas: Record<string, JsonSchema> };
};

/** The operation names, in document order. */
export const OPERATIONS: readonly OperationName[] = Object.values(document.paths).map(
  (item) => item.post.operationId as OperationName,
);

function operationObject(operation: OperationName): OperationObject {
  const item = document.paths[`/${operation}`];
  if (!item) throw new Error(`the OpenAPI document has no operation ${JSON.stringify(operation)}`);
  return item.post;
}

/** The name a `$ref` points at (`#/components/schemas/Tag` is `Tag`). */
export function refName(schema: JsonSchema): string | undefined {
  return typeof schema.$ref === "string" ? schema.$ref.split("/").pop() : undefined;
}

/** The component schema of that name; a clear error when the document has none. */
export function componentSchema(name: string): JsonSchema {
  const schema = document.components.schemas[name];
  if (!schema) throw new Error(`the OpenAPI document has no schema ${JSON.stringify(name)}`);
  return schema;
}

/** The schema a `$ref` points at, with the keywords written beside the `$ref` applied over it. */
export function resolve(schema: JsonSchema): JsonSchema {
  const name = refName(schema);
  if (!name) return schema;
  const { $ref: _ref, ...siblings } = schema;
  return { ...resolve(componentSchema(name)), ...siblings };
}

/** The request body schema of an operation (its input structure). */
export function requestSchema(operation: OperationName): JsonSchema {
  const content = operationObject(operation).requestBody.content[mediaType];
  if (!content) throw new Error(`${operation} has no ${mediaType} request body`);
  return content.schema;
}

/** The responses an operation declares, by HTTP status (`"200"`, `"400"`, ...). */
export function responsesOf(operation: OperationName): Record<string, ResponseObject> {
  return operationObject(operation).responses;
}
