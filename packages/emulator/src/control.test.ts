import { describe, expect, it } from "vitest";
import { applicationIn, setup } from "../test/helpers.js";
import { createControl } from "./control.js";

describe("createControl", () => {
  it("drives review, files and allocations", async () => {
    const em = setup({ settings: { fileProcessingDelayMs: null } });
    const control = createControl(em);
    const app = await applicationIn(em, "IN_REVIEW");
    const approved = control({
      method: "POST",
      path: `/applications/AWS/${app.id}/review`,
      body: JSON.stringify({ status: "APPROVED", stage: "FINANCE_REVIEW", allocate: false }),
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      application: { Status: "APPROVED", Stage: "FINANCE_REVIEW" },
      allocations: [],
    });
    const created = control({
      method: "POST",
      path: `/applications/AWS/${encodeURIComponent(app.arn)}/allocations`,
      body: {
        fulfillmentType: "CREDITS",
        amount: "2500.00",
        currencyCode: "EUR",
        expiresAt: "2030-01-01T00:00:00Z",
      },
    });
    expect(created.status).toBe(200);
    const allocation = created.body as { Id: string; ExpiresAt: Date; FulfillmentDetail: unknown };
    expect(allocation.ExpiresAt.toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(allocation.FulfillmentDetail).toMatchObject({
      CreditDetails: { AllocatedAmount: { Amount: "2500.00", CurrencyCode: "EUR" } },
    });
    const fulfilled = control({
      method: "PATCH",
      path: `/allocations/AWS/${allocation.Id}`,
      body: { status: "FULFILLED" },
    });
    expect(fulfilled.body).toMatchObject({ Status: "FULFILLED" });
  });

  it.each([
    ["unknown route", "GET", "/nope", undefined, 404, "ResourceNotFoundException"],
    ["broken JSON", "POST", "/reset", "{", 400, "ValidationException"],
    [
      "bad status",
      "POST",
      "/applications/AWS/benappl-00000000000000/review",
      { status: "DONE" },
      400,
      "ValidationException",
    ],
    [
      "missing app",
      "POST",
      "/applications/AWS/benappl-00000000000000/review",
      { status: "APPROVED" },
      404,
      "ResourceNotFoundException",
    ],
    ["bad catalog", "GET", "/benefits/aws", undefined, 404, "ResourceNotFoundException"],
    ["array body", "POST", "/applications/AWS/x/files", [1], 400, "ValidationException"],
    [
      "bad amount",
      "POST",
      "/applications/AWS/x/allocations",
      { fulfillmentType: "CASH", amount: "lots" },
      400,
      "ValidationException",
    ],
    ["bad escape", "GET", "/benefits/%E0%A4%A", undefined, 400, "ValidationException"],
  ])("answers %s with an AWS-shaped error", (_name, method, path, body, status, type) => {
    const response = createControl(setup())({ method, path, body });
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({
      __type: `com.amazonaws.partnercentralbenefits#${type}`,
      Message: expect.any(String),
    });
  });

  it("lists benefits and settings, configures faults, resets", async () => {
    const em = setup();
    const control = createControl(em);
    await applicationIn(em, "PENDING_SUBMISSION");
    expect(
      (control({ method: "GET", path: "/benefits/Sandbox" }).body as { benefits: unknown[] }).benefits,
    ).toHaveLength(12);
    expect(control({ method: "GET", path: "/settings" }).body).toMatchObject({
      settings: { defaultMaxResults: 20 },
    });
    control({ method: "PUT", path: "/faults", body: { operations: { ListBenefits: { errorRate: 1 } } } });
    await expect(em.handlers.ListBenefits({ Catalog: "AWS" })).rejects.toMatchObject({
      name: "InternalServerException",
    });
    control({ method: "PUT", path: "/faults", body: null });
    await expect(em.handlers.ListBenefits({ Catalog: "AWS" })).resolves.toBeDefined();
    control({ method: "POST", path: "/reset" });
    expect(
      (await em.handlers.ListBenefitApplications({ Catalog: "AWS" })).BenefitApplicationSummaries,
    ).toEqual([]);
  });
});
