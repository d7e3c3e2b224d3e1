import { findOperation, openapiDocument, type RequestBody, type ResponseBody } from "@pc-benefits/openapi";

// The OpenAPI 3.1 document, as a typed constant (also shipped as `@pc-benefits/openapi/openapi.json`).
const { title, version } = openapiDocument.info;

// Find an operation by name, path or X-Amz-Target header value.
const operation = findOperation("PartnerCentralBenefitsService.GetBenefit");

// Request and response bodies, typed from the document by openapi-typescript.
const request: RequestBody<"GetBenefit"> = { Catalog: "AWS", Identifier: "ben-0123456789abcd" };
const response: ResponseBody<"GetBenefit"> = { Id: "ben-0123456789abcd", Status: "ACTIVE" };

export { operation, request, response, title, version };
