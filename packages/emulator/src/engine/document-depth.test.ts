import { ValidationException } from "@pc-benefits/protocol/models";
import { describe, expect, it } from "vitest";
import { assertDocumentDepth, documentDepth, MAX_DOCUMENT_DEPTH } from "./document-depth.js";

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe("documentDepth", () => {
  it.each([
    ["scalar", 5, 0],
    ["null", null, 0],
    ["flat object", { a: 1, b: "x" }, 1],
    ["mixed", { a: [{ b: 1 }], c: {} }, 3],
    ["32 levels", nested(32), 32],
  ])("%s -> %i", (_name, value, depth) => {
    expect(documentDepth(value)).toBe(depth);
  });

  it("stops early and rejects documents past the cap, even 100,000 levels deep", () => {
    expect(documentDepth(nested(100_000))).toBe(MAX_DOCUMENT_DEPTH + 1);
    expect(() => assertDocumentDepth(nested(100_000), "BenefitApplicationDetails")).toThrow(
      ValidationException,
    );
    expect(() => assertDocumentDepth(nested(MAX_DOCUMENT_DEPTH), "BenefitApplicationDetails")).not.toThrow();
  });
});
