import { describe, expect, it } from "vitest";
import { formatAmzDate, formatDateTime, parseAmzDate, RFC3339_DATE_TIME } from "./timestamps.js";

describe("formatDateTime", () => {
  it.each([
    [Date.UTC(2026, 0, 2, 3, 4, 5), "2026-01-02T03:04:05Z"],
    [Date.UTC(2026, 0, 2, 3, 4, 5, 678), "2026-01-02T03:04:05.678Z"],
  ])("%s -> %s", (ms, text) => {
    expect(formatDateTime(new Date(ms))).toBe(text);
    expect(RFC3339_DATE_TIME.test(text)).toBe(true);
  });
});

describe("RFC3339_DATE_TIME", () => {
  it.each<[string, boolean]>([
    ["2026-01-02T03:04:05+02:00", true],
    ["2026-01-02t03:04:05.1z", true],
    ["2026-01-02 03:04:05Z", false],
    ["2026-01-02T03:04Z", false],
  ])("%s: %s", (text, valid) => {
    expect(RFC3339_DATE_TIME.test(text)).toBe(valid);
  });
});

describe("X-Amz-Date", () => {
  it("formats and parses back", () => {
    const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678));
    expect(formatAmzDate(date)).toBe("20260102T030405Z");
    expect(parseAmzDate("20260102T030405Z")).toEqual(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)));
  });

  it.each(["20261302T030405Z", "20260102T250000Z", "2026-01-02T03:04:05Z", ""])("rejects %j", (text) => {
    expect(parseAmzDate(text)).toBeUndefined();
  });
});
