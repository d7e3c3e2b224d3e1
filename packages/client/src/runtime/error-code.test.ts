import { describe, expect, it } from "vitest";
import { parseErrorCode, parseErrorMessage, sanitizeErrorCode } from "./error-code.js";

describe("sanitizeErrorCode", () => {
  it.each([
    ["bare name", "FooError", "FooError"],
    ["colon suffix", "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"],
    ["namespaced", "aws.protocoltests.json10#FooError", "FooError"],
    [
      "namespaced with colon suffix",
      "aws.different.namespace#FooError:http://internal.amazon.com/",
      "FooError",
    ],
    ["comma-joined header values", "FooError,BarError", "FooError"],
  ])("%s", (_name, raw, expected) => {
    expect(sanitizeErrorCode(raw)).toBe(expected);
  });
});

describe("parseErrorCode", () => {
  it.each<[string, Record<string, string>, Record<string, unknown>, string | undefined]>([
    [
      "header wins over body",
      { "x-amzn-errortype": "HeaderError:x" },
      { code: "CodeError", __type: "a#TypeError" },
      "HeaderError",
    ],
    ["code before __type", {}, { code: "CodeError", __type: "a#TypeError" }, "CodeError"],
    ["__type namespaced", {}, { __type: "com.amazonaws.x#ConflictException" }, "ConflictException"],
    ["__type bare", {}, { __type: "ConflictException" }, "ConflictException"],
    ["numeric code", {}, { code: 42 }, "42"],
    ["nested __type ignored", {}, { ErrorDetails: [{ __type: "x#Nested" }] }, undefined],
    ["nothing", {}, {}, undefined],
    ["empty header", { "x-amzn-errortype": "" }, {}, undefined],
  ])("%s", (_name, headers, body, expected) => {
    expect(parseErrorCode(headers, body)).toBe(expected);
  });
});

describe("parseErrorMessage", () => {
  it.each<[string, Record<string, unknown>, string | undefined]>([
    ["message", { message: "lower", Message: "upper" }, "lower"],
    ["Message", { Message: "upper" }, "upper"],
    ["errorMessage", { errorMessage: "other" }, "other"],
    ["empty message falls through", { message: "", Message: "upper" }, "upper"],
    ["non-string ignored", { message: 3 }, undefined],
  ])("%s", (_name, body, expected) => {
    expect(parseErrorMessage(body)).toBe(expected);
  });
});
