/**
 * Runs one case against the generated server: its schema table behind the runtime's dispatcher
 * (`createDispatcher`, which the Hono app and the MSW handlers both call). Request cases send the
 * case's HTTP request and compare what the handler receives with `params`; response cases make the
 * handler return `params` (or throw the error built from them) and compare the HTTP response.
 *
 * A request case written for both sides lists only the headers a client must send that matter to it
 * (e.g. none for the `@endpoint` cases). The server routes on `X-Amz-Target` and needs the protocol's
 * `Content-Type`, so the harness adds the two for the operation under test when a case leaves them out;
 * a case that sets them is sent exactly as written.
 */
import { gzipSync } from "node:zlib";
import { FILES } from "../../src/emit/client/names.js";
import type { ServiceIR, TypeRef } from "../../src/ir/types.js";
import type { RequestCase, ResponseCase } from "./cases.js";
import { bodyDifference, headerProblems } from "./client-runner.js";
import { valueDifference } from "./compare.js";
import type { GeneratedPackages } from "./generated-packages.js";
import { typedStructure } from "./typed-values.js";

interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

type Dispatch = (request: {
  method?: string;
  url?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}) => Promise<WireResponse>;

type CreateDispatcher = (
  schema: unknown,
  handlers: object,
  options: { requestId: () => string; onError: (error: unknown) => void },
) => Dispatch;

type ErrorClass = new (options: Record<string, unknown>) => Error;

export class ServerRunner {
  constructor(
    private readonly ir: ServiceIR,
    private readonly packages: GeneratedPackages,
  ) {}

  private async dispatcher(
    handlers: object,
    errors: unknown[],
    requestId = "protocol-test",
  ): Promise<Dispatch> {
    const { serviceSchema } = await this.packages.importProtocol("schema.ts");
    const { createDispatcher } = await this.packages.importProtocolRuntime("dispatcher.ts");
    return (createDispatcher as CreateDispatcher)(serviceSchema, handlers, {
      requestId: () => requestId,
      onError: (error) => errors.push(error),
    });
  }

  async request(c: RequestCase): Promise<void> {
    const received: unknown[] = [];
    const errors: unknown[] = [];
    const dispatch = await this.dispatcher(
      {
        [c.operation.names.handler]: (input: unknown) => {
          received.push(input);
          return Promise.resolve({});
        },
      },
      errors,
    );
    const headers: Record<string, string> = {};
    const has = (name: string): boolean => Object.keys(c.headers).some((h) => h.toLowerCase() === name);
    if (!has("x-amz-target"))
      headers["X-Amz-Target"] = `${this.ir.protocol.targetPrefix}.${c.operation.name}`;
    if (!has("content-type")) headers["Content-Type"] = this.ir.protocol.contentType;
    Object.assign(headers, c.headers);
    const query = c.queryParams.length > 0 ? `?${c.queryParams.join("&")}` : "";
    const response = await dispatch({
      method: c.method,
      url: `${c.uri}${query}`,
      headers,
      body: requestBody(c),
    });
    if (received.length !== 1) {
      throw new Error(
        `the handler was called ${received.length} times; the server answered ${response.status} ${response.body}${errors.map((e) => `\n${String(e)}`).join("")}`,
      );
    }
    const d = valueDifference(await typedStructure(this.packages, c.operation.input, c.params), received[0]);
    if (d) throw new Error(`handler input ${d}`);
  }

  async response(c: ResponseCase): Promise<void> {
    const errors: unknown[] = [];
    // The server chooses the request ID; a case that names one gets a server configured to choose it.
    const requestIdHeader = Object.keys(c.headers).find((h) => h.toLowerCase() === "x-amzn-requestid");
    const requestId =
      requestIdHeader === undefined ? "protocol-test" : (c.headers[requestIdHeader] as string);
    let thrown: Error | undefined;
    if (c.error !== undefined) {
      const errorModule = await this.packages.importProtocol(FILES.errors);
      const ErrorType = errorModule[c.error.name] as ErrorClass;
      thrown = new ErrorType({
        $metadata: {},
        ...(await typedStructure(this.packages, c.error.name, c.params)),
      });
    }
    const output =
      c.error === undefined ? await typedStructure(this.packages, c.operation.output, c.params) : undefined;
    const dispatch = await this.dispatcher(
      {
        [c.operation.names.handler]: () => (thrown ? Promise.reject(thrown) : Promise.resolve(output)),
      },
      errors,
      requestId,
    );
    const response = await dispatch({
      method: "POST",
      url: "/",
      headers: {
        "Content-Type": this.ir.protocol.contentType,
        "X-Amz-Target": `${this.ir.protocol.targetPrefix}.${c.operation.name}`,
      },
      body: JSON.stringify(minimalInput(this.ir, { kind: "shape", name: c.operation.input })),
    });
    const problems: string[] = [];
    if (response.status !== c.code) problems.push(`status: expected ${c.code}, got ${response.status}`);
    problems.push(...headerProblems(response.headers, c));
    if (c.body !== undefined) {
      const d = bodyDifference(c.body, c.bodyMediaType, response.body);
      if (d) problems.push(`body: ${d}`);
    }
    if (errors.length > 0) problems.push(...errors.map((e) => `handler error: ${String(e)}`));
    if (problems.length > 0) throw new Error(problems.join("\n"));
  }
}

/**
 * The request body of a case. A case without one (the `@requestCompression` cases give only `params` and
 * `Content-Encoding: gzip`) is sent the JSON of its `params`, gzipped when the case says so; only params of
 * plain JSON values (strings, numbers, booleans) can be written so without a serializer.
 */
function requestBody(c: RequestCase): string | Uint8Array {
  if (c.body !== undefined) return c.body;
  const plain = Object.values(c.params).every((v) => ["string", "number", "boolean"].includes(typeof v));
  if (!plain) throw new Error("the case has no body and its params are not plain JSON values");
  const json = JSON.stringify(c.params);
  const encoding = Object.entries(c.headers).find(([name]) => name.toLowerCase() === "content-encoding")?.[1];
  return encoding?.split(",").some((e) => e.trim() === "gzip") ? new Uint8Array(gzipSync(json)) : json;
}

/**
 * The smallest input the server accepts for a shape: each required member without a default at its
 * type's zero (a response case only needs the request to reach the handler).
 */
function minimalInput(ir: ServiceIR, ref: TypeRef): unknown {
  if (ref.kind === "scalar") {
    switch (ref.scalar) {
      case "string":
      case "blob":
        return "";
      case "boolean":
        return false;
      case "document":
        return null;
      default:
        return 0;
    }
  }
  const shape = ir.shapes.get(ref.name);
  switch (shape?.kind) {
    case "structure": {
      const out: Record<string, unknown> = {};
      for (const m of shape.members) {
        if (m.required && m.default === undefined) out[m.name] = minimalInput(ir, m.type);
      }
      return out;
    }
    case "union": {
      const first = shape.members[0];
      return first ? { [first.name]: minimalInput(ir, first.type) } : {};
    }
    case "list":
      return [];
    case "map":
      return {};
    case "enum":
      return shape.values[0]?.value ?? "";
    case "intEnum":
      return shape.values[0]?.value ?? 0;
    default:
      return null;
  }
}
