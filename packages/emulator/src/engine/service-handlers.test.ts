import { type HandlerContext, operationNames, operations } from "@pc-benefits/protocol";
import { describe, expect, it } from "vitest";
import type { EmulatorHandlers, OperationName, RequestContext } from "./api-types.js";
import { serviceHandlers } from "./service-handlers.js";

/** An engine whose every handler answers the name of its operation and the context it was given. */
function recordingEngine(): { handlers: EmulatorHandlers } {
  const handlers: Partial<Record<OperationName, unknown>> = {};
  for (const name of operationNames) {
    handlers[name] = async (_input: unknown, context?: RequestContext) => ({ name, context });
  }
  return { handlers: handlers as EmulatorHandlers };
}

const request = (accountId?: string): HandlerContext => ({
  requestId: "r-1",
  operation: "",
  caller: accountId ? { accessKeyId: "AKIAIOSFODNN7EXAMPLE", accountId, temporary: false } : undefined,
  headers: {},
});

describe("serviceHandlers", () => {
  it.each(operationNames)("calls the engine's %s under its generated handler name", async (name) => {
    const handlers = new Map<string, (input: unknown, c: HandlerContext) => Promise<unknown>>(
      Object.entries(serviceHandlers(recordingEngine())),
    );
    const answer = await handlers.get(operations[name].handler)?.({}, request("111122223333"));
    expect(answer).toEqual({ name, context: { requestId: "r-1", accountId: "111122223333" } });
  });

  it("has one handler per generated operation and no other", () => {
    const keys = Object.keys(serviceHandlers(recordingEngine())).sort();
    expect(keys).toEqual(operationNames.map((name) => operations[name].handler).sort());
  });

  it("leaves the account to the engine's default when the caller has none, unless accountOf names one", async () => {
    const plain = serviceHandlers(recordingEngine());
    expect(await plain.getBenefit({ Catalog: "AWS", Identifier: "b-1" }, request())).toEqual({
      name: "GetBenefit",
      context: { requestId: "r-1" },
    });
    const chosen = serviceHandlers(recordingEngine(), { accountOf: () => "444455556666" });
    expect(await chosen.getBenefit({ Catalog: "AWS", Identifier: "b-1" }, request())).toEqual({
      name: "GetBenefit",
      context: { requestId: "r-1", accountId: "444455556666" },
    });
  });
});
