import { describe, expect, it } from "vitest";
import { applicationIn, setup } from "../../test/helpers.js";
import { createControl } from "./create-control.js";

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

  it("approves with the allocations given, one per fulfillment type", async () => {
    const em = setup();
    const control = createControl(em);
    const app = await applicationIn(em, "IN_REVIEW");
    const [first, second] = app.benefit.fulfillmentTypes;
    const allocations = [
      { fulfillmentType: first, amount: "1234.50", currencyCode: "EUR" },
      ...(second ? [{ fulfillmentType: second, amount: "99.00" }] : []),
    ];
    const response = control({
      method: "POST",
      path: `/applications/AWS/${app.id}/review`,
      body: { status: "APPROVED", stage: "COMPLETED", allocations },
    });
    expect(response.status).toBe(200);
    const body = response.body as {
      application: { Status: string };
      allocations: { FulfillmentType: string }[];
    };
    expect(body.application.Status).toBe("APPROVED");
    expect(body.allocations.map((a) => a.FulfillmentType)).toEqual(allocations.map((a) => a.fulfillmentType));
    expect(JSON.stringify(body.allocations[0])).toContain('"Amount":"1234.50","CurrencyCode":"EUR"');
  });

  it.each<[string, unknown, string]>([
    ["a bad amount", [{ fulfillmentType: "CREDITS", amount: "lots" }], "allocations[0].amount"],
    ["a missing fulfillment type", [{ amount: "5.00" }], "allocations[0].fulfillmentType"],
    ["a non-object", ["CREDITS"], "allocations[0]"],
    ["a non-list", { fulfillmentType: "CREDITS" }, "allocations"],
  ])("refuses review allocations with %s, naming the field", async (_name, allocations, field) => {
    const em = setup();
    const app = await applicationIn(em, "IN_REVIEW");
    const response = createControl(em)({
      method: "POST",
      path: `/applications/AWS/${app.id}/review`,
      body: { status: "APPROVED", allocations },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ FieldList: [{ Name: field }] });
    expect((await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id })).Status).toBe(
      "IN_REVIEW",
    );
  });

  it("refuses allocations of a type the application did not ask for, or on a rejection", async () => {
    const em = setup();
    const control = createControl(em);
    const app = await applicationIn(em, "IN_REVIEW");
    const other = ["CREDITS", "CASH", "ACCESS"].find(
      (t) => !app.benefit.fulfillmentTypes.includes(t as never),
    );
    const wrongType = control({
      method: "POST",
      path: `/applications/AWS/${app.id}/review`,
      body: { status: "APPROVED", allocations: [{ fulfillmentType: other }] },
    });
    expect(wrongType.body).toMatchObject({ FieldList: [{ Name: "allocations[0].fulfillmentType" }] });
    const onReject = control({
      method: "POST",
      path: `/applications/AWS/${app.id}/review`,
      body: { status: "REJECTED", allocations: [] },
    });
    expect(onReject.body).toMatchObject({ FieldList: [{ Name: "allocations" }] });
  });

  it("lists the applications waiting for a reviewer, longest waiting first", async () => {
    const em = setup();
    const control = createControl(em);
    const inReview = await applicationIn(em, "IN_REVIEW");
    const actionRequired = await applicationIn(em, "ACTION_REQUIRED");
    await applicationIn(em, "APPROVED");
    await applicationIn(em, "PENDING_SUBMISSION");
    const listed = control({ method: "GET", path: "/reviews/AWS" });
    expect(listed.status).toBe(200);
    expect((listed.body as { applications: { Id: string }[] }).applications.map((a) => a.Id)).toEqual([
      inReview.id,
      actionRequired.id,
    ]);
    const elsewhere = control({ method: "GET", path: "/reviews/AWS", query: { account: "210987654321" } });
    expect(elsewhere.body).toEqual({ applications: [] });
    expect(control({ method: "GET", path: "/reviews/AWS", query: { account: "x" } }).status).toBe(400);
    expect(control({ method: "GET", path: "/reviews/Prod" }).status).toBe(400);
  });

  it("answers an application's history: creation, then every change with the revision it left", async () => {
    const em = setup();
    const control = createControl(em);
    const app = await applicationIn(em, "IN_REVIEW");
    await em.handlers.AmendBenefitApplication({
      Catalog: "AWS",
      ClientToken: "amend-history",
      Identifier: app.id,
      Revision:
        (await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id })).Revision ?? "",
      AmendmentReason: "Typo",
      Amendments: [{ FieldPath: app.benefit.amendablePaths[0] ?? "", NewValue: "123456789012" }],
    });
    control({
      method: "POST",
      path: `/applications/AWS/${app.id}/review`,
      body: { status: "REJECTED", statusReason: "Not eligible" },
    });
    const response = control({ method: "GET", path: `/applications/AWS/${app.id}/history` });
    expect(response.status).toBe(200);
    const { history } = response.body as {
      history: { action: string; status: string; reason?: string; revision?: string }[];
    };
    expect(history.map((s) => [s.action, s.status, s.reason])).toEqual([
      ["Create", "PENDING_SUBMISSION", undefined],
      ["Submit", "IN_REVIEW", undefined],
      ["Amend", "IN_REVIEW", "Typo"],
      ["Review", "REJECTED", "Not eligible"],
    ]);
    const current = await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    expect(history.at(-1)?.revision).toBe(current.Revision);
    expect(control({ method: "GET", path: "/applications/AWS/benappl-00000000000000/history" }).status).toBe(
      404,
    );
  });

  it("marks every pending file processed at once", async () => {
    const em = setup({ settings: { fileProcessingDelayMs: null } });
    const control = createControl(em);
    const app = await applicationIn(em, "PENDING_SUBMISSION");
    const current = await em.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    await em.handlers.UpdateBenefitApplication({
      Catalog: "AWS",
      ClientToken: "files",
      Identifier: app.id,
      Revision: current.Revision ?? "",
      FileDetails: [{ FileURI: "s3://bucket/a.pdf" }, { FileURI: "s3://bucket/b.csv" }],
    });
    const processed = control({ method: "POST", path: `/applications/AWS/${app.id}/files`, body: {} });
    expect(processed.status).toBe(200);
    expect(
      (processed.body as { FileDetails: { FileStatus: string }[] }).FileDetails.map((f) => f.FileStatus),
    ).toEqual(["SUCCEEDED", "SUCCEEDED"]);
  });

  it("loads posted fixtures all or nothing, and resets to the start-up fixtures or to nothing", async () => {
    const benefit = setup()
      .benefits("AWS")
      .find((b) => b.status === "ACTIVE");
    const fixture = { catalog: "AWS", benefitId: benefit?.id, status: "IN_REVIEW" };
    const em = setup({ fixtures: { applications: [{ ...fixture, id: "benappl-00000000000001" }] } as never });
    const control = createControl(em);
    const count = async () =>
      (await em.handlers.ListBenefitApplications({ Catalog: "AWS" })).BenefitApplicationSummaries?.length;
    const bad = control({
      method: "POST",
      path: "/fixtures",
      body: {
        applications: [
          { ...fixture, id: "benappl-00000000000002" },
          { ...fixture, status: "NOPE" },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      FieldList: [
        { Name: "fixtures.applications[1].status", Message: expect.stringMatching(/^must be one of /) },
      ],
    });
    expect(await count()).toBe(1);
    const good = control({
      method: "POST",
      path: "/fixtures",
      body: JSON.stringify({ applications: [{ ...fixture, id: "benappl-00000000000002" }] }),
    });
    expect(good.body).toEqual({ loaded: { applications: 1, allocations: 0 } });
    expect(await count()).toBe(2);
    control({ method: "POST", path: "/reset" });
    expect(await count()).toBe(1);
    control({ method: "POST", path: "/reset", body: { fixtures: false } });
    expect(await count()).toBe(0);
    expect(control({ method: "POST", path: "/reset", body: { fixtures: "no" } }).status).toBe(400);
  });
});
