import { describe, expect, it } from "vitest";
import type { ResponseMetadata } from "./metadata.js";
import { deserializeError, type ModelledError } from "./modelled-error.js";
import { ServiceException, type ServiceExceptionOptions } from "./service-exception.js";

class BaseError extends ServiceException {}

class LimitError extends BaseError {
  override readonly name = "LimitError";
  override readonly $fault = "client";
  Message: string | undefined;
  Limit: number | undefined;
  Fields: string[] | undefined;
  constructor(options: { $metadata: ResponseMetadata; Message?: string; Limit?: number; Fields?: string[] }) {
    super({ name: "LimitError", $fault: "client", ...options });
    this.Message = options.Message;
    this.Limit = options.Limit;
    this.Fields = options.Fields;
  }
}

const errors: Record<string, ModelledError> = {
  LimitError: [
    LimitError,
    ["Message", "Limit", "Fields"],
    { Fields: (v) => (v as string[]).map((f) => f.toUpperCase()) },
  ],
};
const Base = BaseError as new (options: ServiceExceptionOptions) => ServiceException;
const meta = (httpStatusCode?: number): ResponseMetadata => ({
  httpStatusCode,
  attempts: 1,
  totalRetryDelay: 0,
});

describe("deserializeError", () => {
  it("builds the modelled class, its members from the body (null ones undefined, converted where the table says)", () => {
    const error = deserializeError(
      errors,
      Base,
      "LimitError",
      { Message: "too many", Limit: null, Fields: ["a", "b"], Other: "x" },
      meta(400),
    );
    expect(error).toBeInstanceOf(LimitError);
    expect(error).toMatchObject({
      name: "LimitError",
      $fault: "client",
      $metadata: meta(400),
      Message: "too many",
      Limit: undefined,
      Fields: ["A", "B"],
    });
    expect(error).not.toHaveProperty("Other");
  });

  it.each([
    ["an unmodelled code", "OtherError", 400, "OtherError", "client"],
    ["no code, a 5xx", undefined, 503, "UnknownError", "server"],
    ["no code, no status", undefined, undefined, "UnknownError", "server"],
    ["an Object.prototype name", "toString", 400, "toString", "client"],
  ])("falls back to the base exception for %s", (_, code, status, name, fault) => {
    const error = deserializeError(errors, Base, code, {}, meta(status));
    expect(error).toBeInstanceOf(BaseError);
    expect(error).not.toBeInstanceOf(LimitError);
    expect(error).toMatchObject({ name, $fault: fault });
  });
});
