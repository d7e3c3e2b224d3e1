import { describe, expect, it } from "vitest";
import { toySchema } from "../../test/fixtures/toy-schema.js";
import { deserializeInput } from "./deserialize.js";
import { serializeStructure } from "./serialize.js";

describe("deserializeInput", () => {
  it("converts wire values to typed values, fills defaults and drops unknown members", () => {
    const input = deserializeInput(toySchema, "PutThingInput", {
      Catalog: "AWS",
      At: "2026-01-02T03:04:05Z",
      Epoch: 1700000000.25,
      Data: "aGk=",
      Ratio: "-Infinity",
      Choice: { When: "2026-01-01T00:00:00Z" },
      Filters: [{ Status: "RED", Extra: 1 }],
      Tags: JSON.parse('{"__proto__":"x"}'),
      Unknown: true,
    });
    expect(input).toEqual({
      Catalog: "AWS",
      Ratio: Number.NEGATIVE_INFINITY,
      Enabled: false,
      At: new Date("2026-01-02T03:04:05Z"),
      Epoch: new Date(1700000000250),
      Data: new Uint8Array([104, 105]),
      Filters: [{ Status: "RED" }],
      Tags: JSON.parse('{"__proto__":"x"}'),
      Choice: { When: new Date("2026-01-01T00:00:00Z") },
    });
    expect(Object.getPrototypeOf((input as { Tags: object }).Tags)).toBe(Object.prototype);
  });
});

describe("serializeStructure", () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      "timestamps, blobs and special floats",
      {
        CreatedAt: new Date("2026-01-02T03:04:05.120Z"),
        Epoch: new Date(1700000000500),
        Data: new Uint8Array([1, 2, 3]),
        Ratio: Number.NaN,
      },
      { CreatedAt: "2026-01-02T03:04:05.120Z", Epoch: 1700000000.5, Data: "AQID", Ratio: "NaN" },
    ],
    [
      "whole-second date-times without a fraction",
      { CreatedAt: new Date("2026-01-02T03:04:05Z") },
      {
        CreatedAt: "2026-01-02T03:04:05Z",
      },
    ],
    [
      "unmodelled and empty members dropped",
      { Id: "x", Extra: 1, Choice: undefined, Filters: null },
      { Id: "x" },
    ],
    ["union members", { Choice: { When: new Date(0) } }, { Choice: { When: "1970-01-01T00:00:00Z" } }],
    [
      "unknown union members passed through",
      { Choice: { $unknown: ["Other", 5] } },
      { Choice: { Other: 5 } },
    ],
    [
      "dense lists and maps without nulls",
      { Filters: [{ Status: "RED" }, null], Tags: { a: "1", b: undefined } },
      {
        Filters: [{ Status: "RED" }],
        Tags: { a: "1" },
      },
    ],
  ])("writes %s", (_name, value, expected) => {
    expect(serializeStructure(toySchema, "PutThingOutput", value)).toEqual(expected);
  });
});
