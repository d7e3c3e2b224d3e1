import { GetBenefitApplicationCommand, ListBenefitsCommand } from "@pc-benefits/client";
import { describe, expect, it } from "vitest";
import { operationName } from "./operation-name.js";

describe("operationName", () => {
  it("reads the wire name from the generated command", () => {
    expect(operationName(ListBenefitsCommand)).toBe("ListBenefits");
    expect(operationName(GetBenefitApplicationCommand)).toBe("GetBenefitApplication");
  });
});
