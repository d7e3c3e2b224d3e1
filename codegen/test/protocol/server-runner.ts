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
import { FILES } from "../../src/emit/client/names.js";
import { handlerName } from "../../src/emit/server/names.js";
import type { ServiceIR } from "../../src/ir/types.js";
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
  body?: string;
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

  private async dispatcher(handlers: object, errors: unknown[]): Promise<Dispatch> {
    const { serviceSchema } = await this.packages.importServer("schema.ts");
    const { createDispatcher } = await this.packages.importServerRuntime("dispatcher.ts");
    return (createDispatcher as CreateDispatcher)(serviceSchema, handlers, {
      requestId: () => "protocol-test",
      onError: (error) => errors.push(error),
    });
  }

  async request(c: RequestCase): Promise<void> {
    const received: unknown[] = [];
    const errors: unknown[] = [];
    const dispatch = await this.dispatcher(
      {
        [handlerName(c.operation.name)]: (input: unknown) => {
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
      body: c.body ?? "",
    });
    if (received.length !== 1) {
      throw new Error(
        `the handler was called ${received.length} times; the server answered ${response.status} ${response.body}${errors.map((e) => `\n${String(e)}`).join("")}`,
      );
    }
    const d = valueDifference(typedStructure(this.ir, c.operation.input, c.params), received[0]);
    if (d) throw new Error(`handler input ${d}`);
  }

  async response(c: ResponseCase): Promise<void> {
    const errors: unknown[] = [];
    let thrown: Error | undefined;
    if (c.error !== undefined) {
      const errorModule = await this.packages.importClient(FILES.errors);
      const ErrorType = errorModule[c.error.name] as ErrorClass;
      thrown = new ErrorType({ $metadata: {}, ...typedStructure(this.ir, c.error.name, c.params) });
    }
    const output = c.error === undefined ? typedStructure(this.ir, c.operation.output, c.params) : undefined;
    const dispatch = await this.dispatcher(
      {
        [handlerName(c.operation.name)]: () => (thrown ? Promise.reject(thrown) : Promise.resolve(output)),
      },
      errors,
    );
    const response = await dispatch({
      method: "POST",
      url: "/",
      headers: {
        "Content-Type": this.ir.protocol.contentType,
        "X-Amz-Target": `${this.ir.protocol.targetPrefix}.${c.operation.name}`,
      },
      body: "{}",
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
