/**
 * Reads Smithy's HTTP protocol compliance tests (`smithy.test#httpRequestTests` and
 * `smithy.test#httpResponseTests`) of one service: the cases on its operations and on the errors they
 * bind, as smithy-typescript's protocol test generator walks them. A case belongs to a side when its
 * `appliesTo` is absent or names that side, its protocol is the service's, and neither the operation nor
 * the error is tagged for the other side only (`client-only` / `server-only`).
 */

import type { OperationIR, ServiceIR, StructureIR } from "../../src/ir/types.js";
import type { NodeValue } from "../../src/model/ast.js";
import type { Model, Shape } from "../../src/model/model.js";
import { isNodeObject } from "../../src/model/node-value.js";

export type Side = "client" | "server";

interface CaseBase {
  id: string;
  documentation?: string;
  protocol: string;
  /** Header names as written in the case. */
  headers: Record<string, string>;
  forbidHeaders: string[];
  requireHeaders: string[];
  body?: string;
  bodyMediaType?: string;
  params: Record<string, NodeValue>;
  vendorParams?: Record<string, NodeValue>;
  tags: string[];
  appliesTo?: Side;
  operation: OperationIR;
}

export interface RequestCase extends CaseBase {
  kind: "request";
  method: string;
  uri: string;
  host?: string;
  resolvedHost?: string;
  /** `key=value` pairs, percent-encoded as on the wire. */
  queryParams: string[];
  forbidQueryParams: string[];
  requireQueryParams: string[];
}

export interface ResponseCase extends CaseBase {
  kind: "response";
  code: number;
  /** Set for the cases of an error structure. */
  error?: StructureIR;
}

export type ProtocolCase = RequestCase | ResponseCase;

const REQUEST_TESTS = "smithy.test#httpRequestTests";
const RESPONSE_TESTS = "smithy.test#httpResponseTests";
const TAGS = "smithy.api#tags";

const PROTOCOL_TRAITS: Record<ServiceIR["protocol"]["name"], string> = {
  awsJson1_0: "aws.protocols#awsJson1_0",
  awsJson1_1: "aws.protocols#awsJson1_1",
};

/** Every case of the service that applies to `side`, in operation order (requests, responses, errors). */
export function casesFor(model: Model, ir: ServiceIR, side: Side): ProtocolCase[] {
  const protocol = PROTOCOL_TRAITS[ir.protocol.name];
  const otherOnly = side === "client" ? "server-only" : "client-only";
  const out: ProtocolCase[] = [];
  const applies = (c: ProtocolCase): boolean =>
    c.protocol === protocol && (c.appliesTo === undefined || c.appliesTo === side);
  for (const operation of ir.operations) {
    const shape = expectShape(model, operation.id);
    if (tagsOf(shape).includes(otherOnly)) continue;
    for (const raw of listTrait(shape, REQUEST_TESTS)) {
      const c = requestCase(raw, operation);
      if (applies(c)) out.push(c);
    }
    for (const raw of listTrait(shape, RESPONSE_TESTS)) {
      const c = responseCase(raw, operation);
      if (applies(c)) out.push(c);
    }
    for (const errorName of operation.errors) {
      const error = ir.shapes.get(errorName);
      if (error?.kind !== "structure") continue;
      const errorShape = expectShape(model, error.id);
      if (tagsOf(errorShape).includes(otherOnly)) continue;
      for (const raw of listTrait(errorShape, RESPONSE_TESTS)) {
        const c = responseCase(raw, operation, error);
        if (applies(c)) out.push(c);
      }
    }
  }
  return out;
}

function expectShape(model: Model, id: string): Shape {
  const shape = model.shapes.get(id);
  if (!shape) throw new Error(`shape ${id} is not in the model`);
  return shape;
}

function tagsOf(shape: Shape): string[] {
  return strings(shape.traits.get(TAGS));
}

function listTrait(shape: Shape, trait: string): Record<string, NodeValue>[] {
  const value = shape.traits.get(trait);
  return Array.isArray(value) ? value.filter(isNodeObject) : [];
}

function strings(value: NodeValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function text(value: NodeValue | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function base(raw: Record<string, NodeValue>, operation: OperationIR): CaseBase {
  const headers: Record<string, string> = {};
  const rawHeaders = raw.headers;
  if (isNodeObject(rawHeaders)) {
    for (const [name, value] of Object.entries(rawHeaders))
      if (typeof value === "string") headers[name] = value;
  }
  const c: CaseBase = {
    id: text(raw.id) ?? "(no id)",
    protocol: text(raw.protocol) ?? "",
    headers,
    forbidHeaders: strings(raw.forbidHeaders),
    requireHeaders: strings(raw.requireHeaders),
    params: isNodeObject(raw.params) ? raw.params : {},
    tags: strings(raw.tags),
    operation,
  };
  const documentation = text(raw.documentation);
  if (documentation !== undefined) c.documentation = documentation;
  const body = text(raw.body);
  if (body !== undefined) c.body = body;
  const bodyMediaType = text(raw.bodyMediaType);
  if (bodyMediaType !== undefined) c.bodyMediaType = bodyMediaType;
  if (isNodeObject(raw.vendorParams)) c.vendorParams = raw.vendorParams;
  const appliesTo = text(raw.appliesTo);
  if (appliesTo === "client" || appliesTo === "server") c.appliesTo = appliesTo;
  return c;
}

function requestCase(raw: Record<string, NodeValue>, operation: OperationIR): RequestCase {
  const c: RequestCase = {
    ...base(raw, operation),
    kind: "request",
    method: text(raw.method) ?? "POST",
    uri: text(raw.uri) ?? "/",
    queryParams: strings(raw.queryParams),
    forbidQueryParams: strings(raw.forbidQueryParams),
    requireQueryParams: strings(raw.requireQueryParams),
  };
  const host = text(raw.host);
  if (host !== undefined) c.host = host;
  const resolvedHost = text(raw.resolvedHost);
  if (resolvedHost !== undefined) c.resolvedHost = resolvedHost;
  return c;
}

function responseCase(
  raw: Record<string, NodeValue>,
  operation: OperationIR,
  error?: StructureIR,
): ResponseCase {
  const c: ResponseCase = {
    ...base(raw, operation),
    kind: "response",
    code: typeof raw.code === "number" ? raw.code : 200,
  };
  if (error) c.error = error;
  return c;
}
