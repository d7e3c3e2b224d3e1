import { OPERATION_SAMPLES as SAMPLES } from "@pc-benefits/testkit";
import { describe, expect, it } from "vitest";
import { toySchema } from "../../test/fixtures/toy-schema.js";
import { serviceSchema } from "../generated/schema.js";
import type { ServiceSchema } from "./schema.js";
import { serializeStructure } from "./serialize.js";
import { immutableOutput, writeStructureJson } from "./wire-json.js";

/** The toy schema plus what it lacks: sparse collections, big numbers, HTTP dates, a recursive shape. */
const schema: ServiceSchema = {
  ...toySchema,
  shapes: {
    ...toySchema.shapes,
    Extras: {
      type: "structure",
      members: [
        { name: "Big", target: "bigInteger" },
        { name: "Http", target: "timestamp", timestampFormat: "http-date" },
        { name: "Count", target: "integer" },
        { name: "Doc", target: "document" },
        { name: "Sparse", target: { shape: "SparseList" } },
        { name: "SparseMap", target: { shape: "SparseMap" } },
        { name: "Child", target: { shape: "Extras" } },
      ],
    },
    SparseList: { type: "list", sparse: true, member: { name: "member", target: "timestamp" } },
    SparseMap: {
      type: "map",
      sparse: true,
      key: { name: "key", target: "string" },
      value: { name: "value", target: "blob" },
    },
  },
};

const holey: unknown[] = [];
holey[1] = new Date(0);

describe("writeStructureJson", () => {
  it.each<[string, string, Record<string, unknown>, string]>([
    [
      "timestamps, blobs and special floats",
      "PutThingOutput",
      {
        CreatedAt: new Date("2026-01-02T03:04:05.120Z"),
        Epoch: new Date(1700000000500),
        Data: new Uint8Array([1, 2, 3]),
        Ratio: Number.NaN,
      },
      '{"CreatedAt":"2026-01-02T03:04:05.120Z","Epoch":1700000000.5,"Data":"AQID","Ratio":"NaN"}',
    ],
    [
      "model order, unmodelled and empty members dropped",
      "PutThingOutput",
      { Ratio: 1.5, Extra: 1, Choice: undefined, Filters: null, Id: 'a"b' },
      '{"Id":"a\\"b","Ratio":1.5}',
    ],
    [
      "strings as blobs, epoch numbers",
      "PutThingOutput",
      { Data: "hi", Epoch: 1.5 },
      '{"Epoch":1.5,"Data":"aGk="}',
    ],
    [
      "union members",
      "PutThingOutput",
      { Choice: { When: new Date(0) } },
      '{"Choice":{"When":"1970-01-01T00:00:00Z"}}',
    ],
    [
      "unknown union members passed through",
      "PutThingOutput",
      { Choice: { $unknown: ["Other", 5] } },
      '{"Choice":{"Other":5}}',
    ],
    [
      "dense lists and maps without nulls",
      "PutThingOutput",
      { Filters: [{ Status: "RED" }, null], Tags: { a: "1", b: undefined, c: null } },
      '{"Filters":[{"Status":"RED"}],"Tags":{"a":"1"}}',
    ],
    [
      "values of the wrong kind written as is",
      "PutThingOutput",
      { Filters: "x", Tags: [1], Choice: 3 },
      '{"Choice":3,"Filters":"x","Tags":[1]}',
    ],
    [
      "sparse lists and maps keep nulls, holes are skipped",
      "Extras",
      { Sparse: [null, new Date(1000), undefined], SparseMap: { a: null, b: new Uint8Array([255]) } },
      '{"Sparse":[null,1,null],"SparseMap":{"a":null,"b":"/w=="}}',
    ],
    ["a hole in a sparse list", "Extras", { Sparse: holey }, '{"Sparse":[0]}'],
    [
      "big numbers, HTTP dates, documents, non-finite integers",
      "Extras",
      { Big: 12n, Http: new Date(0), Count: Number.NaN, Doc: { b: [1, { c: null }], a: "x" } },
      '{"Big":12,"Http":"Thu, 01 Jan 1970 00:00:00 GMT","Count":null,"Doc":{"b":[1,{"c":null}],"a":"x"}}',
    ],
    [
      "recursive shapes",
      "Extras",
      { Child: { Child: { Count: 1 }, Junk: true } },
      '{"Child":{"Child":{"Count":1}}}',
    ],
    ["functions left out like JSON.stringify does", "Extras", { Count: () => 1, Doc: 2 }, '{"Doc":2}'],
  ])("writes %s", (_name, shape, value, expected) => {
    const text = writeStructureJson(schema, shape, value);
    expect(text).toBe(expected);
    expect(text).toBe(JSON.stringify(serializeStructure(schema, shape, value)));
  });

  it.each(SAMPLES.map((s) => [s.operation, s] as const))(
    "writes the %s sample exactly as serializeStructure + JSON.stringify",
    (_operation, sample) => {
      const output = serviceSchema.operations[sample.operation]?.output ?? "";
      const expected = JSON.stringify(serializeStructure(serviceSchema, output, sample.output));
      expect(writeStructureJson(serviceSchema, output, sample.output)).toBe(expected);
    },
  );

  it("rejects shapes that are not structures", () => {
    expect(() => writeStructureJson(schema, "TagMap", {})).toThrow("TagMap is not a structure");
  });
});

describe("immutableOutput", () => {
  it("deep-freezes the value and writes it once", () => {
    let reads = 0;
    const filter = { Status: "RED" };
    const value = immutableOutput({
      get Id() {
        reads++;
        return "x";
      },
      Filters: [filter],
    });
    expect(Object.isFrozen(value.Filters)).toBe(true);
    expect(Object.isFrozen(filter)).toBe(true);
    reads = 0;
    const first = writeStructureJson(schema, "PutThingOutput", value);
    expect(writeStructureJson(schema, "PutThingOutput", value)).toBe(first);
    expect(first).toBe('{"Id":"x","Filters":[{"Status":"RED"}]}');
    expect(reads).toBe(1);
  });

  it("freezes what a shallow freeze left mutable, and survives cycles", () => {
    const inner = { Status: "RED" };
    const outer: Record<string, unknown> = Object.freeze({ Filters: [inner] });
    immutableOutput(outer);
    expect(Object.isFrozen(inner)).toBe(true);
    const cyclic: Record<string, unknown> = { Id: "c" };
    cyclic.Self = cyclic;
    expect(Object.isFrozen(immutableOutput(cyclic))).toBe(true);
  });

  it("caches per shape, and only marked values", () => {
    let reads = 0;
    const counted = () => ({
      get Status() {
        reads++;
        return "RED";
      },
    });
    const shared = immutableOutput(counted());
    reads = 0;
    writeStructureJson(schema, "PutThingOutput", { Filters: [shared, shared] });
    expect(reads).toBe(1);
    const fresh = counted();
    writeStructureJson(schema, "PutThingOutput", { Filters: [fresh, fresh] });
    expect(reads).toBe(3);
  });
});
