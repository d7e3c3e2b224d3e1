import { describe, expect, it } from "vitest";
import { toySchema } from "../../test/fixtures/toy-schema.js";
import type { ServiceSchema, ShapeSchema } from "./schema.js";
import type { Violation, ViolationKind } from "./validate.js";
import { validationErrorPayload } from "./validation-error.js";

const operation = toySchema.operations.PutThing!;

function violation(kind: ViolationKind): Violation {
  return { path: "X", kind, message: `m-${kind}` };
}

function codeFor(kind: ViolationKind, schema: ServiceSchema = toySchema): unknown {
  const body = validationErrorPayload(schema, operation, [violation(kind)]).body as {
    FieldList: { Code?: string }[];
  };
  return body.FieldList[0]?.Code;
}

function withShapes(shapes: Record<string, ShapeSchema>): ServiceSchema {
  return { ...toySchema, shapes: { ...toySchema.shapes, ...shapes } };
}

describe("validationErrorPayload", () => {
  it.each<[ViolationKind, string]>([
    ["required", "REQUIRED_FIELD_MISSING"],
    ["type", "INVALID_VALUE"],
    ["enum", "INVALID_ENUM_VALUE"],
    ["pattern", "INVALID_STRING_FORMAT"],
    ["length", "INVALID_VALUE"],
    ["tooFew", "NOT_ENOUGH_VALUES"],
    ["tooMany", "TOO_MANY_VALUES"],
    ["range", "VALUE_OUT_OF_RANGE"],
    ["union", "INVALID_VALUE"],
    ["unique", "DUPLICATE_KEY_VALUE"],
    ["null", "INVALID_VALUE"],
  ])("maps a %s violation to %s", (kind, code) => {
    expect(codeFor(kind)).toBe(code);
  });

  it("falls back to INVALID_VALUE when the model's code enum lacks the specific code", () => {
    const narrow = withShapes({ ValidationExceptionErrorCode: { type: "enum", values: ["INVALID_VALUE"] } });
    expect(codeFor("tooFew", narrow)).toBe("INVALID_VALUE");
    expect(codeFor("required", narrow)).toBeUndefined();
  });

  it("writes any code into a plain string member", () => {
    const plain = withShapes({
      ValidationExceptionField: {
        type: "structure",
        members: [
          { name: "Name", target: "string" },
          { name: "Message", target: "string" },
          { name: "Code", target: "string" },
        ],
      },
    });
    expect(codeFor("tooMany", plain)).toBe("TOO_MANY_VALUES");
  });

  it("builds the whole body with the model's member names, status and shape ID", () => {
    const payload = validationErrorPayload(toySchema, operation, [violation("required"), violation("range")]);
    expect(payload).toEqual({
      type: "example.toy#ValidationException",
      errorName: "ValidationException",
      status: 400,
      body: {
        Message: "2 validation errors detected: m-required; m-range",
        Reason: "fieldValidationFailed",
        FieldList: [
          { Name: "X", Message: "m-required", Code: "REQUIRED_FIELD_MISSING" },
          { Name: "X", Message: "m-range", Code: "VALUE_OUT_OF_RANGE" },
        ],
      },
    });
  });

  it("uses lower-case members (message, fieldList, path) when the model names them so", () => {
    const lower = withShapes({
      ValidationException: {
        type: "structure",
        error: { id: "x#ValidationException", fault: "client", httpStatus: 422 },
        members: [
          { name: "message", target: "string" },
          { name: "fieldList", target: { shape: "FieldList" } },
        ],
      },
      FieldList: { type: "list", member: { name: "member", target: { shape: "Field" } } },
      Field: {
        type: "structure",
        members: [
          { name: "path", target: "string" },
          { name: "message", target: "string" },
        ],
      },
    });
    expect(validationErrorPayload(lower, operation, [violation("type")])).toEqual({
      type: "x#ValidationException",
      errorName: "ValidationException",
      status: 422,
      body: { message: "1 validation error detected: m-type", fieldList: [{ path: "X", message: "m-type" }] },
    });
  });
});
