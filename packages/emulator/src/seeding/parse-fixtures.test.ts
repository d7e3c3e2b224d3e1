import { describe, expect, it } from "vitest";
import { seedCatalog } from "../catalog/seed-catalog.js";
import { createEmulator } from "../engine/create-emulator.js";
import type { ApplicationFixture, EmulatorFixtures } from "./fixture-format.js";
import { FixturesError, fixturePath, parseFixtures, validateFixtures } from "./parse-fixtures.js";

const aws = seedCatalog("AWS", 1);
const pick = (types: string) => {
  const benefit = aws.find((b) => b.fulfillmentTypes.join("+") === types);
  if (!benefit) throw new Error(`no ${types} benefit at seed 1`);
  return benefit;
};
const credits = pick("CREDITS");
const cashAccess = pick("CASH+ACCESS");

/** A valid approved application with one allocation, to break one field at a time. */
const approved = (): ApplicationFixture => ({
  catalog: "AWS",
  benefitId: credits.id,
  status: "APPROVED",
  createdAt: "2026-01-01T00:00:00Z",
  allocations: [{ fulfillmentType: "CREDITS", amount: "100.00" }],
});
const one = (change: (app: ApplicationFixture) => void): EmulatorFixtures => {
  const app = approved();
  change(app);
  return { applications: [app] };
};

describe("fixturePath", () => {
  it.each<[(string | number)[], string]>([
    [[], "fixtures"],
    [["applications", 2, "status"], "fixtures.applications[2].status"],
    [["applications", "0", "tags", "aws:team"], 'fixtures.applications[0].tags["aws:team"]'],
  ])("%j -> %s", (segments, path) => expect(fixturePath(segments)).toBe(path));
});

describe("validateFixtures", () => {
  it("accepts an empty document and a valid one", () => {
    expect(validateFixtures({})).toEqual({ ok: true, fixtures: {} });
    expect(validateFixtures(one(() => {})).ok).toBe(true);
  });

  it.each<[string, unknown, string, string]>([
    ["a non-object", [], "fixtures", "must be an object"],
    ["an unknown top-level field", { apps: [] }, "fixtures.apps", "is not a field of the fixtures format"],
    ["a wrong version", { version: 2 }, "fixtures.version", "must be 1"],
    [
      "a missing status",
      one((a) => {
        delete (a as Partial<ApplicationFixture>).status;
      }),
      "fixtures.applications[0].status",
      "is required",
    ],
    [
      "an unknown status",
      one((a) => {
        (a as { status: string }).status = "DONE";
      }),
      "fixtures.applications[0].status",
      "must be one of PENDING_SUBMISSION, IN_REVIEW, ACTION_REQUIRED, APPROVED, REJECTED, CANCELED",
    ],
    [
      "a misspelt field",
      one((a) => Object.assign(a, { benefitID: "x" })),
      "fixtures.applications[0].benefitID",
      "is not a field of the fixtures format",
    ],
    [
      "a malformed application ID",
      one((a) => {
        a.id = "app-1";
      }),
      "fixtures.applications[0].id",
      "must match ^benappl-[0-9a-z]{14}$",
    ],
    [
      "a date without a zone",
      one((a) => {
        a.createdAt = "2026-01-01";
      }),
      "fixtures.applications[0].createdAt",
      "must be an ISO-8601 date-time with a zone, e.g. 2026-03-01T09:30:00Z",
    ],
    [
      "a reserved tag key",
      one((a) => {
        a.tags = { "aws:team": "x" };
      }),
      'fixtures.applications[0].tags["aws:team"]',
      'is not a valid tag key (1-128 characters, not starting with "aws:")',
    ],
    [
      "six status reason codes",
      one((a) => {
        a.statusReasonCodes = ["a", "b", "c", "d", "e", "f"];
      }),
      "fixtures.applications[0].statusReasonCodes",
      "must NOT have more than 5 items",
    ],
    [
      "an unknown fulfillment type",
      one((a) => {
        (a.allocations?.[0] as { fulfillmentType: string }).fulfillmentType = "VOUCHER";
      }),
      "fixtures.applications[0].allocations[0].fulfillmentType",
      "must be one of CREDITS, CASH, ACCESS",
    ],
    [
      "an amount that is not a decimal string",
      one((a) => {
        (a.allocations?.[0] as { amount: unknown }).amount = 100;
      }),
      "fixtures.applications[0].allocations[0].amount",
      "must be a string",
    ],
    [
      "an unknown currency",
      one((a) => {
        (a.allocations?.[0] as { currencyCode: string }).currencyCode = "XYZ";
      }),
      "fixtures.applications[0].allocations[0].currencyCode",
      "must be one of ",
    ],
    [
      "an unknown catalog",
      one((a) => {
        a.catalog = "Prod";
      }),
      "fixtures.applications[0].catalog",
      "must be one of AWS, Sandbox",
    ],
    [
      "a benefit of no catalog",
      one((a) => {
        a.benefitId = "ben-00000000000000";
      }),
      "fixtures.applications[0].benefitId",
      "is not a benefit of catalog AWS",
    ],
    [
      "a fulfillment type the benefit does not offer",
      one((a) => {
        a.fulfillmentTypes = ["CASH"];
        a.allocations = [];
      }),
      "fixtures.applications[0].fulfillmentTypes[0]",
      `benefit ${credits.id} offers only CREDITS`,
    ],
    [
      "allocations on an application in review",
      one((a) => {
        a.status = "IN_REVIEW";
      }),
      "fixtures.applications[0].allocations",
      "only an APPROVED application has allocations (this one is IN_REVIEW)",
    ],
    [
      "an allocation of a type the application did not ask for",
      one((a) => {
        a.allocations = [{ fulfillmentType: "CASH" }];
      }),
      "fixtures.applications[0].allocations[0].fulfillmentType",
      "must be one of the application's fulfillment types (CREDITS)",
    ],
    [
      "credit codes worth more than the amount",
      one((a) => {
        a.allocations = [
          {
            fulfillmentType: "CREDITS",
            amount: "100.00",
            creditCodes: [
              { code: "A", amount: "60.00" },
              { code: "B", amount: "60.00" },
            ],
          },
        ];
      }),
      "fixtures.applications[0].allocations[0].creditCodes",
      "add up to 120.00, more than the amount (100.00)",
    ],
    [
      "more used than allocated",
      one((a) => {
        a.allocations = [{ fulfillmentType: "CREDITS", amount: "100.00", consumable: { utilized: "150" } }];
      }),
      "fixtures.applications[0].allocations[0].consumable.utilized",
      "must not exceed the amount (100.00)",
    ],
    [
      "an expiry before the start",
      one((a) => {
        a.allocations = [
          { fulfillmentType: "CREDITS", startsAt: "2026-02-01T00:00:00Z", expiresAt: "2026-01-01T00:00:00Z" },
        ];
      }),
      "fixtures.applications[0].allocations[0].expiresAt",
      "must be after startsAt",
    ],
    [
      "a history step before the creation",
      one((a) => {
        a.history = [{ at: "2025-12-31T00:00:00Z", action: "Review", status: "APPROVED" }];
      }),
      "fixtures.applications[0].history[0].at",
      "must not be before createdAt",
    ],
    [
      "a history that does not end in the status",
      one((a) => {
        a.history = [{ at: "2026-01-01T00:00:00Z", action: "Submit", status: "IN_REVIEW" }];
      }),
      "fixtures.applications[0].history[0].status",
      "must be the application's status (APPROVED): the last step leaves it",
    ],
    [
      "an unknown history action",
      one((a) => {
        a.history = [{ at: "2026-01-01T00:00:00Z", action: "Approve" as "Review", status: "APPROVED" }];
      }),
      "fixtures.applications[0].history[0].action",
      "must be one of Update, AssociateResource, DisassociateResource, Submit, Recall, Cancel, Amend, Review",
    ],
    [
      "an update before the creation",
      one((a) => {
        a.updatedAt = "2025-12-31T00:00:00Z";
      }),
      "fixtures.applications[0].updatedAt",
      "must not be before createdAt",
    ],
    [
      "submitted details that break the benefit's request schema",
      one((a) => {
        a.details = { ProjectName: 42 };
      }),
      "fixtures.applications[0].details.ProjectName",
      "must be string (details of a submitted application must satisfy the benefit's request schema)",
    ],
  ])("rejects %s with the path of the field", (_name, fixtures, path, message) => {
    const result = validateFixtures(fixtures);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it("lets a draft keep incomplete details", () => {
    const draft = one((a) => {
      a.status = "PENDING_SUBMISSION";
      a.details = { ProjectName: "Half done" };
      a.allocations = [];
    });
    expect(validateFixtures(draft).ok).toBe(true);
  });

  it("rejects an ACCESS allocation with an amount, and credit codes on cash", () => {
    const result = validateFixtures({
      applications: [
        {
          catalog: "AWS",
          benefitId: cashAccess.id,
          status: "APPROVED",
          allocations: [
            { fulfillmentType: "ACCESS", amount: "5.00" },
            { fulfillmentType: "CASH", creditCodes: [{ code: "X" }] },
          ],
        },
      ],
    });
    expect(result.ok ? [] : result.issues).toEqual([
      { path: "fixtures.applications[0].allocations[0].amount", message: "is not for an ACCESS allocation" },
      {
        path: "fixtures.applications[0].allocations[1].creditCodes",
        message: "is only for a CREDITS allocation",
      },
    ]);
  });

  it("rejects an ID used twice, naming the first use", () => {
    const id = "benappl-00000000000001";
    const result = validateFixtures({
      applications: [
        { ...approved(), id },
        { ...approved(), id },
      ],
    });
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "fixtures.applications[1].id",
        message: `${id} is already used by fixtures.applications[0].id`,
      },
    ]);
  });

  it("checks benefits against the catalog seed given", () => {
    expect(
      validateFixtures(
        one(() => {}),
        { seed: 2 },
      ),
    ).toMatchObject({
      ok: false,
      issues: [{ path: "fixtures.applications[0].benefitId" }],
    });
  });
});

describe("parseFixtures", () => {
  it("parses JSON text and returns the fixtures", () => {
    expect(parseFixtures(JSON.stringify(one(() => {})))).toEqual(one(() => {}));
  });

  it("throws a FixturesError whose message names the first problem and counts the rest", () => {
    const bad = { applications: [{ catalog: "AWS", status: "NOPE" }] };
    const error = (() => {
      try {
        parseFixtures(bad);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(FixturesError);
    expect((error as FixturesError).issues).toHaveLength(2);
    expect((error as FixturesError).message).toBe(
      "fixtures.applications[0].benefitId: is required (and 1 more)",
    );
  });

  it("reports text that is not JSON", () => {
    expect(() => parseFixtures("{")).toThrow(/^fixtures: is not valid JSON/);
  });
});

describe("createEmulator({ fixtures })", () => {
  it("loads nothing when a fixture is bad, and says where", () => {
    const fixtures: EmulatorFixtures = {
      applications: [approved(), { ...approved(), status: "SHIPPED" as "APPROVED" }],
    };
    expect(() => createEmulator({ fixtures })).toThrow(
      "fixtures.applications[1].status: must be one of PENDING_SUBMISSION, IN_REVIEW, ACTION_REQUIRED, APPROVED, REJECTED, CANCELED",
    );
  });

  it("loads nothing from loadFixtures when an ID is taken, and keeps the state", async () => {
    const id = "benappl-00000000000001";
    const emulator = createEmulator({ fixtures: { applications: [{ ...approved(), id }] } });
    const before = await emulator.handlers.ListBenefitApplications({ Catalog: "AWS" });
    expect(() =>
      emulator.loadFixtures({
        applications: [
          { ...approved(), id: "benappl-00000000000002" },
          { ...approved(), id },
        ],
      }),
    ).toThrow(`fixtures.applications[1].id: benefit application ${id} already exists in catalog AWS`);
    expect(await emulator.handlers.ListBenefitApplications({ Catalog: "AWS" })).toEqual(before);
    expect(
      emulator.loadFixtures({ applications: [{ ...approved(), id: "benappl-00000000000002" }] }),
    ).toEqual({
      applications: 1,
      allocations: 1,
    });
  });

  it("gives the same IDs and revisions on every load when the fixtures leave them out", async () => {
    const ids = async () => {
      const emulator = createEmulator({ fixtures: { applications: [approved(), approved()] } });
      const { BenefitApplicationSummaries = [] } = await emulator.handlers.ListBenefitApplications({
        Catalog: "AWS",
      });
      const apps = await Promise.all(
        BenefitApplicationSummaries.map((s) =>
          emulator.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: s.Id ?? "" }),
        ),
      );
      const allocations = await emulator.handlers.ListBenefitAllocations({ Catalog: "AWS" });
      return {
        apps: apps.map((a) => [a.Id, a.Revision]),
        allocations: allocations.BenefitAllocationSummaries?.map((a) => a.Id),
      };
    };
    const first = await ids();
    expect(first.apps).toHaveLength(2);
    expect(first.apps[0]?.[1]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await ids()).toEqual(first);
  });
});
