import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createDispatcher } from "./dispatcher.js";
import type { ServiceSchema } from "./schema.js";

/** Protocol facts the generator passes in the schema table, each checked on the wire. */
const schema: ServiceSchema = {
  id: "example.wire#Wire",
  targetPrefix: "Wire",
  contentType: "application/x-amz-json-1.1",
  awsQueryCompatible: true,
  operations: {
    Put: { name: "Put", handler: "put", input: "PutInput", output: "PutOutput", errors: ["Custom", "Plain"] },
    Fire: {
      name: "Fire",
      handler: "fire",
      input: "FireInput",
      output: "FireOutput",
      errors: [],
      unitOutput: true,
    },
  },
  shapes: {
    PutInput: {
      type: "structure",
      members: [
        { name: "data", target: "string" },
        { name: "fail", target: "string" },
        { name: "nothing", target: "document", default: null },
        { name: "count", target: "integer", default: 3 },
      ],
    },
    PutOutput: {
      type: "structure",
      members: [
        { name: "data", target: "string" },
        { name: "label", target: "string", default: "hi" },
        { name: "at", target: "timestamp", timestampFormat: "date-time", default: 0 },
        { name: "bytes", target: "blob", default: "YWJj" },
        { name: "nothing", target: "document", default: null },
      ],
    },
    FireInput: { type: "structure", members: [] },
    FireOutput: { type: "structure", members: [] },
    Custom: {
      type: "structure",
      error: {
        id: "example.wire#Custom",
        type: "Custom",
        fault: "client",
        httpStatus: 400,
        queryCode: "Customized",
      },
      members: [{ name: "message", target: "string" }],
    },
    Plain: {
      type: "structure",
      error: { id: "example.wire#Plain", type: "Plain", fault: "server", httpStatus: 500 },
      members: [{ name: "message", target: "string" }],
    },
  },
};

class WireError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

const inputs: unknown[] = [];
const dispatch = createDispatcher(
  schema,
  {
    put: (input: { data?: string; fail?: string }) => {
      inputs.push(input);
      if (input.fail) throw new WireError(input.fail, "it failed");
      return Promise.resolve({ data: input.data });
    },
    fire: () => Promise.resolve(),
  },
  { requestId: () => "rid", onError: () => {}, maxBodyBytes: 1000 },
);

const call = (target: string, body: string | Uint8Array, headers: Record<string, string> = {}) =>
  dispatch({
    headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": `Wire.${target}`, ...headers },
    body,
  });

describe("createDispatcher and the protocol facts of the schema", () => {
  it("reads gzip request bodies (Content-Encoding: gzip, as @requestCompression clients send)", async () => {
    inputs.length = 0;
    const response = await call("Put", gzipSync(JSON.stringify({ data: "zipped" })), {
      "Content-Encoding": "gzip",
    });
    expect(response.status).toBe(200);
    expect(inputs[0]).toEqual({ data: "zipped", count: 3 });
  });

  it.each([
    [{ "Content-Encoding": "br" }, "x", 400, /Unsupported Content-Encoding br/],
    [{ "Content-Encoding": "gzip" }, "not gzip", 400, /not valid gzip/],
    [
      { "Content-Encoding": "gzip" },
      gzipSync(JSON.stringify({ data: "x".repeat(2000) })),
      413,
      /exceeds the limit/,
    ],
  ])("rejects %j bodies it cannot decode", async (headers, body, status, message) => {
    const response = await call("Put", body, headers);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body).message).toMatch(message);
  });

  it("leaves a null @default out of the handler's input", async () => {
    inputs.length = 0;
    await call("Put", "{}");
    expect(inputs[0]).toEqual({ count: 3 });
  });

  it("writes the @default of output members the handler leaves out, in their wire form", async () => {
    const response = await call("Put", '{"data":"x"}');
    expect(JSON.parse(response.body)).toEqual({
      data: "x",
      label: "hi",
      at: "1970-01-01T00:00:00Z",
      bytes: "YWJj",
    });
  });

  it("answers an operation whose output is Unit with an empty body", async () => {
    const response = await call("Fire", "");
    expect(response.status).toBe(200);
    expect(response.body).toBe("");
    expect(response.headers["Content-Type"]).toBe("application/x-amz-json-1.1");
  });

  it("sends the schema's __type and, for query-compatible services, x-amzn-query-error", async () => {
    const custom = await call("Put", '{"fail":"Custom"}');
    expect(custom.status).toBe(400);
    expect(JSON.parse(custom.body)).toEqual({ __type: "Custom", message: "it failed" });
    expect(custom.headers["x-amzn-query-error"]).toBe("Customized;Sender");
    const plain = await call("Put", '{"fail":"Plain"}');
    expect(plain.status).toBe(500);
    expect(plain.headers["x-amzn-query-error"]).toBe("Plain;Receiver");
  });
});
