import { describe, expect, it } from "vitest";
import { callByOperation, failure, matrix, normalizeError, testClientConfig } from "./clients.js";

class ServiceError extends Error {
  override name = "ConflictException";
  $metadata = { httpStatusCode: 409 };
  Reason = "stale";
  lowercase = "ignored";
}

describe("callByOperation", () => {
  const client = {
    prefix: "got",
    async getBenefit(input: { Identifier: string }) {
      return { Id: `${this.prefix} ${input.Identifier}` };
    },
  };

  it("calls the method of an operation or method name, with the client as this", async () => {
    const call = callByOperation(client);
    expect(await call("GetBenefit", { Identifier: "ben-1" })).toEqual({ Id: "got ben-1" });
    expect(await call("getBenefit", { Identifier: "ben-2" })).toEqual({ Id: "got ben-2" });
  });

  it("names the method a client lacks", () => {
    expect(() => callByOperation(client)("ListBenefits", {})).toThrow(
      "the client has no method listBenefits",
    );
  });
});

describe("errors", () => {
  it("normalises an exception to its name, status, message and capitalised members", () => {
    expect(normalizeError(new ServiceError("Revision changed"))).toEqual({
      name: "ConflictException",
      status: 409,
      message: "Revision changed",
      members: { Reason: "stale" },
      Reason: "stale",
    });
  });

  it("fails when the call expected to fail succeeds", async () => {
    await expect(failure(Promise.resolve({ Id: "x" }))).rejects.toThrow(
      'expected the call to fail, it returned {"Id":"x"}',
    );
    expect((await failure(Promise.reject(new ServiceError("no")))).name).toBe("ConflictException");
  });
});

describe("testClientConfig and matrix", () => {
  it("configures one attempt, the test region and credentials, and the endpoint when given", () => {
    expect(testClientConfig("http://127.0.0.1:1")).toMatchObject({
      region: "us-east-1",
      endpoint: "http://127.0.0.1:1",
      maxAttempts: 1,
    });
    expect("endpoint" in testClientConfig(undefined)).toBe(false);
  });

  it("pairs every transport with every client", () => {
    expect(
      matrix(
        [
          ["hono", 1],
          ["msw", 2],
        ] as const,
        [
          ["ours", "a"],
          ["sdk", "b"],
        ] as const,
      ),
    ).toEqual([
      ["hono", "ours", 1, "a"],
      ["hono", "sdk", 1, "b"],
      ["msw", "ours", 2, "a"],
      ["msw", "sdk", 2, "b"],
    ]);
  });
});
