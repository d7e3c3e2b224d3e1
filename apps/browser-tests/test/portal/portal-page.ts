/** Driving the portal the way a partner does: by its navigation, labels and buttons. */
import type { Benefit } from "@pc-benefits/emulator";
import type { Locator, Page } from "playwright-core";
import type { PortalMode } from "../../src/harness/portal-targets.js";

export const WAIT_MS = 20_000;

/** The page's main navigation. */
export async function openSection(
  page: Page,
  name: "Catalog" | "Applications" | "Allocations" | "Reviewer console",
) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
}

/**
 * Client-side navigation to a portal path, without reloading the page (the playground's state lives in
 * the page): a pushState the router sees, or a hash change.
 */
export async function goInApp(page: Page, mode: PortalMode, path: string) {
  await page.evaluate(
    ([m, p]) => {
      if (m === "playground") window.location.hash = `#${p}`;
      else {
        window.history.pushState(null, "", p);
        window.dispatchEvent(new PopStateEvent("popstate"));
      }
    },
    [mode, path] as const,
  );
}

export async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: "visible", timeout: WAIT_MS });
  return locator;
}

/** Waits until `locator` has exactly `count` elements. */
export async function countIs(locator: Locator, count: number): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const now = await locator.count();
    if (now === count) return;
    if (Date.now() > deadline) throw new Error(`expected ${count} of ${locator}, found ${now}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function rows(page: Page): Locator {
  return page.locator("main table.list").first().locator("tbody tr:not(.empty)");
}

export async function waitForStatus(page: Page, status: string): Promise<void> {
  await page
    .locator("dl.facts dt:text-is('Status') + dd", { hasText: status })
    .first()
    .waitFor({ timeout: WAIT_MS });
}

/** Fills the schema form (rjsf, ids `details_<path>`) with a details document. */
export async function fillDetails(page: Page, details: Record<string, unknown>, path: string[] = []) {
  for (const [key, value] of Object.entries(details)) {
    const id = `#details_${[...path, key].join("_")}`;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      await fillDetails(page, value as Record<string, unknown>, [...path, key]);
    } else if (typeof value === "boolean") {
      await page.locator(id).setChecked(value);
    } else {
      const field = page.locator(id);
      const tag = await field.evaluate((el) => el.tagName);
      if (tag === "SELECT") await field.selectOption(String(value));
      else await field.fill(String(value));
    }
  }
}

/** The benefit's required top-level detail fields. */
export function requiredFields(benefit: Benefit): string[] {
  return (benefit.requestSchema.required as string[] | undefined) ?? [];
}
