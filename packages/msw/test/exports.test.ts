/** Every operation of the model has its factory exported from the package entry (a vanished export fails). */
import { operationNames } from "@pc-benefits/server/core";
import { describe, expect, it } from "vitest";
import * as msw from "../src/index.js";

describe("@pc-benefits/msw exports", () => {
  it.each(operationNames.map((name) => [name, name.charAt(0).toLowerCase() + name.slice(1)]))(
    "exports a factory for %s as %s",
    (_operation, factory) => {
      expect(typeof (msw as Record<string, unknown>)[factory]).toBe("function");
    },
  );

  it("maps every operation name to its factory in operationHandlers", () => {
    const expected = Object.fromEntries(
      operationNames.map((name) => [
        name,
        (msw as Record<string, unknown>)[name.charAt(0).toLowerCase() + name.slice(1)],
      ]),
    );
    expect(msw.operationHandlers).toEqual(expected);
    expect(Object.keys(msw.operationHandlers).sort()).toEqual([...operationNames].sort());
  });

  it("exports the helpers and nothing else", () => {
    const factories = operationNames.map((name) => name.charAt(0).toLowerCase() + name.slice(1));
    expect(Object.keys(msw).sort()).toEqual(
      [...factories, "failWith", "handlersFor", "operationHandlers", "withLatency"].sort(),
    );
  });
});
