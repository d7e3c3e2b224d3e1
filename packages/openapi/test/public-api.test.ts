/** The public surface, listed once: a vanished or renamed export fails the typecheck or this test. */
import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  AmzTarget,
  components,
  ErrorBody,
  ErrorStatus,
  OperationInfo,
  OperationName,
  OperationPath,
  operations,
  paths,
  RequestBody,
  ResponseBody,
  Schemas,
} from "../src/index.js";
import * as api from "../src/index.js";

describe("public API", () => {
  it("exports exactly these values", () => {
    expect(Object.keys(api).sort()).toEqual([
      "findOperation",
      "mediaType",
      "openapiDocument",
      "operationList",
    ]);
  });

  it("exports the types", () => {
    expectTypeOf<OperationPath>().toEqualTypeOf<keyof paths>();
    expectTypeOf<OperationName>().toEqualTypeOf<keyof operations>();
    expectTypeOf<Schemas>().toEqualTypeOf<components["schemas"]>();
    expectTypeOf<OperationInfo["name"]>().toEqualTypeOf<OperationName>();
    expectTypeOf<RequestBody<"ListBenefits">>().toEqualTypeOf<Schemas["ListBenefitsInput"]>();
    expectTypeOf<ResponseBody<"ListBenefits">>().toEqualTypeOf<Schemas["ListBenefitsOutput"]>();
    expectTypeOf<ErrorBody<"ListBenefits", 429>>().toEqualTypeOf<Schemas["ThrottlingException"]>();
    expectTypeOf<ErrorStatus<"TagResource">>().toEqualTypeOf<400 | 402 | 403 | 404 | 409 | 429 | 500>();
    expectTypeOf<AmzTarget<"TagResource">>().toEqualTypeOf<"PartnerCentralBenefitsService.TagResource">();
  });
});
