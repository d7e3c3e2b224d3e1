/**
 * Runs one case against the generated client. Request cases send the command built from `params`
 * through a request handler that captures the HTTP request (as smithy-typescript's
 * `RequestSerializationTestHandler` does) and compare method, URI, host, headers and body. Response
 * cases answer with the case's response and compare the output, or the thrown error, with `params`.
 * Every function throws an `Error` naming the first difference it finds.
 */
import { gunzipSync } from "node:zlib";
import { clientNames, commandName, FILES } from "../../src/emit/client/names.js";
import type { ServiceIR, StructureIR } from "../../src/ir/types.js";
import type { RequestCase, ResponseCase } from "./cases.js";
import { jsonBodyDifference, valueDifference } from "./compare.js";
import type { GeneratedPackages } from "./generated-packages.js";
import { typedStructure } from "./typed-values.js";

/** The shape of the runtime's `HttpRequest`, as far as the harness reads it. */
interface CapturedRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

class CapturedRequestError extends Error {
  constructor(readonly request: CapturedRequest) {
    super("request captured");
  }
}

interface SendableClient {
  send(command: unknown): Promise<Record<string, unknown>>;
}

type ClientClass = new (config: Record<string, unknown>) => SendableClient;
type CommandClass = new (input: unknown) => unknown;

/** As smithy-typescript's `clientParams`: a region, static credentials, `https://localhost/`. */
const CLIENT_PARAMS = {
  region: "us-west-2",
  credentials: { accessKeyId: "key", secretAccessKey: "secret" },
  endpoint: "https://localhost/",
  maxAttempts: 1,
};

export class ClientRunner {
  constructor(
    private readonly ir: ServiceIR,
    private readonly packages: GeneratedPackages,
  ) {}

  private async classes(
    c: RequestCase | ResponseCase,
  ): Promise<{ Client: ClientClass; Command: CommandClass }> {
    const names = clientNames(this.ir);
    const clientModule = await this.packages.importClient(FILES.client(names));
    const commandModule = await this.packages.importClient(FILES.command(c.operation));
    return {
      Client: clientModule[names.client] as ClientClass,
      Command: commandModule[commandName(c.operation)] as CommandClass,
    };
  }

  async request(c: RequestCase): Promise<void> {
    const { Client, Command } = await this.classes(c);
    const client = new Client({
      ...CLIENT_PARAMS,
      ...(c.host === undefined ? {} : { endpoint: `https://${c.host}` }),
      requestHandler: {
        handle: (request: CapturedRequest) => Promise.reject(new CapturedRequestError(request)),
      },
    });
    const input = await typedStructure(this.packages, c.operation.input, c.params);
    let request: CapturedRequest;
    try {
      await client.send(new Command(input));
      throw new Error("the client sent no request");
    } catch (error) {
      if (!(error instanceof CapturedRequestError)) throw error;
      request = error.request;
    }
    const problems: string[] = [];
    if (request.method !== c.method) problems.push(`method: expected ${c.method}, got ${request.method}`);
    const query = request.path.indexOf("?");
    const path = query < 0 ? request.path : request.path.slice(0, query);
    if (path !== c.uri) problems.push(`uri: expected ${c.uri}, got ${path}`);
    const pairs = query < 0 ? [] : request.path.slice(query + 1).split("&");
    const keys = pairs.map((p) => decodeURIComponent(p.split("=")[0] ?? ""));
    for (const pair of c.queryParams) if (!pairs.includes(pair)) problems.push(`query: ${pair} missing`);
    for (const key of c.forbidQueryParams)
      if (keys.includes(key)) problems.push(`query: ${key} is forbidden`);
    for (const key of c.requireQueryParams)
      if (!keys.includes(key)) problems.push(`query: ${key} is required`);
    const expectedHost =
      c.resolvedHost ?? (c.host === undefined ? undefined : new URL(`https://${c.host}`).hostname);
    if (expectedHost !== undefined && request.hostname !== expectedHost) {
      problems.push(`host: expected ${expectedHost}, got ${request.hostname}`);
    }
    problems.push(...headerProblems(request.headers, c));
    const bytes = typeof request.body === "string" ? new TextEncoder().encode(request.body) : request.body;
    const encoding = request.headers["content-encoding"] ?? "";
    const text = new TextDecoder().decode(
      encoding.split(",").some((e) => e.trim() === "gzip") ? gunzipSync(bytes) : bytes,
    );
    if (c.body !== undefined) {
      const d = bodyDifference(c.body, c.bodyMediaType, text);
      if (d) problems.push(`body: ${d}`);
    }
    if (problems.length > 0) throw new Error(problems.join("\n"));
  }

  async response(c: ResponseCase): Promise<void> {
    const { Client, Command } = await this.classes(c);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(c.headers)) headers[name.toLowerCase()] = value;
    const client = new Client({
      ...CLIENT_PARAMS,
      requestHandler: {
        handle: () => Promise.resolve({ statusCode: c.code, headers, body: c.body ?? "" }),
      },
    });
    let output: Record<string, unknown>;
    try {
      output = await client.send(new Command({}));
    } catch (error) {
      if (c.error === undefined) throw error;
      await this.checkError(c, c.error, error);
      return;
    }
    if (c.error !== undefined) throw new Error(`expected ${c.error.name} to be thrown, got an output`);
    const metadata = output.$metadata as { httpStatusCode?: number } | undefined;
    if (metadata?.httpStatusCode !== c.code) {
      throw new Error(`$metadata.httpStatusCode: expected ${c.code}, got ${metadata?.httpStatusCode}`);
    }
    const d = valueDifference(await typedStructure(this.packages, c.operation.output, c.params), output);
    if (d) throw new Error(`output ${d}`);
  }

  private async checkError(c: ResponseCase, shape: StructureIR, error: unknown): Promise<void> {
    const e = error as Record<string, unknown> & { name?: unknown; $metadata?: { httpStatusCode?: number } };
    if (e.name !== shape.name) throw new Error(`expected ${shape.name} to be thrown, got ${String(error)}`);
    if (e.$metadata?.httpStatusCode !== c.code) {
      throw new Error(`$metadata.httpStatusCode: expected ${c.code}, got ${e.$metadata?.httpStatusCode}`);
    }
    const expected = await typedStructure(this.packages, shape.name, c.params);
    for (const member of shape.members) {
      // As the AWS SDK (and smithy-typescript's assertions): a modelled `Message` is the error's `message`.
      const key = member.name === "Message" ? "message" : member.name;
      const d = valueDifference(expected[member.name], e[key], `${shape.name}.${key}`);
      if (d && !(key === "message" && expected[member.name] === undefined)) throw new Error(d);
    }
    // aws.protocoltests.config#ErrorCodeParams: the error code and query error type the client exposes.
    // As the AWS SDK: `Code` when a query-compatible service sent one, else the error's name.
    const vendor = c.vendorParams;
    if (vendor !== undefined) {
      const code = e.Code ?? e.name;
      if (typeof vendor.code === "string" && code !== vendor.code) {
        throw new Error(`error code: expected ${vendor.code}, got ${String(code)}`);
      }
      if (typeof vendor.type === "string" && e.Type !== vendor.type) {
        throw new Error(`query error type: expected ${vendor.type}, got ${String(e.Type)}`);
      }
    }
  }
}

/** `headers` (exact values), `forbidHeaders` and `requireHeaders` of a case, names compared case-insensitively. */
export function headerProblems(
  actual: Record<string, string>,
  c: { headers: Record<string, string>; forbidHeaders: string[]; requireHeaders: string[] },
): string[] {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(actual)) lower[name.toLowerCase()] = value;
  const problems: string[] = [];
  for (const [name, value] of Object.entries(c.headers)) {
    const got = lower[name.toLowerCase()];
    if (got !== value)
      problems.push(`header ${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got)}`);
  }
  for (const name of c.forbidHeaders) {
    if (lower[name.toLowerCase()] !== undefined) problems.push(`header ${name} is forbidden but was sent`);
  }
  for (const name of c.requireHeaders) {
    if (lower[name.toLowerCase()] === undefined) problems.push(`header ${name} is required but missing`);
  }
  return problems;
}

/** An empty expected body means no body; JSON media types compare by meaning, others byte for byte. */
export function bodyDifference(
  expected: string,
  mediaType: string | undefined,
  actual: string,
): string | undefined {
  if (expected === "") return actual === "" ? undefined : `expected no body, got ${JSON.stringify(actual)}`;
  if (mediaType === "application/json") return jsonBodyDifference(expected, actual);
  return expected === actual
    ? undefined
    : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
