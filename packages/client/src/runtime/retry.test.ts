import { describe, expect, it } from "vitest";
import { abortError } from "./abort.js";
import { backoffDelay, isRetryableServiceError, isRetryableTransportError, MAX_DELAY_MS } from "./retry.js";
import { ServiceException } from "./service-exception.js";

const error = (name: string, status: number, $fault: "client" | "server" = "client"): ServiceException =>
  new ServiceException({ name, $fault, $metadata: { httpStatusCode: status } });

describe("isRetryableServiceError", () => {
  it.each([
    ["ThrottlingException", error("ThrottlingException", 400), true],
    ["Throttling", error("Throttling", 400), true],
    ["TooManyRequestsException", error("TooManyRequestsException", 400), true],
    ["RequestTimeout", error("RequestTimeout", 400), true],
    ["any 429", error("Whatever", 429), true],
    ["500", error("InternalServerException", 500, "server"), true],
    ["503", error("ServiceUnavailable", 503, "server"), true],
    ["400 validation", error("ValidationException", 400), false],
    ["404", error("ResourceNotFoundException", 404), false],
    ["409", error("ConflictException", 409), false],
  ])("%s -> %s", (_name, e, expected) => {
    expect(isRetryableServiceError(e)).toBe(expected);
  });

  it("retries a modelled @retryable error", () => {
    const e = error("ServiceQuotaExceededException", 402);
    e.$retryable = {};
    expect(isRetryableServiceError(e)).toBe(true);
  });
});

describe("isRetryableTransportError", () => {
  it.each([
    ["connection reset", Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }), true],
    ["fetch failure", new TypeError("fetch failed"), true],
    ["abort", abortError(), false],
  ])("%s -> %s", (_name, e, expected) => {
    expect(isRetryableTransportError(e)).toBe(expected);
  });
});

describe("backoffDelay (full jitter)", () => {
  it.each([
    ["attempt 1, top of range", 1, 0.999, 99],
    ["attempt 2, top of range", 2, 0.999, 199],
    ["attempt 3, half", 3, 0.5, 200],
    ["attempt 4, zero", 4, 0, 0],
    ["attempt 30, capped", 30, 0.5, MAX_DELAY_MS / 2],
  ])("%s", (_name, attempt, random, expected) => {
    expect(backoffDelay(attempt, () => random)).toBe(expected);
  });
});
