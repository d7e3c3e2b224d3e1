import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openapiDocument } from "../src/index.js";

describe("the generated document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(openapiDocument as unknown as Record<string, unknown>);
    expect(result).toEqual({ valid: true });
  });

  it("is the same document as openapi.json", () => {
    const json: unknown = JSON.parse(
      readFileSync(new URL("../src/generated/openapi.json", import.meta.url), "utf8"),
    );
    expect(json).toEqual(openapiDocument);
  });

  it("describes every operation with its X-Amz-Target", () => {
    for (const [path, item] of Object.entries(openapiDocument.paths)) {
      expect(item.post["x-amz-target"]).toBe(`PartnerCentralBenefitsService.${path.slice(1)}`);
      expect(item.post.parameters[0].schema.const).toBe(item.post["x-amz-target"]);
    }
  });
});
