import { describe, expect, it } from "vitest";
import {
  copyMembers,
  parseBlob,
  parseDateTime,
  parseEpochSeconds,
  parseFloatValue,
  parseHttpDate,
  serializeBlob,
  serializeDateTime,
  serializeEpochSeconds,
  serializeFloat,
  serializeHttpDate,
} from "./serde.js";

const t = (iso: string): Date => new Date(iso);

describe("timestamp serialization", () => {
  it.each([
    [
      "whole seconds",
      t("2000-01-02T20:34:56.000Z"),
      "2000-01-02T20:34:56Z",
      946845296,
      "Sun, 02 Jan 2000 20:34:56 GMT",
    ],
    [
      "milliseconds",
      t("2000-01-02T20:34:56.123Z"),
      "2000-01-02T20:34:56.123Z",
      946845296.123,
      "Sun, 02 Jan 2000 20:34:56 GMT",
    ],
  ])("%s", (_name, date, dateTime, epoch, httpDate) => {
    expect(serializeDateTime(date)).toBe(dateTime);
    expect(serializeEpochSeconds(date)).toBe(epoch);
    expect(serializeHttpDate(date)).toBe(httpDate);
  });
});

describe("timestamp parsing", () => {
  it.each<[string, (v: unknown) => Date, unknown, string]>([
    ["date-time Z", parseDateTime, "2000-01-02T20:34:56Z", "2000-01-02T20:34:56.000Z"],
    ["date-time fraction", parseDateTime, "2000-01-02T20:34:56.123Z", "2000-01-02T20:34:56.123Z"],
    ["date-time offset", parseDateTime, "2000-01-02T19:34:56-01:00", "2000-01-02T20:34:56.000Z"],
    ["epoch integer", parseEpochSeconds, 946845296, "2000-01-02T20:34:56.000Z"],
    ["epoch fraction", parseEpochSeconds, 946845296.123, "2000-01-02T20:34:56.123Z"],
    ["epoch string", parseEpochSeconds, "946845296", "2000-01-02T20:34:56.000Z"],
    ["http-date", parseHttpDate, "Sun, 02 Jan 2000 20:34:56 GMT", "2000-01-02T20:34:56.000Z"],
  ])("%s", (_name, parse, input, expected) => {
    expect(parse(input).toISOString()).toBe(expected);
  });

  it.each<[string, (v: unknown) => Date, unknown]>([
    ["date-time without zone", parseDateTime, "2000-01-02T20:34:56"],
    ["date-time number", parseDateTime, 946845296],
    ["date-time garbage", parseDateTime, "yesterday"],
    ["date-time null", parseDateTime, null],
    ["date-time impossible date", parseDateTime, "2000-13-45T99:00:00Z"],
    ["epoch empty string", parseEpochSeconds, ""],
    ["epoch garbage", parseEpochSeconds, "soon"],
    ["http-date garbage", parseHttpDate, "not a date"],
  ])("rejects %s", (_name, parse, input) => {
    expect(() => parse(input)).toThrow(/invalid/);
  });
});

describe("floats", () => {
  it.each([
    ["finite", 1.5, 1.5],
    ["NaN", Number.NaN, "NaN"],
    ["Infinity", Number.POSITIVE_INFINITY, "Infinity"],
    ["-Infinity", Number.NEGATIVE_INFINITY, "-Infinity"],
  ])("%s round-trips", (_name, value, wire) => {
    expect(serializeFloat(value)).toBe(wire);
    expect(parseFloatValue(wire)).toBe(value);
  });

  it.each([
    ["numeric string", "1.5"],
    ["null", null],
    ["object", {}],
  ])("rejects %s", (_name, wire) => {
    expect(() => parseFloatValue(wire)).toThrow(/invalid floating-point/);
  });
});

describe("blobs", () => {
  it.each([
    ["empty", new Uint8Array([]), ""],
    ["text", new TextEncoder().encode("value"), "dmFsdWU="],
    ["binary", new Uint8Array([0, 255, 128, 1]), "AP+AAQ=="],
  ])("%s round-trips", (_name, bytes, wire) => {
    expect(serializeBlob(bytes)).toBe(wire);
    expect(parseBlob(wire)).toEqual(bytes);
  });

  it("rejects invalid base64", () => {
    expect(() => parseBlob("***")).toThrow(/base64/);
  });
});

describe("copyMembers", () => {
  it("copies the named members that are neither null nor undefined, in the names' order", () => {
    const to = { First: 1 };
    const out = copyMembers({ C: "c", A: null, B: 0, D: "unnamed", E: false }, ["E", "A", "B", "C", "X"], to);
    expect(out).toBe(to);
    expect(Object.entries(out)).toEqual([
      ["First", 1],
      ["E", false],
      ["B", 0],
      ["C", "c"],
    ]);
  });
});
