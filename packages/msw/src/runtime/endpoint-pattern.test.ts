import { describe, expect, it } from "vitest";
import { endpointPattern } from "./endpoint-pattern.js";

describe("endpointPattern", () => {
  const official = endpointPattern("partnercentral-benefits", {
    baseUrl: ["http://localhost:4010/", "https://x.test/api"],
  });

  it.each<[string, string | undefined]>([
    ["https://partnercentral-benefits.us-east-1.api.aws/", undefined],
    ["https://partnercentral-benefits.eu-west-3.api.aws", undefined],
    ["https://partnercentral-benefits-fips.us-gov-west-1.api.aws/", undefined],
    ["https://partnercentral-benefits.us-east-1.amazonaws.com/", undefined],
    ["https://partnercentral-benefits.us-east-1.api.aws/GetBenefit", "GetBenefit"],
    ["http://localhost:4010/", undefined],
    ["http://localhost:4010/ListBenefits", "ListBenefits"],
    ["https://x.test/api/", undefined],
    ["https://x.test/api/Ping", "Ping"],
  ])("matches %s (operation %s)", (url, operation) => {
    const match = official.exec(url);
    expect(match).not.toBeNull();
    expect(match?.[1]).toBe(operation);
  });

  it.each([
    "https://partnercentral-selling.us-east-1.api.aws/",
    "https://evil.test/partnercentral-benefits.us-east-1.api.aws/",
    "https://partnercentral-benefits.us-east-1.api.aws.evil.test/",
    "https://partnercentral-benefits.us-east-1.api.aws/a/b",
    "http://localhost:4011/",
    "https://x.test/",
  ])("does not match %s", (url) => {
    expect(official.test(url)).toBe(false);
  });

  it("can answer only configured base URLs", () => {
    const local = endpointPattern("partnercentral-benefits", {
      baseUrl: "http://localhost:1",
      officialEndpoints: false,
    });
    expect(local.test("http://localhost:1/")).toBe(true);
    expect(local.test("https://partnercentral-benefits.us-east-1.api.aws/")).toBe(false);
    expect(endpointPattern(undefined).test("http://localhost:1/")).toBe(false);
  });

  it.each([[""], ["localhost:4010"], ["/api"], ["ftp://x.test"]])("refuses the base URL %j", (url) => {
    expect(() => endpointPattern("partnercentral-benefits", { baseUrl: ["http://ok.test", url] })).toThrow(
      `The base URL ${JSON.stringify(url)} is not an absolute http(s) URL`,
    );
  });
});
