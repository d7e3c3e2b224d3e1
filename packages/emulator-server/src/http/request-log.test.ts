import { describe, expect, it } from "vitest";
import { formatRequestLine, requestTarget } from "./request-log.js";

describe("requestTarget", () => {
  it.each([
    [
      "the operation of an X-Amz-Target",
      "PartnerCentralBenefitsService.GetBenefit",
      "http://h/",
      "GetBenefit",
    ],
    ["another prefix as sent", "Other.GetBenefit", "http://h/", "Other.GetBenefit"],
    ["the path without a target", undefined, "http://h/_emulator/reset?x=1", "/_emulator/reset"],
    ["control characters replaced", "Bad\u0001Target", "http://h/", "Bad?Target"],
    ["a long target cut at 120", "T".repeat(500), "http://h/", "T".repeat(120)],
  ])("reads %s", (_name, target, url, expected) => {
    expect(requestTarget(target, url)).toBe(expected);
  });
});

describe("formatRequestLine", () => {
  const at = new Date("2026-01-02T03:04:05.678Z");
  it.each([
    [
      "a success",
      {
        at,
        method: "POST",
        target: "GetBenefit",
        status: 200,
        errorType: undefined,
        ms: 1.234,
        requestId: "r-1",
      },
      "2026-01-02T03:04:05.678Z POST GetBenefit 200 1.2ms req=r-1",
    ],
    [
      "an error with its type",
      {
        at,
        method: "POST",
        target: "GetBenefit",
        status: 404,
        errorType: "ResourceNotFoundException",
        ms: 12,
        requestId: "r-2",
      },
      "2026-01-02T03:04:05.678Z POST GetBenefit 404 ResourceNotFoundException 12.0ms req=r-2",
    ],
    [
      "no request id",
      {
        at,
        method: "GET",
        target: "/docs",
        status: 200,
        errorType: undefined,
        ms: 0.04,
        requestId: undefined,
      },
      "2026-01-02T03:04:05.678Z GET /docs 200 0.0ms req=-",
    ],
  ])("formats %s", (_name, entry, expected) => {
    expect(formatRequestLine(entry)).toBe(expected);
  });
});
