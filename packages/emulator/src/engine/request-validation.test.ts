import { describe, expect, it } from "vitest";
import { RequestSchemaValidator } from "./request-validation.js";

const schema = {
  type: "object",
  properties: {
    AccountId: { type: "string", pattern: "^[0-9]{12}$" },
    Kind: { type: "string", enum: ["A", "B"] },
    Count: { type: "integer", minimum: 1, maximum: 10 },
    When: { type: "string", format: "date" },
    Nested: { type: "object", properties: { Inner: { type: "string", minLength: 2 } }, required: ["Inner"] },
    Items: { type: "array", maxItems: 1 },
  },
  required: ["AccountId"],
  additionalProperties: false,
};

describe("RequestSchemaValidator", () => {
  const validator = new RequestSchemaValidator();
  it.each([
    ["valid", { AccountId: "123456789012" }, []],
    ["missing", {}, [["D.AccountId", "REQUIRED_FIELD_MISSING"]]],
    ["pattern", { AccountId: "12" }, [["D.AccountId", "INVALID_STRING_FORMAT"]]],
    ["enum", { AccountId: "123456789012", Kind: "C" }, [["D.Kind", "INVALID_ENUM_VALUE"]]],
    ["range", { AccountId: "123456789012", Count: 11 }, [["D.Count", "VALUE_OUT_OF_RANGE"]]],
    ["type", { AccountId: "123456789012", Count: "x" }, [["D.Count", "INVALID_VALUE"]]],
    ["format", { AccountId: "123456789012", When: "tomorrow" }, [["D.When", "INVALID_STRING_FORMAT"]]],
    ["nested", { AccountId: "123456789012", Nested: {} }, [["D.Nested.Inner", "REQUIRED_FIELD_MISSING"]]],
    ["unknown", { AccountId: "123456789012", Extra: 1 }, [["D.Extra", "INVALID_VALUE"]]],
    ["too many", { AccountId: "123456789012", Items: [1, 2] }, [["D.Items", "TOO_MANY_VALUES"]]],
    ["not an object", "text", [["D", "INVALID_VALUE"]]],
    [
      "several at once",
      { Kind: "C", Count: 0 },
      [
        ["D.AccountId", "REQUIRED_FIELD_MISSING"],
        ["D.Kind", "INVALID_ENUM_VALUE"],
        ["D.Count", "VALUE_OUT_OF_RANGE"],
      ],
    ],
  ])("%s", (_name, details, expected) => {
    const fields = validator.validate("k", schema, details, "D");
    expect(fields.map((f) => [f.Name, f.Code])).toEqual(expected);
    for (const f of fields) expect(f.Message.length).toBeGreaterThan(0);
  });
});
