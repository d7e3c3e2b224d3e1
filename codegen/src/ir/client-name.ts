/**
 * The PascalCase client stem derived from `aws.api#service` sdkId, as the AWS SDKs name clients:
 * non-alphanumeric characters are removed and each word starts upper-case
 * (`PartnerCentral Benefits` -> `PartnerCentralBenefits`, `api.pricing` -> `ApiPricing`).
 */
export function clientNameFromSdkId(sdkId: string): string {
  return sdkId
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}
