/**
 * The openapi-typescript types at work: each body below is typed with the package's helpers (so
 * `tsc` checks it against the generated types) and validated at runtime against the document's
 * schemas, so types and schemas cannot drift apart.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type AmzTarget,
  type ErrorBody,
  type ErrorStatus,
  findOperation,
  type OperationName,
  type RequestBody,
  type ResponseBody,
  type Schemas,
} from "../src/index.js";
import { schemaErrors } from "./schema-validator.js";

const getBenefit: ResponseBody<"GetBenefit"> = {
  Id: "ben-0123456789abcd",
  Catalog: "AWS",
  Arn: "arn:aws:partnercentral:us-east-1:aws:catalog/AWS/benefit/ben-0123456789abcd",
  Name: "Migration Acceleration credits",
  Programs: ["MAP"],
  FulfillmentTypes: ["CREDITS", "CASH"],
  BenefitRequestSchema: { type: "object", properties: { Region: { type: "string" } } },
  Status: "ACTIVE",
};

const listBenefits: ResponseBody<"ListBenefits"> = {
  BenefitSummaries: [{ Id: "ben-0123456789abcd", Catalog: "Sandbox", Name: "Credits", Status: "INACTIVE" }],
  NextToken: "page-2",
};

const validation: ErrorBody<"CreateBenefitApplication", 400> = {
  __type: "com.amazonaws.partnercentralbenefits#ValidationException",
  Message: "1 validation error detected",
  Reason: "fieldValidationFailed",
  FieldList: [{ Name: "Catalog", Message: "Member must not be null", Code: "REQUIRED_FIELD_MISSING" }],
};

const getBenefitRequest: RequestBody<"GetBenefit"> = { Catalog: "AWS", Identifier: "ben-0123456789abcd" };

describe("typed bodies validate against the document", () => {
  it.each<[string, OperationName, "input" | "output", unknown]>([
    ["GetBenefit request", "GetBenefit", "input", getBenefitRequest],
    ["GetBenefit response", "GetBenefit", "output", getBenefit],
    ["ListBenefits response", "ListBenefits", "output", listBenefits],
  ])("%s", (_name, op, side, body) => {
    const info = findOperation(op);
    if (!info) throw new Error(`no operation ${op}`);
    expect(schemaErrors(side === "input" ? info.inputRef : info.outputRef, body)).toEqual([]);
  });

  it("a modelled error body validates against its error schema", () => {
    expect(schemaErrors("#/components/schemas/ValidationException", validation)).toEqual([]);
  });

  it.each<[string, string, unknown, string[]]>([
    ["unknown enum value", "#/components/schemas/GetBenefitOutput", { Status: "GONE" }, ["/Status enum"]],
    ["pattern", "#/components/schemas/GetBenefitOutput", { Id: "benefit-1" }, ["/Id pattern"]],
    ["missing required", "#/components/schemas/GetBenefitInput", { Catalog: "AWS" }, ["/ required"]],
    ["wrong type", "#/components/schemas/ListBenefitsOutput", { NextToken: 5 }, ["/NextToken type"]],
    [
      "error without __type",
      "#/components/schemas/ValidationException",
      { Message: "m", Reason: "other" },
      ["/ required"],
    ],
  ])("rejects %s", (_name, ref, body, errors) => {
    expect(schemaErrors(ref, body)).toEqual(errors);
  });

  it("derives literal types from the document", () => {
    expectTypeOf<AmzTarget<"GetBenefit">>().toEqualTypeOf<"PartnerCentralBenefitsService.GetBenefit">();
    expectTypeOf<ErrorStatus<"GetBenefit">>().toEqualTypeOf<400 | 403 | 404 | 429 | 500>();
    expectTypeOf<ResponseBody<"GetBenefit">>().toEqualTypeOf<Schemas["GetBenefitOutput"]>();
    expectTypeOf<
      ErrorBody<"GetBenefit", 404>["__type"]
    >().toEqualTypeOf<"com.amazonaws.partnercentralbenefits#ResourceNotFoundException">();
  });
});
