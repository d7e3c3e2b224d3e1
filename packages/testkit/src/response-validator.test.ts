import { describe, expect, it } from "vitest";
import { checkWireBody, requestProblems, schemaProblems } from "./response-validator.js";

describe("checkWireBody", () => {
  it("accepts a body the document declares, and an empty body for an output without members", () => {
    expect(checkWireBody("GetBenefit", 200, JSON.stringify({ Id: "ben-0123456789abcd" })).problems).toEqual(
      [],
    );
    expect(checkWireBody("SubmitBenefitApplication", 200, "").problems).toEqual([]);
  });

  it.each([
    ["a member of the wrong type", "GetBenefit", 200, '{"Id":1}', ["/Id must be string"]],
    ["an undeclared status", "GetBenefit", 418, "{}", ["status 418 is not declared for GetBenefit"]],
    ["a body that is not JSON", "GetBenefit", 200, "<html>", ["not JSON: <html>"]],
    [
      "an error without its required members",
      "GetBenefit",
      400,
      '{"__type":"ValidationException"}',
      [
        "/ must have required property 'Message'",
        "/ must have required property 'Reason'",
        "/__type must be equal to constant",
      ],
    ],
  ] as const)("reports %s", (_what, operation, status, text, problems) => {
    expect(checkWireBody(operation, status, text).problems).toEqual(problems);
  });
});

describe("schemaProblems and requestProblems", () => {
  it("check values against a component schema or an operation's request", () => {
    expect(schemaProblems("Tag", { Key: "team", Value: "a" })).toEqual([]);
    expect(schemaProblems("Tag", { Key: "" })).toEqual([
      "/ must have required property 'Value'",
      "/Key must NOT have fewer than 1 characters",
    ]);
    expect(requestProblems("ListBenefits", { Catalog: "AWS", MaxResults: 0 })).toEqual([
      "/MaxResults must be >= 1",
    ]);
  });

  it("names a schema the document lacks", () => {
    expect(() => schemaProblems("NoSuchShape", {})).toThrow(
      'the OpenAPI document has no schema "NoSuchShape"',
    );
  });
});
