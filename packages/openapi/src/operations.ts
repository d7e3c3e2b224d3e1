/** Runtime lookups over the document: operation by name, by path, or by `X-Amz-Target`. */
import { mediaType as MEDIA_TYPE, openapiDocument } from "./generated/openapi.js";
import type { OperationName, OperationPath } from "./types.js";

export interface OperationInfo {
  name: OperationName;
  path: OperationPath;
  /** The `X-Amz-Target` header value that selects the operation on the AWS JSON wire. */
  target: string;
  /** `$ref` of the request and success schemas, e.g. `#/components/schemas/GetFooInput`. */
  inputRef: string;
  outputRef: string;
}

function build(): OperationInfo[] {
  return Object.entries(openapiDocument.paths).map(([path, item]) => {
    const op = item.post;
    const ok = op.responses["200"].content[MEDIA_TYPE].schema;
    return {
      name: op.operationId,
      path: path as OperationPath,
      target: op["x-amz-target"],
      inputRef: op.requestBody.content[MEDIA_TYPE].schema.$ref,
      outputRef: ok.$ref,
    };
  });
}

/** Every operation of the document, in document (alphabetical) order. */
export const operationList: readonly OperationInfo[] = build();

/** Finds an operation by name, path (`/GetFoo`) or `X-Amz-Target` value; `undefined` when there is none. */
export function findOperation(key: string): OperationInfo | undefined {
  return operationList.find((op) => op.name === key || op.path === key || op.target === key);
}
