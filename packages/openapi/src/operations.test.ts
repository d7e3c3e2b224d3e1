import { describe, expect, it } from "vitest";
import { mediaType, openapiDocument } from "./generated/openapi.js";
import { findOperation, operationList } from "./operations.js";

describe("operationList", () => {
  it("has one entry per path of the document", () => {
    expect(operationList.map((op) => op.path)).toEqual(Object.keys(openapiDocument.paths));
  });
});

describe("findOperation", () => {
  it.each([
    ["by name", "GetBenefit"],
    ["by path", "/GetBenefit"],
    ["by X-Amz-Target", "PartnerCentralBenefitsService.GetBenefit"],
  ])("%s", (_name, key) => {
    expect(findOperation(key)).toEqual({
      name: "GetBenefit",
      path: "/GetBenefit",
      target: "PartnerCentralBenefitsService.GetBenefit",
      inputRef: "#/components/schemas/GetBenefitInput",
      outputRef: "#/components/schemas/GetBenefitOutput",
    });
  });

  it.each(["", "getbenefit", "/", "OtherService.GetBenefit"])("finds nothing for %j", (key) => {
    expect(findOperation(key)).toBeUndefined();
  });
});

describe("mediaType", () => {
  it("is the one content type of every request and response body in the document", () => {
    const bodies = Object.values(openapiDocument.paths).flatMap(({ post }) => [
      post.requestBody.content,
      ...Object.values(post.responses).map((r) => r.content),
    ]);
    expect(mediaType).toBe("application/x-amz-json-1.0");
    for (const content of bodies) expect(Object.keys(content)).toEqual([mediaType]);
  });
});
