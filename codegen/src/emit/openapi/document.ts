/**
 * The OpenAPI 3.1 document of an AWS JSON (1.0 or 1.1) service. No standard mapping exists, so this is
 * ours: one `POST` path per operation (the `http` trait's URI, else `/<Operation>`), the real
 * `X-Amz-Target` header as a required parameter, bodies as `components/schemas`, each modelled
 * error as a response under its HTTP status, and SigV4 described as an API key in `Authorization`.
 */
import type { OperationIR, ServiceIR, StructureIR } from "../../ir/types.js";
import { GENERATED_NOTICE } from "../emitter.js";
import { docToMarkdown, summaryOf } from "./doc-text.js";
import { componentSchemas, type Schema, schemaRef } from "./json-schema.js";
import { wireDescription } from "./wire-description.js";

export const SIGV4_SCHEME = "sigv4";

export function buildOpenApiDocument(ir: ServiceIR): Schema {
  const mediaType = ir.protocol.contentType;
  const tags = operationTags(ir);
  const paths: Record<string, Schema> = {};
  const pathOf = operationPaths(ir.operations);
  for (const op of ir.operations) {
    const path = pathOf.get(op.name) ?? `/${op.name}`;
    if (paths[path]) throw new Error(`operations share the path ${path}`);
    paths[path] = { post: operationObject(op, ir, mediaType, tags.get(op.name) ?? []) };
  }
  const info: Schema = {
    title: ir.title ?? ir.sdkId,
    version: ir.version,
    description: wireDescription(ir),
  };
  const document: Schema = {
    "x-generated": GENERATED_NOTICE,
    openapi: "3.1.0",
    info,
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    tags: [...new Set([...tags.values()].flat())].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(ir),
      ...(ir.auth.sigv4
        ? { securitySchemes: { [SIGV4_SCHEME]: sigv4Scheme(ir.auth.sigv4.signingName) } }
        : {}),
    },
    "x-amz-service": {
      shapeId: ir.id,
      sdkId: ir.sdkId,
      protocol: ir.protocol.name,
      targetPrefix: ir.protocol.targetPrefix,
      ...(ir.auth.sigv4 ? { signingName: ir.auth.sigv4.signingName } : {}),
      ...(ir.endpointPrefix ? { endpointPrefix: ir.endpointPrefix } : {}),
    },
  };
  if (ir.auth.sigv4) document.security = [{ [SIGV4_SCHEME]: [] }];
  return document;
}

/**
 * Each operation's path: the `http` trait's URI when it is a plain path no other operation uses,
 * else `/<Operation>`. AWS JSON ignores the `http` trait (every call is `POST /`); a URI with labels
 * (`/things/{id}`) or a query, or one several operations share under different methods, cannot be
 * a `POST` path of its own.
 */
export function operationPaths(operations: readonly OperationIR[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const op of operations) {
    const uri = op.http?.uri;
    paths.set(
      op.name,
      uri !== undefined && /^\/[A-Za-z0-9._~!$&'()*+,;=:@/-]*$/.test(uri) ? uri : `/${op.name}`,
    );
  }
  // Operations on a shared path fall back to their own name, until no path is shared.
  for (let changed = true; changed; ) {
    changed = false;
    const count = new Map<string, number>();
    for (const path of paths.values()) count.set(path, (count.get(path) ?? 0) + 1);
    for (const [name, path] of paths) {
      if ((count.get(path) ?? 0) > 1 && path !== `/${name}`) {
        paths.set(name, `/${name}`);
        changed = true;
      }
    }
  }
  return paths;
}

function operationObject(op: OperationIR, ir: ServiceIR, mediaType: string, tags: string[]): Schema {
  const target = `${ir.protocol.targetPrefix}.${op.name}`;
  const out: Schema = { operationId: op.name };
  if (op.documentation) {
    out.summary = summaryOf(op.documentation);
    const description = docToMarkdown(op.documentation);
    if (description !== out.summary) out.description = description;
  }
  out.tags = tags;
  if (op.deprecated) out.deprecated = true;
  out.parameters = [
    {
      name: "X-Amz-Target",
      in: "header",
      required: true,
      description: `Selects the operation. AWS JSON services route on this header; the real endpoint path is \`/\`.`,
      schema: { type: "string", const: target },
    },
  ];
  out.requestBody = {
    required: true,
    description: "The input structure as a JSON object; send `{}` when no member is set.",
    content: { [mediaType]: { schema: schemaRef(op.input) } },
  };
  out.responses = responses(op, ir, mediaType);
  out["x-amz-target"] = target;
  if (op.paginated) out["x-amz-paginated"] = op.paginated;
  if (op.idempotencyTokenMember) out["x-amz-idempotency-token"] = op.idempotencyTokenMember;
  if (op.readonly) out["x-amz-readonly"] = true;
  if (op.idempotent) out["x-amz-idempotent"] = true;
  return out;
}

function responses(op: OperationIR, ir: ServiceIR, mediaType: string): Schema {
  const out: Schema = {
    "200": {
      description: "Success: the output structure as a JSON object.",
      headers: { "x-amzn-RequestId": requestIdHeader() },
      content: { [mediaType]: { schema: schemaRef(op.output) } },
    },
  };
  const byStatus = new Map<number, StructureIR[]>();
  for (const name of op.errors) {
    const shape = ir.shapes.get(name);
    if (shape?.kind !== "structure" || !shape.error)
      throw new Error(`${op.name} lists ${name}, which is not an error`);
    const list = byStatus.get(shape.error.httpStatus) ?? [];
    list.push(shape);
    byStatus.set(shape.error.httpStatus, list);
  }
  for (const [status, errors] of [...byStatus.entries()].sort(([a], [b]) => a - b)) {
    const schema: Schema =
      errors.length === 1 && errors[0]
        ? schemaRef(errors[0].name)
        : {
            oneOf: errors.map((e) => schemaRef(e.name)),
            discriminator: {
              propertyName: "__type",
              mapping: Object.fromEntries(errors.map((e) => [e.id, schemaRef(e.name).$ref])),
            },
          };
    out[String(status)] = {
      description: errors.map((e) => errorLine(e)).join("\n\n"),
      headers: { "x-amzn-RequestId": requestIdHeader() },
      content: { [mediaType]: { schema } },
    };
  }
  return out;
}

function errorLine(e: StructureIR): string {
  const doc = e.documentation ? `: ${summaryOf(e.documentation)}` : "";
  return `\`${e.name}\` (${e.error?.fault} error${e.error?.retryable ? ", retryable" : ""})${doc}`;
}

function requestIdHeader(): Schema {
  return { description: "The request ID.", schema: { type: "string" } };
}

function sigv4Scheme(signingName: string): Schema {
  return {
    type: "apiKey",
    in: "header",
    name: "Authorization",
    description: [
      `AWS Signature Version 4, signing name \`${signingName}\`. OpenAPI has no SigV4 scheme, so it is`,
      "described as an API key in the `Authorization` header: compute `AWS4-HMAC-SHA256 Credential=...,",
      "SignedHeaders=..., Signature=...` over the request (with `X-Amz-Date`, and `X-Amz-Security-Token` for",
      "temporary credentials) using an AWS SDK or any SigV4 signer; a fixed key will not work.",
    ].join(" "),
    "x-amazon-apigateway-authtype": "awsSigv4",
    "x-amz-signing-name": signingName,
  };
}

/** Tag per operation: the resource it is bound through, else the service. */
function operationTags(ir: ServiceIR): Map<string, string[]> {
  const serviceTag = ir.title ?? ir.sdkId;
  return new Map(ir.operations.map((op) => [op.name, [op.resource ?? serviceTag]]));
}
