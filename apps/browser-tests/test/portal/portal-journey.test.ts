/**
 * The Benefits portal (apps/demo) in headless Chromium, in both of its modes: served by the emulator
 * (`pcb-emulator --static --control`, what `pnpm start` runs) and as the static playground where MSW's
 * service worker answers every call. A partner's whole journey, with the errors shown where they
 * belong, an axe-core check of every main page, and screenshots of the main pages (emulator mode): into
 * .reports/screenshots/ (not committed), or over the README's in apps/demo/screenshots/ with
 * UPDATE_SCREENSHOTS=1 (`pnpm --filter @pc-benefits/browser-tests screenshots`).
 * Without Chromium the suite is skipped, loudly.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  GetBenefitApplicationCommand,
  PartnerCentralBenefitsClient,
  UpdateBenefitApplicationCommand,
} from "@pc-benefits/client";
import { type Benefit, demoFixtures, exampleDetails, seedCatalog } from "@pc-benefits/emulator";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seriousViolations, type Violation } from "../../src/harness/axe.js";
import { DEFAULT_CHROMIUM_PATH, findChromium, launchChromium } from "../../src/harness/chromium.js";
import {
  type EmulatorTarget,
  PLAYGROUND_PATH,
  type PortalMode,
  type PortalTarget,
  servePlayground,
  startEmulatorPortal,
} from "../../src/harness/portal-targets.js";
import {
  countIs,
  fillDetails,
  goInApp,
  openSection,
  requiredFields,
  rows,
  visible,
  WAIT_MS,
  waitForStatus,
} from "./portal-page.js";

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.warn(
    `browser-tests: SKIPPING the portal journeys in headless Chromium: ${process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH} ` +
      "not found (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary).",
  );
}

const REPORTS = fileURLToPath(new URL("../../.reports/", import.meta.url));
/**
 * Where the emulator-mode run writes its screenshots: an ignored folder, so a test run leaves the working
 * tree clean; the README's committed ones only when asked (UPDATE_SCREENSHOTS=1).
 */
const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === "1"
    ? fileURLToPath(new URL("../../../demo/screenshots/", import.meta.url))
    : `${REPORTS}screenshots/`;
/** The demo data's AWS application in review with a file still pending (the reviewer processes it). */
const WEBINAR = (() => {
  const found = (demoFixtures.applications ?? []).find(
    (a) =>
      a.catalog === "AWS" && a.status === "IN_REVIEW" && (a.files ?? []).some((f) => f.status === "PENDING"),
  );
  const file = found?.files?.find((f) => f.status === "PENDING");
  if (!found?.id || !found.name || !file) {
    throw new Error("the demo fixtures have no AWS application in review with a pending file");
  }
  return { id: found.id, name: found.name, fileName: file.uri.slice(file.uri.lastIndexOf("/") + 1) };
})();
const CATALOG = "Sandbox";
/** Both modes run the default catalog seed, so the suite knows the catalog the page shows. */
const benefits = seedCatalog(CATALOG, 1);
const PAGE_SIZE = 10;
const target: Benefit = (() => {
  const found = benefits.find((b) => b.status === "ACTIVE" && b.fulfillmentTypes.includes("CREDITS"));
  if (!found) throw new Error("the Sandbox catalog of seed 1 has no active benefit with credits");
  return found;
})();
/** Where the playground's client sends its calls (the client's default regional endpoint). */
const API_ENDPOINT = "https://partnercentral-benefits.us-east-1.api.aws";
const ARN = "arn:aws:partnercentral:us-east-1:123456789012:catalog/Sandbox/opportunity/O1234567";

let browser: Browser | undefined;
beforeAll(async () => {
  if (chromiumPath) browser = await launchChromium(chromiumPath);
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!chromiumPath).each(["emulator", "playground"] as PortalMode[])(
  "the portal, %s mode",
  (mode) => {
    let server: PortalTarget;
    let context: BrowserContext;
    let page: Page;
    const pageErrors: string[] = [];
    /** Every URL the page requested (documents, scripts, styles, API calls, the worker script). */
    const requested: string[] = [];
    const violations: { page: string; violations: Violation[] }[] = [];
    let approvedId = "";

    const check = async (name: string) => {
      violations.push({ page: name, violations: await seriousViolations(page) });
    };
    const shoot = async (name: string) => {
      if (mode !== "emulator") return;
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
    };
    const notice = (kind: string) => page.locator(`[data-problem="${kind}"]`);
    const historyRows = () => page.getByRole("region", { name: "History" }).locator("tbody tr");
    const applicationIdFromUrl = () => {
      const match = /applications\/(benappl-[0-9a-z]+)/.exec(page.url());
      if (!match?.[1]) throw new Error(`not on an application page: ${page.url()}`);
      return match[1];
    };

    beforeAll(async () => {
      server = mode === "emulator" ? await startEmulatorPortal() : await servePlayground();
      context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      page.setDefaultTimeout(WAIT_MS);
      page.on("pageerror", (e) => pageErrors.push(`${e.name}: ${e.message}`));
      page.on("request", (r) => requested.push(r.url()));
      await page.goto(server.home);
    });
    // A failing step leaves a picture of the page in .reports/ (not committed) for whoever reads the log.
    beforeEach(({ task, onTestFailed }) => {
      onTestFailed(async () => {
        mkdirSync(REPORTS, { recursive: true });
        const file = `${REPORTS}failed-${mode}-${task.name.replace(/\W+/g, "-")}.png`;
        await page?.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        console.error(`browser-tests: screenshot of the failed step in ${file}`);
      });
    });
    afterAll(async () => {
      await context?.close();
      await server?.stop();
    });

    it("browses the catalog a page at a time", async () => {
      await visible(page.getByRole("heading", { name: `Benefits in the ${CATALOG} catalog` }));
      await countIs(rows(page), PAGE_SIZE);
      await page.getByRole("button", { name: "Next" }).click();
      await visible(page.getByText("Page 2"));
      await countIs(rows(page), benefits.length - PAGE_SIZE);
      await expect(page.getByRole("button", { name: "Next" }).isDisabled()).resolves.toBe(true);
      await page.getByRole("button", { name: "Previous" }).click();
      await countIs(rows(page), PAGE_SIZE);
      await check("catalog");
      await shoot("catalog");
    });

    it("switches between the AWS and Sandbox catalogs", async () => {
      const aws = seedCatalog("AWS", 1);
      await page.getByLabel("Catalog", { exact: true }).selectOption("AWS");
      await visible(page.getByRole("heading", { name: "Benefits in the AWS catalog" }));
      await visible(rows(page).getByText(aws[0]?.name ?? "", { exact: true }));
      await countIs(rows(page), PAGE_SIZE);
      await page.getByLabel("Catalog", { exact: true }).selectOption(CATALOG);
      await visible(page.getByRole("heading", { name: `Benefits in the ${CATALOG} catalog` }));
      await visible(rows(page).getByText(benefits[0]?.name ?? "", { exact: true }));
    });

    it("filters by program and by status", async () => {
      const program = target.programs[0] ?? "";
      await page.getByLabel("Program", { exact: true }).selectOption(program);
      await countIs(
        rows(page),
        Math.min(PAGE_SIZE, benefits.filter((b) => b.programs.includes(program)).length),
      );
      for (const text of await rows(page).locator("td:nth-child(2)").allTextContents())
        expect(text).toContain(program);
      await page.getByRole("button", { name: "Clear filters" }).click();
      await page.getByRole("group", { name: "Status" }).getByLabel("Active", { exact: true }).check();
      const active = benefits.filter((b) => b.status === "ACTIVE").length;
      await countIs(rows(page), Math.min(PAGE_SIZE, active));
      for (const text of await rows(page).locator("td:nth-child(4)").allTextContents())
        expect(text).toBe("Active");
      await page.getByRole("button", { name: "Clear filters" }).click();
      await countIs(rows(page), PAGE_SIZE);
    });

    it("explains throttling injected by the reviewer console, and recovers", async () => {
      await openSection(page, "Reviewer console");
      await visible(page.getByText("belongs to the emulator, not to AWS", { exact: false }));
      await page.getByLabel("Operation", { exact: true }).selectOption("ListBenefits");
      await page.getByRole("button", { name: "Throttle", exact: true }).click();
      await visible(page.getByText("Throttling every ListBenefits call."));
      await openSection(page, "Catalog");
      await visible(notice("throttling"));
      expect((await notice("throttling").first().textContent()) ?? "").toContain(
        "throttling requests (tried 3 times)",
      );
      await countIs(rows(page), 0);
      await openSection(page, "Reviewer console");
      await page.getByRole("button", { name: "Stop throttling" }).click();
      await visible(page.getByText("No fault injected."));
      await openSection(page, "Catalog");
      await countIs(rows(page), PAGE_SIZE);
      await expect(notice("throttling").count()).resolves.toBe(0);
    });

    it("saves a draft from the benefit's apply form", async () => {
      await goInApp(page, mode, `/benefits/${target.id}`);
      await visible(page.getByRole("heading", { name: target.name, level: 1 }));
      // The form is generated from the request schema: one field per property.
      for (const field of Object.keys(target.requestSchema.properties as object)) {
        await visible(page.locator(`.details-form [id^="details_${field}"]`));
      }
      await page.getByLabel("Application name", { exact: true }).fill("Portal journey");
      await page.getByLabel("Description", { exact: true }).fill("Created by the browser suite.");
      await page.getByRole("button", { name: "Add a file" }).click();
      await page.getByLabel("File 1 URI", { exact: true }).fill("s3://partner-docs/migration-plan.pdf");
      await page.getByRole("button", { name: "Add a tag" }).click();
      await page.getByLabel("Tag 1 key", { exact: true }).fill("project");
      await page.getByLabel("Tag 1 value", { exact: true }).fill("e2e");
      await page.getByLabel("Email", { exact: true }).fill("alliances@example.com");
      await check("benefit");
      await shoot("benefit-apply");
      await page.getByRole("button", { name: "Save draft application" }).click();
      await visible(page.getByRole("heading", { name: "Portal journey", level: 1 }));
      await waitForStatus(page, "Pending submission");
    });

    it("shows a submit's ValidationException at the fields it names", async () => {
      await page.getByRole("button", { name: "Submit for review" }).click();
      await visible(notice("validation"));
      const required = requiredFields(target);
      expect(required.length).toBeGreaterThan(0);
      for (const field of required) {
        // rjsf's wrapper of the field holds the service's message for it.
        const wrapper = page.locator(
          `.details-form .form-group:has(> [id="details_${field}"]), .details-form .form-group:has([id="details_${field}"])`,
        );
        await visible(wrapper.getByText(`BenefitApplicationDetails.${field} is required.`));
      }
      await check("validation");
      await shoot("validation-error");
    });

    it("fixes the details, submits, and the application goes in review", async () => {
      await fillDetails(page, exampleDetails(target));
      await page.getByRole("button", { name: "Save draft", exact: true }).click();
      await visible(page.getByText("Save draft: done."));
      await page.getByRole("button", { name: "Submit for review" }).click();
      await waitForStatus(page, "In review");
      await visible(page.locator("dl.facts dd", { hasText: "Business review" }));
      await visible(page.locator("ul.plain li", { hasText: "project=e2e" }));
      approvedId = applicationIdFromUrl();
    });

    it("approves in the reviewer console with an allocation per fulfillment type", async () => {
      await openSection(page, "Reviewer console");
      await page.getByRole("button", { name: "Review Portal journey" }).click();
      await visible(page.getByRole("heading", { name: "Review Portal journey" }));
      await page.getByLabel("Credits amount", { exact: true }).fill("2500.00");
      await page.getByLabel("Credits currency", { exact: true }).selectOption("EUR");
      await check("reviewer");
      await shoot("reviewer-console");
      await page.getByRole("button", { name: "Approve", exact: true }).click();
      await countIs(page.getByRole("button", { name: "Review Portal journey" }), 0);
    });

    it("shows the allocations and the credit codes", async () => {
      await openSection(page, "Applications");
      await page.getByRole("link", { name: "Portal journey" }).click();
      await waitForStatus(page, "Approved");
      const allocationLinks = page.getByRole("region", { name: "Allocations" }).getByRole("link");
      await countIs(allocationLinks, target.fulfillmentTypes.length);
      // The emulator's record of what happened, newest first: the reviewer's approval, the partner's submit,
      // the draft's creation.
      const history = historyRows();
      await visible(history.first().filter({ hasText: "Reviewer" }).filter({ hasText: "Approved" }));
      await visible(page.getByText("The emulator's record of this application"));
      const steps = await history.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].slice(1, 5).map((td) => td.textContent?.trim())),
      );
      expect(steps[0]).toEqual(["Reviewer", "Review", "Approved", "Finance review"]);
      expect(steps).toContainEqual(["Partner", "Submit", "In review", "Business review"]);
      expect(steps.at(-1)).toEqual(["Partner", "Create", "Pending submission", "—"]);
      await check("application");
      await shoot("application");
      await openSection(page, "Allocations");
      await countIs(rows(page).filter({ hasText: approvedId }), target.fulfillmentTypes.length);
      await check("allocations");
      await rows(page)
        .filter({ hasText: approvedId })
        .filter({ hasText: "Credits" })
        .getByRole("link")
        .first()
        .click();
      await visible(page.getByRole("heading", { name: "Credits" }));
      const code = (await page.locator(".credit-code").first().textContent())?.trim();
      expect(code).toMatch(/^PC[A-Z0-9]{12}$/);
      await visible(page.locator("table.list td", { hasText: "€2,500.00" }));
      await check("allocation");
      await shoot("allocation-credits");
    });

    it("tags and untags an application", async () => {
      await goInApp(page, mode, `/applications/${approvedId}`);
      await waitForStatus(page, "Approved");
      await page.getByLabel("Tag key", { exact: true }).fill("owner");
      await page.getByLabel("Tag value", { exact: true }).fill("alliances");
      await page.getByRole("button", { name: "Add tag" }).click();
      await visible(page.locator("ul.plain li", { hasText: "owner=alliances" }));
      await page.getByRole("button", { name: "Remove tag owner" }).click();
      await countIs(page.locator("ul.plain li", { hasText: "owner=alliances" }), 0);
    });

    it("associates and disassociates a resource on a draft, then submits, recalls and cancels it", async () => {
      await goInApp(page, mode, `/benefits/${target.id}`);
      await page.getByLabel("Application name", { exact: true }).fill("Recall and cancel");
      await fillDetails(page, exampleDetails(target));
      await page.getByRole("button", { name: "Save draft application" }).click();
      await waitForStatus(page, "Pending submission");
      await page.getByLabel("Resource ARN", { exact: true }).fill(ARN);
      await page.getByRole("button", { name: "Associate" }).click();
      await visible(page.locator("ul.plain li", { hasText: ARN }));
      await page.getByRole("button", { name: "Disassociate" }).click();
      await countIs(page.locator("ul.plain li", { hasText: ARN }), 0);
      await page.getByRole("button", { name: "Submit for review" }).click();
      await waitForStatus(page, "In review");
      await page.getByLabel("Recall reason", { exact: true }).fill("The budget changes.");
      await page.getByRole("button", { name: "Recall", exact: true }).click();
      await waitForStatus(page, "Pending submission");
      await page.getByRole("button", { name: "Cancel application" }).click();
      await waitForStatus(page, "Canceled");
      await visible(page.getByText("This application is canceled: only its tags can change."));
    });

    it("filters the applications by status", async () => {
      await openSection(page, "Applications");
      await visible(rows(page).getByText("Portal journey"));
      for (const [status, label, name] of [
        ["CANCELED", "Canceled", "Recall and cancel"],
        ["APPROVED", "Approved", "Portal journey"],
      ]) {
        await page.getByLabel("Status", { exact: true }).selectOption(status ?? "");
        await visible(rows(page).getByText(name ?? ""));
        // The filtered page replaces the previous one: until it has, rows of other statuses may still show.
        await expect
          .poll(async () => [...new Set(await rows(page).locator("td:nth-child(3)").allTextContents())], {
            timeout: WAIT_MS,
          })
          .toEqual([label]);
      }
      await check("applications");
      await shoot("applications");
    });

    it("requires action in the reviewer console, and the partner amends the application", async () => {
      const fixture = (demoFixtures.applications ?? []).find(
        (a) => a.catalog === CATALOG && a.status === "IN_REVIEW",
      );
      if (!fixture?.name) throw new Error("the demo fixtures have no Sandbox application in review");
      await openSection(page, "Reviewer console");
      await page.getByRole("button", { name: `Review ${fixture.name}` }).click();
      await page
        .getByLabel("Require action: reason", { exact: true })
        .fill("Please correct the project name.");
      await page.getByRole("button", { name: "Require action", exact: true }).click();
      // Still waiting for a reviewer, now returned for action (the emulator's queue lists both).
      await visible(
        page.locator("ul.queue li", { hasText: fixture.name }).getByText("Action required", { exact: true }),
      );
      await goInApp(page, mode, `/applications/${fixture.id}`);
      await waitForStatus(page, "Action required");
      await visible(page.locator("dl.facts dd", { hasText: "Please correct the project name." }));
      await page.getByLabel("Field to amend", { exact: true }).selectOption("ProjectName");
      await page.getByLabel("New value", { exact: true }).fill("Contract summarization v2");
      await page.getByLabel("Amendment reason", { exact: true }).fill("Name corrected.");
      await page.getByRole("button", { name: "Amend", exact: true }).click();
      await waitForStatus(page, "In review");
      await visible(
        historyRows().first().filter({ hasText: "Partner" }).filter({ hasText: "Amend" }).filter({
          hasText: "Name corrected.",
        }),
      );
      await visible(
        historyRows().filter({ hasText: "Reviewer" }).filter({ hasText: "Please correct the project name." }),
      );
      // A nested field of the request schema, as a JSON path (one the emulator lets this benefit amend).
      const nested = "$.CreditDisbursementDetails.AwsAccountIdForCredits";
      await page.getByLabel("Field to amend", { exact: true }).selectOption(nested);
      await page.getByLabel("New value", { exact: true }).fill("210987654321");
      await page.getByLabel("Amendment reason", { exact: true }).fill("Credits to the production account.");
      await page.getByRole("button", { name: "Amend", exact: true }).click();
      await visible(historyRows().first().filter({ hasText: "Credits to the production account." }));
      if (mode === "emulator") {
        const partner = new PartnerCentralBenefitsClient({
          region: "us-east-1",
          endpoint: server.origin,
          credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "reader" },
          maxAttempts: 1,
        });
        const amended = await partner.send(
          new GetBenefitApplicationCommand({ Catalog: CATALOG, Identifier: fixture.id }),
        );
        expect(amended.BenefitApplicationDetails).toMatchObject({
          ProjectName: "Contract summarization v2",
          CreditDisbursementDetails: { AwsAccountIdForCredits: "210987654321" },
        });
      }
    });

    it("marks a pending file processed in the reviewer console, then rejects the application", async () => {
      await page.getByLabel("Catalog", { exact: true }).selectOption("AWS");
      await openSection(page, "Reviewer console");
      await page.getByRole("button", { name: `Review ${WEBINAR.name}` }).click();
      const file = page.locator("table.list tr", { hasText: WEBINAR.fileName });
      await visible(file.getByText("Pending", { exact: true }));
      await page.getByRole("button", { name: `Mark ${WEBINAR.fileName} processed` }).click();
      await visible(file.getByText("Succeeded", { exact: true }));
      await check("reviewer-files");
      await page.getByLabel("Reject: reason", { exact: true }).fill("Outside this year's budget.");
      await page.getByRole("button", { name: "Reject", exact: true }).click();
      await countIs(page.getByRole("button", { name: `Review ${WEBINAR.name}` }), 0);
      await goInApp(page, mode, `/applications/${WEBINAR.id}`);
      await waitForStatus(page, "Rejected");
      await visible(page.locator("dl.facts dd", { hasText: "Outside this year's budget." }));
      await visible(page.getByRole("region", { name: "Files" }).getByText("Succeeded", { exact: true }));
      await visible(
        historyRows()
          .first()
          .filter({ hasText: "Reviewer" })
          .filter({ hasText: "Rejected" })
          .filter({ hasText: "Outside this year's budget." }),
      );
      await check("history");
      await shoot("application-history");
      await page.getByLabel("Catalog", { exact: true }).selectOption(CATALOG);
      await openSection(page, "Catalog");
      await visible(page.getByRole("heading", { name: `Benefits in the ${CATALOG} catalog` }));
    });

    it("has no serious or critical accessibility violation on any page", () => {
      const found = violations.filter((v) => v.violations.length > 0);
      expect(found, JSON.stringify(found, null, 2)).toEqual([]);
      expect(violations.map((v) => v.page)).toEqual([
        "catalog",
        "benefit",
        "validation",
        "reviewer",
        "application",
        "allocations",
        "allocation",
        "applications",
        "reviewer-files",
        "history",
      ]);
    });

    if (mode === "emulator") {
      it("offers to reload when another process changed the draft (ConflictException)", async () => {
        // A fresh draft, changed behind the page's back by a second client.
        await goInApp(page, mode, `/benefits/${target.id}`);
        await page.getByLabel("Application name", { exact: true }).fill("Conflict");
        await page.getByRole("button", { name: "Save draft application" }).click();
        await waitForStatus(page, "Pending submission");
        const id = applicationIdFromUrl();
        const other = new PartnerCentralBenefitsClient({
          region: "us-east-1",
          endpoint: server.origin,
          credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "other-process" },
          maxAttempts: 1,
        });
        const current = await other.send(
          new GetBenefitApplicationCommand({ Catalog: CATALOG, Identifier: id }),
        );
        await other.send(
          new UpdateBenefitApplicationCommand({
            Catalog: CATALOG,
            Identifier: id,
            Revision: current.Revision,
            ClientToken: "other-process-1",
            Name: "Renamed elsewhere",
          }),
        );
        await page.getByLabel("Application name", { exact: true }).fill("Conflict, edited here");
        await page.getByRole("button", { name: "Save draft", exact: true }).click();
        await visible(notice("conflict"));
        await page.getByRole("button", { name: "Reload the current version" }).click();
        await visible(page.getByRole("heading", { name: "Renamed elsewhere", level: 1 }));
        await expect(notice("conflict").count()).resolves.toBe(0);
        await page.getByLabel("Application name", { exact: true }).fill("Conflict, edited here");
        await page.getByRole("button", { name: "Save draft", exact: true }).click();
        await visible(page.getByRole("heading", { name: "Conflict, edited here", level: 1 }));
      });

      it("explains that the server went away", async () => {
        await (server as EmulatorTarget).stop();
        await openSection(page, "Applications");
        await visible(notice("network"));
        expect((await notice("network").first().textContent()) ?? "").toContain("could not be reached");
      });
    } else {
      it("answers every API call inside the browser and resets to the demo data", async () => {
        const served = (server as PortalTarget & { served: string[] }).served;
        expect(served.filter((r) => !r.startsWith("GET "))).toEqual([]);
        // Served from a subfolder: every file the page asked for was found there.
        expect(served.filter((r) => !r.startsWith(`GET ${PLAYGROUND_PATH}`))).toEqual([]);
        await page.getByRole("button", { name: "Reset playground" }).click();
        await visible(page.getByText("Reset."));
        await openSection(page, "Applications");
        // Back to the demo data the playground starts with: its applications, none of the journey's.
        for (const fixture of (demoFixtures.applications ?? []).filter((a) => a.catalog === CATALOG)) {
          await visible(rows(page).getByText(fixture.name ?? fixture.id ?? ""));
        }
        await countIs(rows(page).filter({ hasText: "Portal journey" }), 0);
      });
    }

    it("raised no uncaught error in the page", () => {
      expect(pageErrors).toEqual([]);
    });

    it("loaded nothing from another origin (no CDN: the portal works offline)", () => {
      // The playground's API calls go to the official endpoint and are answered by the service worker.
      const allowed = [server.origin, ...(mode === "playground" ? [API_ENDPOINT] : [])];
      const foreign = requested.filter(
        (url) => !url.startsWith("data:") && !allowed.includes(new URL(url).origin),
      );
      expect(foreign).toEqual([]);
      expect(requested.length).toBeGreaterThan(10);
    });
  },
);
