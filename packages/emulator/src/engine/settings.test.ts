import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, resolveSettings } from "./settings.js";

describe("resolveSettings", () => {
  it("merges nested overrides over the defaults without changing them", () => {
    const settings = resolveSettings({
      defaultMaxResults: 50,
      allowedStatuses: { RecallBenefitApplication: ["IN_REVIEW", "ACTION_REQUIRED"] },
      filterCaps: { "ListBenefits.Programs": 3 },
    });
    expect(settings.defaultMaxResults).toBe(50);
    expect(settings.allowedStatuses.RecallBenefitApplication).toEqual(["IN_REVIEW", "ACTION_REQUIRED"]);
    expect(settings.allowedStatuses.UpdateBenefitApplication).toEqual(["PENDING_SUBMISSION"]);
    expect(settings.filterCaps["ListBenefits.Programs"]).toBe(3);
    expect(settings.filterCaps["ListBenefits.Status"]).toBe(2);
    expect(DEFAULT_SETTINGS.allowedStatuses.RecallBenefitApplication).toEqual(["IN_REVIEW"]);
    expect(DEFAULT_SETTINGS.defaultMaxResults).toBe(20);
  });
});
