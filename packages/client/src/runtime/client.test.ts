import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Client } from "./client.js";
import { Command, type Operation } from "./command.js";
import { gzipRequestBody, resolveCompressionConfig } from "./compression.js";
import type { ServiceDescriptor } from "./config.js";
import { hostPrefix } from "./host-prefix.js";
import type { HttpHandler, HttpRequest, HttpResponse } from "./http.js";
import type { MetadataBearer } from "./metadata.js";
import { addQueryErrorFields } from "./query-compatible.js";
import { ServiceException } from "./service-exception.js";

interface EchoInput {
  Id?: string;
}
interface EchoOutput extends MetadataBearer {
  Id?: string;
}

class NotFound extends ServiceException {
  Message?: string;
  constructor(opts: { $metadata: ServiceException["$metadata"]; message?: string; Message?: string }) {
    super({ name: "NotFound", $fault: "client", ...opts });
    this.Message = opts.Message;
  }
}

const operation: Operation<EchoInput, EchoOutput> = {
  name: "Echo",
  target: "Svc.Echo",
  serialize: (input) => (input.Id === undefined ? {} : { Id: input.Id }),
  deserialize: (body) => (typeof body.Id === "string" ? { Id: body.Id } : {}),
  error: (code, body, $metadata) =>
    code === "NotFound"
      ? new NotFound({ $metadata, Message: typeof body.Message === "string" ? body.Message : undefined })
      : new ServiceException({
          name: code ?? "UnknownError",
          $fault: ($metadata.httpStatusCode ?? 0) >= 500 ? "server" : "client",
          $metadata,
        }),
};

class EchoCommand extends Command<EchoInput, EchoOutput> {
  constructor(input: EchoInput) {
    super(input, operation);
  }
}

const SERVICE: ServiceDescriptor = {
  contentType: "application/x-amz-json-1.0",
  signingName: "svc",
  endpointTemplate: "https://svc.{region}.api.aws",
  endpointEnvSuffix: "SVC",
};
const CREDENTIALS = { accessKeyId: "AKID", secretAccessKey: "SECRET" };

type Reply = Partial<HttpResponse> | Error;

function fakeHandler(...replies: Reply[]): HttpHandler & { requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  return {
    requests,
    async handle(request) {
      requests.push(structuredClone(request));
      const reply = replies.shift() ?? { statusCode: 500 };
      if (reply instanceof Error) throw reply;
      return { statusCode: 200, headers: {}, body: "", ...reply };
    },
  };
}

function client(handler: HttpHandler, maxAttempts?: number): Client<EchoInput, EchoOutput> {
  return new Client(SERVICE, {
    region: "us-west-2",
    credentials: CREDENTIALS,
    requestHandler: handler,
    maxAttempts,
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("Client.send", () => {
  it("sends an AWS JSON request to the regional endpoint and returns output with $metadata", async () => {
    const handler = fakeHandler({ body: '{"Id":"x","Extra":1}', headers: { "x-amzn-requestid": "req-1" } });
    const output = await client(handler).send(new EchoCommand({ Id: "x" }));
    expect(output).toEqual({
      Id: "x",
      $metadata: { httpStatusCode: 200, requestId: "req-1", attempts: 1, totalRetryDelay: 0 },
    });
    const [request] = handler.requests;
    expect(request).toMatchObject({
      method: "POST",
      protocol: "https:",
      hostname: "svc.us-west-2.api.aws",
      path: "/",
      body: '{"Id":"x"}',
      headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "Svc.Echo" },
    });
    expect(request?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/us-west-2\/svc\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/,
    );
  });

  it("always sends at least {}", async () => {
    const handler = fakeHandler({ body: "" });
    await expect(client(handler).send(new EchoCommand({}))).resolves.toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
    expect(handler.requests[0]?.body).toBe("{}");
  });

  it.each([
    ["__type with namespace", { body: '{"__type":"ns#NotFound","Message":"gone"}' }],
    ["__type with colon suffix", { body: '{"__type":"NotFound:http://internal/","message":"gone"}' }],
    ["header only", { headers: { "x-amzn-errortype": "NotFound" }, body: '{"Message":"gone"}' }],
  ])("throws the modelled error: %s", async (_name, reply) => {
    const error = await client(fakeHandler({ statusCode: 404, ...reply }))
      .send(new EchoCommand({}))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect(error).toBeInstanceOf(ServiceException);
    expect(error).toMatchObject({
      name: "NotFound",
      $fault: "client",
      message: "gone",
      $metadata: { httpStatusCode: 404 },
    });
    expect((error as NotFound).Message).toBeUndefined();
  });

  it.each([
    [
      "unknown code",
      { statusCode: 400, body: '{"__type":"x#Mystery","message":"huh"}' },
      "Mystery",
      "huh",
      "client",
    ],
    [
      "no code, HTML body",
      { statusCode: 502, body: "<html>bad gateway</html>" },
      "UnknownError",
      "UnknownError",
      "server",
    ],
  ])("throws the base exception for %s", async (_name, reply, name, message, fault) => {
    const error = await client(fakeHandler(reply), 1)
      .send(new EchoCommand({}))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceException);
    expect(error).not.toBeInstanceOf(NotFound);
    expect(error).toMatchObject({ name, message, $fault: fault });
  });

  it("reports an unparseable success body with its metadata", async () => {
    const error = await client(fakeHandler({ body: "{not json" }))
      .send(new EchoCommand({}))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DeserializationError", $metadata: { httpStatusCode: 200 } });
  });

  it.each<[string, Reply[], number, number]>([
    [
      "throttling then success",
      [{ statusCode: 400, body: '{"__type":"ThrottlingException"}' }, { body: "{}" }],
      2,
      200,
    ],
    ["429 then success", [{ statusCode: 429 }, { body: "{}" }], 2, 200],
    ["503, 500 then success", [{ statusCode: 503 }, { statusCode: 500 }, { body: "{}" }], 3, 200],
    ["network error then success", [new TypeError("fetch failed"), { body: "{}" }], 2, 200],
  ])("retries: %s", async (_name, replies, attempts, status) => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const handler = fakeHandler(...replies);
    const output = await client(handler).send(new EchoCommand({}));
    expect(output.$metadata).toMatchObject({ attempts, httpStatusCode: status });
    expect(output.$metadata.totalRetryDelay).toBe(
      [50, 100].slice(0, attempts - 1).reduce((a, b) => a + b, 0),
    );
    expect(handler.requests).toHaveLength(attempts);
  });

  it.each<[string, Reply[], number]>([
    ["validation error is not retried", [{ statusCode: 400, body: '{"__type":"ValidationException"}' }], 1],
    [
      "gives up after maxAttempts",
      [{ statusCode: 500 }, { statusCode: 500 }, { statusCode: 500 }, { body: "{}" }],
      3,
    ],
  ])("%s", async (_name, replies, attempts) => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const handler = fakeHandler(...replies);
    const error = await client(handler)
      .send(new EchoCommand({}))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ $metadata: { attempts } });
    expect(handler.requests).toHaveLength(attempts);
  });

  it("honours maxAttempts: 1", async () => {
    const handler = fakeHandler({ statusCode: 500 }, { body: "{}" });
    await expect(client(handler, 1).send(new EchoCommand({}))).rejects.toBeInstanceOf(ServiceException);
    expect(handler.requests).toHaveLength(1);
  });

  it("aborts a backoff sleep", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const controller = new AbortController();
    const handler = fakeHandler({ statusCode: 500 }, { body: "{}" });
    const pending = client(handler, 10).send(new EchoCommand({}), { abortSignal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(handler.requests).toHaveLength(1);
  });

  it("does not send when already aborted", async () => {
    const handler = fakeHandler({ body: "{}" });
    await expect(
      client(handler).send(new EchoCommand({}), { abortSignal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(handler.requests).toHaveLength(0);
  });

  it("supports the callback form", async () => {
    const handler = fakeHandler({ body: '{"Id":"cb"}' });
    const data = await new Promise((resolve, reject) => {
      client(handler).send(new EchoCommand({}), (err, out) => (err ? reject(err) : resolve(out)));
    });
    expect(data).toMatchObject({ Id: "cb" });
  });

  it.each<[string, Record<string, string>, Record<string, string>, Record<string, unknown>]>([
    [
      "custom endpoint with path",
      {},
      { endpoint: "http://localhost:4010/base" },
      { protocol: "http:", hostname: "localhost", port: 4010, path: "/base/" },
    ],
    ["region from AWS_REGION", {}, {}, { hostname: "svc.eu-central-1.api.aws" }],
    ["AWS_ENDPOINT_URL", { AWS_ENDPOINT_URL: "http://localhost:1" }, {}, { hostname: "localhost", port: 1 }],
    [
      "service-specific variable first",
      { AWS_ENDPOINT_URL: "http://localhost:1", AWS_ENDPOINT_URL_SVC: "http://127.0.0.1:2" },
      {},
      { hostname: "127.0.0.1", port: 2 },
    ],
    [
      "config over environment",
      { AWS_ENDPOINT_URL: "http://localhost:1" },
      { endpoint: "http://localhost:3" },
      { port: 3 },
    ],
  ])("resolves the endpoint: %s", async (_name, env, config, expected) => {
    vi.stubEnv("AWS_REGION", "eu-central-1");
    vi.stubEnv("AWS_ENDPOINT_URL", "");
    vi.stubEnv("AWS_ENDPOINT_URL_SVC", "");
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    const handler = fakeHandler({ body: "{}" });
    await new Client(SERVICE, { credentials: CREDENTIALS, requestHandler: handler, ...config }).send(
      new EchoCommand({}),
    );
    expect(handler.requests[0]).toMatchObject(expected);
  });

  it("sends unsigned requests, without needing credentials, when the service has no SigV4", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "");
    const handler = fakeHandler({ body: "{}" });
    const { signingName: _, ...unsigned } = SERVICE;
    await new Client(unsigned, { region: "us-east-1", requestHandler: handler }).send(new EchoCommand({}));
    expect(handler.requests[0]?.headers).toEqual({
      "content-type": "application/x-amz-json-1.0",
      "x-amz-target": "Svc.Echo",
      "content-length": "2",
    });
  });

  it.each(["abc", "é", "€", "☃ snow", "😀", "a\ud800b", "\udc00", "x\ud83d"])(
    "sends the UTF-8 byte length of the body as content-length (Id %j)",
    async (id) => {
      const handler = fakeHandler({ body: "{}" });
      await client(handler).send(new EchoCommand({ Id: id }));
      const body = JSON.stringify({ Id: id });
      expect(handler.requests[0]?.headers["content-length"]).toBe(
        String(new TextEncoder().encode(body).length),
      );
      expect(handler.requests[0]?.body).toBe(body);
    },
  );

  it("prepends an operation's host prefix, its labels filled from the input", async () => {
    const handler = fakeHandler({ body: "{}" }, { body: "{}" });
    const prefixed = { ...operation, hostPrefix: hostPrefix("data-{Id}.") };
    const c = new Client(SERVICE, { region: "us-east-1", credentials: CREDENTIALS, requestHandler: handler });
    await c.send(new Command<EchoInput, EchoOutput>({ Id: "abc" }, prefixed));
    expect(handler.requests[0]?.hostname).toBe("data-abc.svc.us-east-1.api.aws");
    await expect(c.send(new Command<EchoInput, EchoOutput>({ Id: "a/b" }, prefixed))).rejects.toThrow(
      /not a valid host name part/,
    );
    const off = new Client(SERVICE, {
      region: "us-east-1",
      credentials: CREDENTIALS,
      requestHandler: handler,
      disableHostPrefix: true,
    });
    await off.send(new Command<EchoInput, EchoOutput>({ Id: "abc" }, prefixed));
    expect(handler.requests[1]?.hostname).toBe("svc.us-east-1.api.aws");
  });

  it("gzips the bodies of @requestCompression operations from the size threshold on", async () => {
    const handler = fakeHandler({ body: "{}" }, { body: "{}" });
    const compressed = { ...operation, compress: gzipRequestBody };
    const c = new Client(
      { ...SERVICE, compression: resolveCompressionConfig },
      {
        region: "us-east-1",
        credentials: CREDENTIALS,
        requestHandler: handler,
        requestMinCompressionSizeBytes: 20,
      },
    );
    await c.send(new Command<EchoInput, EchoOutput>({ Id: "x".repeat(40) }, compressed));
    await c.send(new Command<EchoInput, EchoOutput>({ Id: "x" }, compressed));
    const [big, small] = handler.requests;
    expect(big?.headers["content-encoding"]).toBe("gzip");
    const body = big?.body as Uint8Array;
    expect(big?.headers["content-length"]).toBe(String(body.length));
    expect(JSON.parse(gunzipSync(body).toString("utf8"))).toEqual({ Id: "x".repeat(40) });
    expect(small?.headers["content-encoding"]).toBeUndefined();
    expect(small?.body).toBe('{"Id":"x"}');
    expect(c.config).toMatchObject({ disableRequestCompression: false, requestMinCompressionSizeBytes: 20 });
    expect(
      () =>
        new Client(
          { ...SERVICE, compression: resolveCompressionConfig },
          { requestMinCompressionSizeBytes: -1 },
        ),
    ).toThrow(RangeError);
  });

  it("resolves no request compression options for a service without @requestCompression operations", () => {
    const c = new Client(SERVICE, { region: "us-east-1", requestMinCompressionSizeBytes: -1 });
    expect(c.config).not.toHaveProperty("requestMinCompressionSizeBytes");
    expect(c.config).not.toHaveProperty("disableRequestCompression");
  });

  it("speaks awsQueryCompatible: sends x-amzn-query-mode, exposes x-amzn-query-error as Code and Type", async () => {
    const handler = fakeHandler({
      statusCode: 400,
      headers: { "x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender" },
      body: '{"__type":"NotFound","message":"gone"}',
    });
    const c = new Client(
      { ...SERVICE, awsQueryCompatible: addQueryErrorFields },
      { region: "us-east-1", credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 },
    );
    const error = await c.send(new EchoCommand({})).catch((e: unknown) => e);
    expect(handler.requests[0]?.headers["x-amzn-query-mode"]).toBe("true");
    expect(error).toBeInstanceOf(NotFound);
    expect(error).toMatchObject({ Code: "AWS.SimpleQueueService.NonExistentQueue", Type: "Sender" });
  });

  it("fails clearly without a region", async () => {
    vi.stubEnv("AWS_REGION", "");
    const c = new Client(SERVICE, { credentials: CREDENTIALS, requestHandler: fakeHandler() });
    await expect(c.send(new EchoCommand({}))).rejects.toThrow(/Region is missing/);
  });

  it("destroy() releases the transport", () => {
    const handler = { handle: vi.fn(), destroy: vi.fn() };
    client(handler).destroy();
    expect(handler.destroy).toHaveBeenCalledOnce();
  });
});
