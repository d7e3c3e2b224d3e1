import { describe, expect, it } from "vitest";
import { withNetworkCause } from "./network-error.js";

const refused = (address: string): Error =>
  Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: "ECONNREFUSED" });

describe("withNetworkCause", () => {
  it.each<[string, () => unknown, string, string | undefined, string]>([
    [
      "fetch failed with a system error as cause",
      () => new TypeError("fetch failed", { cause: refused("127.0.0.1:4010") }),
      "fetch failed: connect ECONNREFUSED 127.0.0.1:4010",
      "ECONNREFUSED",
      "TypeError",
    ],
    [
      "fetch failed with an aggregate of addresses as cause",
      () =>
        new TypeError("fetch failed", {
          cause: new AggregateError([refused("::1:4010"), refused("127.0.0.1:4010")]),
        }),
      "fetch failed: connect ECONNREFUSED ::1:4010, connect ECONNREFUSED 127.0.0.1:4010",
      "ECONNREFUSED",
      "TypeError",
    ],
    [
      "Node's happy-eyeballs aggregate with an empty message",
      () =>
        Object.assign(new AggregateError([refused("::1:4010"), refused("127.0.0.1:4010")]), {
          code: "ECONNREFUSED",
        }),
      "connect ECONNREFUSED ::1:4010, connect ECONNREFUSED 127.0.0.1:4010",
      "ECONNREFUSED",
      "Error",
    ],
    [
      "fetch failed with a cause without a message",
      () => new TypeError("fetch failed", { cause: Object.assign(new Error(""), { name: "SocketError" }) }),
      "fetch failed: SocketError",
      undefined,
      "TypeError",
    ],
  ])("%s", (_name, make, message, code, name) => {
    const error = make() as Error;
    const out = withNetworkCause(error) as Error & { code?: string };
    expect(out.message).toBe(message);
    expect(out.name).toBe(name);
    expect(out.code).toBe(code);
    expect(out.cause).toBe(error instanceof AggregateError ? error : error.cause);
  });

  it.each<[string, unknown]>([
    ["a system error that already names its cause", refused("127.0.0.1:4010")],
    ["an error without a cause", new Error("socket hang up")],
    ["a cause already in the message", new Error("boom: inner", { cause: new Error("inner") })],
    ["not an Error", "boom"],
  ])("returns %s as is", (_name, error) => {
    expect(withNetworkCause(error)).toBe(error);
  });
});
