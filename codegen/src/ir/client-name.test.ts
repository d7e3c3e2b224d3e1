import { describe, expect, it } from "vitest";
import { clientNameFromSdkId } from "./client-name.js";

describe("clientNameFromSdkId", () => {
  it.each([
    ["words with a space", "PartnerCentral Benefits", "PartnerCentralBenefits"],
    ["dots and dashes", "api.pricing-v2", "ApiPricingV2"],
    ["already PascalCase", "DynamoDB", "DynamoDB"],
    ["lower-case words", "weather service", "WeatherService"],
    ["surrounding junk", "  S3 (Control)! ", "S3Control"],
  ])("%s", (_name, sdkId, expected) => {
    expect(clientNameFromSdkId(sdkId)).toBe(expected);
  });
});
