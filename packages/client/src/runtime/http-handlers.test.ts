import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetBenefitCommand } from "../generated/commands/GetBenefitCommand.js";
import { PartnerCentralBenefitsClient } from "../generated/PartnerCentralBenefitsClient.js";
import { FetchHttpHandler } from "./fetch-http-handler.js";
import type { HttpHandler, HttpRequest } from "./http.js";
import { NodeHttpHandler } from "./node-http-handler.js";
import { isRetryableTransportError } from "./retry.js";

let server: Server;
let port = 0;
let closedPort = 0;
const seen: { headers: IncomingMessage["headers"]; body: string; url?: string }[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => {
      body += c;
    });
    req.on("end", () => {
      seen.push({ headers: req.headers, body, url: req.url });
      if (req.headers["x-test"] === "slow") {
        setTimeout(() => res.end("{}"), 2_000);
        return;
      }
      res.setHeader("x-amzn-RequestId", "rid");
      res.setHeader("Set-Cookie", ["a=1", "b=2"]);
      res.statusCode = 201;
      res.end(`{"echo":${JSON.stringify(body)},"snow":"☃"}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  // A port that was just listened on and closed: connecting to it is refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const request = (headers: Record<string, string> = {}): HttpRequest => ({
  method: "POST",
  protocol: "http:",
  hostname: "127.0.0.1",
  port,
  path: "/base/",
  headers: { "content-type": "application/x-amz-json-1.0", ...headers },
  body: '{"name":"é"}',
});

describe.each<[string, () => HttpHandler]>([
  ["FetchHttpHandler", () => new FetchHttpHandler()],
  ["NodeHttpHandler", () => new NodeHttpHandler()],
])("%s", (_name, make) => {
  it("sends byte bodies with their Content-Length (a caller's Content-Length is the transport's to set)", async () => {
    const handler = make();
    const bytes = new TextEncoder().encode('{"bytes":"é"}');
    await handler.handle({ ...request({ "content-length": String(bytes.length) }), body: bytes });
    handler.destroy?.();
    const last = seen[seen.length - 1];
    expect(last?.body).toBe('{"bytes":"é"}');
    expect(last?.headers["content-length"]).toBe(String(bytes.length));
  });

  it("sends the request and reads status, lower-case headers and a UTF-8 body", async () => {
    const handler = make();
    const response = await handler.handle(request());
    handler.destroy?.();
    expect(response.statusCode).toBe(201);
    expect(response.headers["x-amzn-requestid"]).toBe("rid");
    expect(JSON.parse(response.body)).toEqual({ echo: '{"name":"é"}', snow: "☃" });
    const last = seen.at(-1);
    expect(last?.url).toBe("/base/");
    expect(last?.headers["content-type"]).toBe("application/x-amz-json-1.0");
    expect(last?.headers["content-length"]).toBe(String(Buffer.byteLength('{"name":"é"}')));
  });

  it("aborts an in-flight request", async () => {
    const handler = make();
    const controller = new AbortController();
    const start = Date.now();
    setTimeout(() => controller.abort(), 50);
    await expect(
      handler.handle(request({ "x-test": "slow" }), { abortSignal: controller.signal }),
    ).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(Date.now() - start).toBeLessThan(1_500);
    handler.destroy?.();
  });

  it("times out with a TimeoutError", async () => {
    const handler = make();
    await expect(handler.handle(request({ "x-test": "slow" }), { requestTimeout: 50 })).rejects.toMatchObject(
      {
        name: "TimeoutError",
      },
    );
    handler.destroy?.();
  });

  it("fails with an error naming the refused connection when nothing listens (retryable)", async () => {
    const handler = make();
    const error: unknown = await handler.handle({ ...request(), port: closedPort }).then(
      () => undefined,
      (e: unknown) => e,
    );
    handler.destroy?.();
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`connect ECONNREFUSED 127.0.0.1:${closedPort}`);
    expect(error).toMatchObject({ code: "ECONNREFUSED" });
    expect(isRetryableTransportError(error)).toBe(true);
  });

  it("through the client: retried, then thrown with the refused address", async () => {
    const client = new PartnerCentralBenefitsClient({
      region: "us-east-1",
      endpoint: `http://127.0.0.1:${closedPort}`,
      credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
      maxAttempts: 2,
      requestHandler: make(),
    });
    const error: unknown = await client
      .send(new GetBenefitCommand({ Catalog: "AWS", Identifier: "ben-0123456789abcd" }))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    client.destroy();
    expect((error as Error).message).toContain(`connect ECONNREFUSED 127.0.0.1:${closedPort}`);
    expect(error).toMatchObject({ code: "ECONNREFUSED", $metadata: { attempts: 2 } });
  });
});

describe("FetchHttpHandler, refused connection", () => {
  it("says `fetch failed: connect ECONNREFUSED ...` and keeps fetch's cause", async () => {
    const error: unknown = await new FetchHttpHandler().handle({ ...request(), port: closedPort }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(`fetch failed: connect ECONNREFUSED 127.0.0.1:${closedPort}`);
    expect((error as Error).cause).toMatchObject({
      code: "ECONNREFUSED",
      message: `connect ECONNREFUSED 127.0.0.1:${closedPort}`,
    });
  });
});
